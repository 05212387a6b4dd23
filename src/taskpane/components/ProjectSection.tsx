/**
 * プロジェクト: a forest absorption project (B2, C1, C2: stands × years) or an emission-reduction project (B1: a J-VER
 * methodology) → preview / build its sheet.
 */
import { useState, type Dispatch, type SetStateAction } from "react";
import { Text } from "@fluentui/react-components";
import type { Checked } from "../state/issues";
import type { BuildSettings } from "../../sheets/builders/options";
import type { DisplayLanguage, ExcelGateway } from "../office/excel-gateway";
import type { ForestDraft, ProjectForm } from "../state/form-drafts";
import { BuildActions } from "./BuildActions";
import { ChoiceField } from "./FormFields";
import { ForestProject } from "./project/ForestProject";
import { ReductionProject } from "./project/ReductionProject";
import { useProjectChecks } from "./project/use-project-checks";
import { useSectionStyles } from "./section-styles";
import type { PaneStrings } from "../i18n";

export interface ProjectSectionProps {
  readonly gateway: ExcelGateway;
  readonly language: DisplayLanguage;
  readonly strings: PaneStrings;
  readonly settings: Checked<BuildSettings>;
  readonly form: ProjectForm;
  readonly onChange: Dispatch<SetStateAction<ProjectForm>>;
}

const identity = (key: string) => key;

export function ProjectSection({
  gateway,
  language,
  strings,
  settings,
  form,
  onChange,
}: ProjectSectionProps) {
  const sectionStyles = useSectionStyles();
  const s = strings.project;
  const [open, setOpen] = useState<string[]>(() => form.forest.stands.map((st) => st.id));
  const { species, forestIssues, reductionIssues, prepare } = useProjectChecks(form, settings);
  const forest = form.forest;
  const setForest = (update: (f: ForestDraft) => ForestDraft) =>
    onChange((p) => ({ ...p, forest: update(p.forest) }));

  return (
    <div className={sectionStyles.root}>
      <Text size={200} className={sectionStyles.help}>
        {s.help}
      </Text>
      <ChoiceField<ProjectForm["kind"]>
        label={s.kind}
        value={form.kind}
        options={[
          { value: "forest", text: s.forest },
          { value: "reduction", text: s.reduction },
        ]}
        onChange={(kind) => onChange((p) => ({ ...p, kind }))}
        strings={strings}
      />
      {form.kind === "forest" ? (
        <ForestProject
          strings={strings}
          language={language}
          species={species}
          issues={forestIssues}
          setForest={setForest}
          forest={forest}
          open={open}
          onOpenChange={setOpen}
        />
      ) : (
        <ReductionProject
          strings={strings}
          language={language}
          form={form}
          onChange={onChange}
          issues={reductionIssues}
        />
      )}

      <BuildActions
        gateway={gateway}
        strings={strings}
        prepare={prepare}
        activityName={identity}
        name="project"
      />
    </div>
  );
}
