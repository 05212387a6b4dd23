/** 対象者: each actor of the scenario with the activities and methods chosen for it. */
import type { Dispatch, SetStateAction } from "react";
import { Text } from "@fluentui/react-components";
import type { DisplayLanguage } from "../../office/excel-gateway";
import { replaceActor } from "../../state/activity-selection";
import type { BoundaryForm } from "../../state/boundary-form";
import type { ActorOption, ScenarioData } from "../../state/scenario-data";
import { ActorActivities } from "../ActorActivities";
import { useSectionStyles } from "../section-styles";
import type { PaneStrings } from "../../i18n";

export interface SheetActorsProps {
  readonly form: BoundaryForm;
  readonly setForm: Dispatch<SetStateAction<BoundaryForm>>;
  readonly options: readonly ActorOption[];
  readonly data: ScenarioData;
  readonly language: DisplayLanguage;
  readonly strings: PaneStrings;
}

export function SheetActors({ form, setForm, options, data, language, strings }: SheetActorsProps) {
  const styles = useSectionStyles();
  return (
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
              onChange={(next) => setForm((f) => ({ ...f, actors: replaceActor(f.actors, next) }))}
            />
          ))}
        </div>
      )}
    </fieldset>
  );
}
