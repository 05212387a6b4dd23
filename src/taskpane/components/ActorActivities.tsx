/** One actor: whether it takes part, its activities, and the calculation method (and level) of each. */
import {
  Badge,
  Checkbox,
  Dropdown,
  Field,
  Option,
  Text,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import type { DisplayLanguage } from "../office/excel-gateway";
import {
  addActivity,
  addableActivities,
  selectedCount,
  setActivityIncluded,
  setActivityMethod,
  type ActivityDraft,
  type ActorDraft,
} from "../state/activity-selection";
import {
  findActivityIn,
  findMethodIn,
  type ActorOption,
  type ScenarioData,
} from "../state/scenario-data";
import type { PaneStrings } from "../i18n";

const useStyles = makeStyles({
  actor: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  actorHeader: {
    display: "flex",
    alignItems: "flex-start",
    justifyContent: "space-between",
    columnGap: tokens.spacingHorizontalS,
  },
  actorTitle: { display: "flex", flexDirection: "column", minWidth: 0 },
  badge: { flexShrink: 0, whiteSpace: "nowrap", marginTop: tokens.spacingVerticalXS },
  role: { color: tokens.colorNeutralForeground3, paddingLeft: tokens.spacingHorizontalXXL },
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
  },
  activity: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXXS,
    paddingLeft: tokens.spacingHorizontalS,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke2}`,
  },
  activityOn: { borderLeftColor: tokens.colorBrandStroke1 },
  method: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXXS,
    paddingLeft: tokens.spacingHorizontalXXL,
  },
  methodLine: { display: "flex", alignItems: "center", columnGap: tokens.spacingHorizontalXS },
  dropdown: { minWidth: 0, flexGrow: 1 },
  formula: { color: tokens.colorNeutralForeground3 },
  empty: { color: tokens.colorNeutralForeground3 },
});

export interface ActorActivitiesProps {
  readonly data: ScenarioData;
  readonly language: DisplayLanguage;
  readonly strings: PaneStrings;
  readonly actor: ActorDraft;
  readonly option?: ActorOption;
  readonly onChange: (actor: ActorDraft) => void;
  /**
   * Show the actor's name with a checkbox to leave the whole actor out (the calculation sheet). The questionnaire
   * names the actor in its own drop-down and shows only the role here.
   */
  readonly selectable: boolean;
}

export function actorName(
  option: ActorOption | undefined,
  actorKey: string,
  language: DisplayLanguage,
  strings: PaneStrings
): string {
  return option?.name?.[language] || (option ? strings.freeActor : actorKey);
}

export function ActorActivities({
  data,
  language,
  strings,
  actor,
  option,
  onChange,
  selectable,
}: ActorActivitiesProps) {
  const styles = useStyles();
  const name = actorName(option, actor.actorKey, language, strings);
  const role =
    option?.role?.[language] ?? (option && !option.name ? strings.freeActorRole : undefined);
  const total = actor.activities.length;

  return (
    <div className={styles.actor} role="group" aria-label={name}>
      <ActorHeader
        name={name}
        role={role}
        strings={strings}
        actor={actor}
        onChange={onChange}
        selectable={selectable}
      />

      {actor.included && (
        <>
          {total === 0 ? (
            <Text size={200} className={styles.empty}>
              {strings.noActivities}
            </Text>
          ) : (
            <ul className={styles.list}>
              {actor.activities.map((activity) => (
                <ActivityRow
                  key={activity.activityKey}
                  data={data}
                  language={language}
                  strings={strings}
                  activity={activity}
                  onIncluded={(included) =>
                    onChange(setActivityIncluded(actor, activity.activityKey, included))
                  }
                  onMethod={(methodKey) =>
                    onChange(setActivityMethod(actor, activity.activityKey, methodKey))
                  }
                />
              ))}
            </ul>
          )}
          <AddActivityField
            data={data}
            language={language}
            strings={strings}
            actor={actor}
            onChange={onChange}
          />
        </>
      )}
    </div>
  );
}

interface ActorHeaderProps {
  readonly name: string;
  readonly role: string | undefined;
  readonly strings: PaneStrings;
  readonly actor: ActorDraft;
  readonly onChange: (actor: ActorDraft) => void;
  readonly selectable: boolean;
}

/** The actor's name (with the checkbox that leaves it out), its role, and how many activities are chosen. */
function ActorHeader({ name, role, strings, actor, onChange, selectable }: ActorHeaderProps) {
  const styles = useStyles();
  const total = actor.activities.length;
  const selected = selectedCount(actor);
  return (
    <div className={styles.actorHeader}>
      <div className={styles.actorTitle}>
        {selectable ? (
          <Checkbox
            checked={actor.included}
            label={<Text weight="semibold">{name}</Text>}
            onChange={(_, d) => onChange({ ...actor, included: d.checked === true })}
          />
        ) : null}
        {role && (
          <Text size={200} className={selectable ? styles.role : undefined}>
            {role}
          </Text>
        )}
      </div>
      {total > 0 && (
        <Badge
          appearance="tint"
          color={selected > 0 && actor.included ? "brand" : "informative"}
          size="small"
          className={styles.badge}
        >
          {strings.activitiesSelected(selected, total)}
        </Badge>
      )}
    </div>
  );
}

interface AddActivityFieldProps {
  readonly data: ScenarioData;
  readonly language: DisplayLanguage;
  readonly strings: PaneStrings;
  readonly actor: ActorDraft;
  readonly onChange: (actor: ActorDraft) => void;
}

/** A drop-down of the activities the actor could add; nothing when there are none left. */
function AddActivityField({ data, language, strings, actor, onChange }: AddActivityFieldProps) {
  const addable = addableActivities(data, actor);
  if (addable.length === 0) return null;
  return (
    <Field label={strings.addActivity} size="small">
      <Dropdown
        size="small"
        placeholder={strings.addActivityPlaceholder}
        selectedOptions={[]}
        value=""
        onOptionSelect={(_, d) => {
          if (d.optionValue) onChange(addActivity(data, actor, d.optionValue));
        }}
      >
        {addable.map((t) => (
          <Option key={t.key} value={t.key}>
            {t.name[language]}
          </Option>
        ))}
      </Dropdown>
    </Field>
  );
}

interface ActivityRowProps {
  readonly data: ScenarioData;
  readonly language: DisplayLanguage;
  readonly strings: PaneStrings;
  readonly activity: ActivityDraft;
  readonly onIncluded: (included: boolean) => void;
  readonly onMethod: (methodKey: string) => void;
}

function ActivityRow({
  data,
  language,
  strings,
  activity,
  onIncluded,
  onMethod,
}: ActivityRowProps) {
  const styles = useStyles();
  const type = findActivityIn(data, activity.activityKey);
  const method = findMethodIn(data, activity.activityKey, activity.methodKey);
  const name = type?.name[language] ?? strings.unknownActivity(activity.activityKey);
  const methodText = (m: { name: { ja: string; en: string }; level: number }) =>
    `${m.name[language]} · ${strings.level(m.level)}`;

  return (
    <li className={mergeClasses(styles.activity, activity.included && styles.activityOn)}>
      <Checkbox
        checked={activity.included}
        label={name}
        onChange={(_, d) => onIncluded(d.checked === true)}
      />
      {activity.included && (
        <div className={styles.method}>
          {type && type.methods.length > 0 ? (
            <>
              <div className={styles.methodLine}>
                <Dropdown
                  size="small"
                  className={styles.dropdown}
                  aria-label={`${name} — ${strings.method}`}
                  value={method ? methodText(method) : ""}
                  selectedOptions={method ? [method.key] : []}
                  onOptionSelect={(_, d) => {
                    if (d.optionValue) onMethod(d.optionValue);
                  }}
                >
                  {type.methods.map((m) => (
                    <Option key={m.key} value={m.key} text={methodText(m)}>
                      {methodText(m)}
                    </Option>
                  ))}
                </Dropdown>
              </div>
              {method && (
                <Text size={200} className={styles.formula}>
                  {method.formulaText[language]}
                </Text>
              )}
            </>
          ) : (
            <Text size={200} className={styles.formula}>
              {strings.noMethod}
            </Text>
          )}
        </div>
      )}
    </li>
  );
}
