/**
 * What the プロジェクト form says as the user types: the species of the chosen factor set, the issues of the forest
 * and the reduction project, and `prepare` (the layouts of the project of the chosen kind) for BuildActions.
 */
import { useCallback, useMemo } from "react";
import type { BuildSettings } from "../../../sheets/builders/options";
import type { Checked } from "../../state/issues";
import type { ProjectForm } from "../../state/form-drafts";
import { prepareLayouts } from "../../state/prepare";
import { speciesOptions, toForestRequest, toReductionRequest } from "../../state/project-form";
import { forestLayouts, reductionLayouts } from "../../state/project-layouts";
import { factorSetById } from "../../state/settings";

export function useProjectChecks(form: ProjectForm, settings: Checked<BuildSettings>) {
  const set = settings.ok ? factorSetById(settings.value.factorSetId) : undefined;
  const species = useMemo(() => speciesOptions(set), [set]);
  const forestChecked = useMemo(
    () => toForestRequest(form.forest, settings, set),
    [form.forest, settings, set]
  );
  const forestIssues = forestChecked.ok ? forestChecked.warnings : forestChecked.issues;
  const reductionChecked = useMemo(
    () => toReductionRequest(form.reduction, settings),
    [form.reduction, settings]
  );
  const reductionIssues = reductionChecked.ok ? reductionChecked.warnings : reductionChecked.issues;

  const prepare = useCallback(
    () =>
      form.kind === "forest"
        ? prepareLayouts(toForestRequest(form.forest, settings, set), forestLayouts)
        : prepareLayouts(toReductionRequest(form.reduction, settings), reductionLayouts),
    [form, settings, set]
  );
  return { species, forestIssues, reductionIssues, prepare };
}
