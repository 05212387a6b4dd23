/** 算定シート: scenario, event, actors × activities × methods, what to build with it; preview or build. */
import { useCallback, useMemo } from "react";
import { Text } from "@fluentui/react-components";
import type { BuildSettings } from "../../sheets/builders/options";
import type { FileOperations } from "../files/file-operations";
import type { DisplayLanguage, ExcelGateway } from "../office/excel-gateway";
import type { BoundaryForm } from "../state/boundary-form";
import { withScenario, type EventDrafts, type EventDraftsUpdate } from "../state/event-drafts";
import type { EventDraft } from "../state/event-form";
import type { Checked } from "../state/issues";
import { actorOptions, findActivityIn, type ScenarioData } from "../state/scenario-data";
import { boundaryFormOf, withBoundaryForm, type FormChange } from "../state/shared-event";
import { BuildActions } from "./BuildActions";
import { EventFields } from "./EventFields";
import { SaveFileAction } from "./SaveFileAction";
import { ScenarioPicker } from "./ScenarioPicker";
import { useSectionStyles } from "./section-styles";
import { SheetActors } from "./sheet/SheetActors";
import { SheetOutputs } from "./sheet/SheetOutputs";
import { useSheetPrepare } from "./sheet/use-sheet-prepare";
import type { PaneStrings } from "../i18n";

export interface SectionProps {
  readonly gateway: ExcelGateway;
  readonly data: ScenarioData;
  readonly language: DisplayLanguage;
  readonly strings: PaneStrings;
  readonly event: EventDraft;
  readonly onEventChange: (event: EventDraft) => void;
  /** The event sections' shared drafts (scenario, who pays, the choices per scenario) and how a section changes them. */
  readonly drafts: EventDrafts;
  readonly onDraftsChange: (update: EventDraftsUpdate) => void;
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

/** The sheet's form, read from the shared drafts; its parts' changes go back into them. */
function useSheetForm(
  data: SectionProps["data"],
  drafts: SectionProps["drafts"],
  onDraftsChange: SectionProps["onDraftsChange"]
) {
  const form = useMemo(
    () => boundaryFormOf(drafts.shared, data, drafts.sheet),
    [drafts.shared, drafts.sheet, data]
  );
  const setForm = useCallback(
    (change: FormChange<BoundaryForm>) => onDraftsChange(withBoundaryForm(data, change)),
    [data, onDraftsChange]
  );
  return { form, setForm };
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
  drafts,
  onDraftsChange,
}: SectionProps) {
  const styles = useSectionStyles();
  const { form, setForm } = useSheetForm(data, drafts, onDraftsChange);
  const options = useMemo(() => actorOptions(data, form.scenario), [data, form.scenario]);
  const activityName = useActivityName(data, language);
  const { prepare, preparePortable } = useSheetPrepare({
    data,
    form,
    event,
    settings,
    files,
    strings,
  });

  return (
    <div className={styles.root}>
      <Text size={200} className={styles.help}>
        {strings.sheetHelp}
      </Text>
      <ScenarioPicker
        value={form.scenario}
        onChange={(id) => onDraftsChange(withScenario(id))}
        data={data}
        language={language}
        strings={strings}
      />

      <fieldset className={styles.group}>
        <legend className={styles.heading}>{strings.eventHeading}</legend>
        <EventFields draft={event} onChange={onEventChange} strings={strings} />
      </fieldset>

      <SheetActors
        form={form}
        setForm={setForm}
        options={options}
        data={data}
        language={language}
        strings={strings}
      />

      <SheetOutputs form={form} setForm={setForm} strings={strings} />

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
