/** 算定シート: scenario, event, actors × activities × methods, what to build with it; preview or build. */
import { useCallback, useMemo, useState } from "react";
import { Checkbox, Text } from "@fluentui/react-components";
import { buildWorkbook } from "../../sheets/builders";
import type { BuildSettings } from "../../sheets/builders/options";
import { xlsxFileName } from "../files/file-names";
import type { FileOperations } from "../files/file-operations";
import type { DisplayLanguage, ExcelGateway } from "../office/excel-gateway";
import { replaceActor } from "../state/activity-selection";
import {
  changeBoundaryScenario,
  initialBoundaryForm,
  toWorkbookRequest,
  type BoundaryForm,
} from "../state/boundary-form";
import type { EventDraft } from "../state/event-form";
import { saveRequestFromLayouts, type SaveRequest } from "../state/file-outcome";
import type { Checked } from "../state/issues";
import { prepareLayouts } from "../state/prepare";
import { actorOptions, findActivityIn, type ScenarioData } from "../state/scenario-data";
import { ActorActivities } from "./ActorActivities";
import { BuildActions } from "./BuildActions";
import { EventFields } from "./EventFields";
import { SaveFileAction } from "./SaveFileAction";
import { ScenarioPicker } from "./ScenarioPicker";
import { useSectionStyles } from "./section-styles";
import type { PaneStrings } from "../i18n";

export interface SectionProps {
  readonly gateway: ExcelGateway;
  readonly data: ScenarioData;
  readonly language: DisplayLanguage;
  readonly strings: PaneStrings;
  readonly event: EventDraft;
  readonly onEventChange: (event: EventDraft) => void;
  readonly settings: Checked<BuildSettings>;
  /** Export, collect and save .xlsx files (loaded on first use). */
  readonly files: FileOperations;
}

export function useActivityName(
  data: ScenarioData,
  language: DisplayLanguage
): (key: string) => string {
  return useCallback(
    (key: string) => findActivityIn(data, key)?.name[language] ?? key,
    [data, language]
  );
}

export function SheetSection({
  gateway,
  data,
  language,
  strings,
  event,
  onEventChange,
  settings,
  files,
}: SectionProps) {
  const styles = useSectionStyles();
  const [form, setForm] = useState<BoundaryForm>(() => initialBoundaryForm(data));
  const options = useMemo(() => actorOptions(data, form.scenario), [data, form.scenario]);
  const activityName = useActivityName(data, language);
  const prepare = useCallback(
    () => prepareLayouts(toWorkbookRequest(data, form, event, settings), buildWorkbook),
    [data, form, event, settings]
  );
  // The same layouts as the preview, saved as a workbook that computes without the add-in.
  const preparePortable = useCallback((): SaveRequest => {
    const name = event.name.trim();
    const fileName = xlsxFileName(strings.portableFilePrefix, name || form.scenario);
    return saveRequestFromLayouts(prepare(), fileName, (p) =>
      files.portableWorkbook(p.layouts, { title: name || strings.title })
    );
  }, [prepare, event.name, form.scenario, files, strings]);

  return (
    <div className={styles.root}>
      <Text size={200} className={styles.help}>
        {strings.sheetHelp}
      </Text>
      <ScenarioPicker
        value={form.scenario}
        onChange={(id) => setForm((f) => changeBoundaryScenario(f, data, id))}
        data={data}
        language={language}
        strings={strings}
      />

      <fieldset className={styles.group}>
        <legend className={styles.heading}>{strings.eventHeading}</legend>
        <EventFields draft={event} onChange={onEventChange} strings={strings} />
      </fieldset>

      <fieldset className={styles.group}>
        <legend className={styles.heading}>{strings.actorsHeading}</legend>
        <Text size={200} className={styles.help}>
          {strings.actorsHelp}
        </Text>
        {form.actors.length === 0 ? (
          <Text size={200}>{strings.noActors}</Text>
        ) : (
          <div className={styles.actors}>
            {form.actors.map((actor) => (
              <ActorActivities
                key={actor.actorKey}
                data={data}
                language={language}
                strings={strings}
                actor={actor}
                option={options.find((o) => o.key === actor.actorKey)}
                selectable
                onChange={(next) =>
                  setForm((f) => ({ ...f, actors: replaceActor(f.actors, next) }))
                }
              />
            ))}
          </div>
        )}
      </fieldset>

      <fieldset className={styles.group}>
        <legend className={styles.heading}>{strings.outputsHeading}</legend>
        <Checkbox
          checked={form.withQuestionnaires}
          label={strings.withQuestionnaires}
          onChange={(_, d) => setForm((f) => ({ ...f, withQuestionnaires: d.checked === true }))}
        />
        <Checkbox
          checked={form.withDisclosure}
          label={strings.withDisclosure}
          onChange={(_, d) => setForm((f) => ({ ...f, withDisclosure: d.checked === true }))}
        />
        {form.withDisclosure && (
          <Checkbox
            checked={form.participantsPay}
            label={strings.participantsPay}
            onChange={(_, d) => setForm((f) => ({ ...f, participantsPay: d.checked === true }))}
          />
        )}
      </fieldset>

      <BuildActions
        gateway={gateway}
        strings={strings}
        prepare={prepare}
        activityName={activityName}
        name="sheet"
      >
        <SaveFileAction
          strings={strings}
          label={strings.savePortable}
          help={strings.portableHelp}
          prepare={preparePortable}
          activityName={activityName}
          name="sheet"
        />
      </BuildActions>
    </div>
  );
}
