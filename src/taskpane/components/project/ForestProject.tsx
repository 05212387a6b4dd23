/** A forest absorption project (B2, C1, C2): scenario, name, years, the example, and its stands as folding cards. */
import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import { AddRegular, LightbulbRegular } from "@fluentui/react-icons";
import type { ForestDraft, ForestScenario } from "../../state/form-drafts";
import { FOREST_SCENARIOS, addStand, forestExample, removeStand } from "../../state/project-form";
import { ChoiceField, TextField, useFieldStyles } from "../FormFields";
import { RowCards } from "../RowCards";
import { useSectionStyles } from "../section-styles";
import { standCard, type StandCardContext } from "./stand-card";

const useStyles = makeStyles({
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  add: { alignSelf: "flex-start" },
});

interface ForestProjectProps extends StandCardContext {
  readonly forest: ForestDraft;
  /** The stands whose cards are open (kept by the section, so they survive switching the project's kind). */
  readonly open: readonly string[];
  readonly onOpenChange: (open: string[]) => void;
}

export function ForestProject(props: ForestProjectProps) {
  const { strings, forest, setForest, issues, onOpenChange } = props;
  const styles = useStyles();
  const sectionStyles = useSectionStyles();
  const fieldStyles = useFieldStyles();
  const s = strings.project;
  const yearField = (input: "firstYear" | "years") => (
    <TextField
      label={strings.inputs[input]}
      value={forest[input]}
      inputMode="numeric"
      onChange={(value) => setForest((f) => ({ ...f, [input]: value }))}
      strings={strings}
      issues={issues}
      input={input}
    />
  );
  return (
    <>
      <ChoiceField
        label={s.scenario}
        value={forest.scenario}
        options={FOREST_SCENARIOS.map((id) => ({ value: id, text: s.scenarios[id] }))}
        onChange={(scenario: ForestScenario) => setForest((f) => ({ ...f, scenario }))}
        strings={strings}
      />
      <TextField
        label={strings.inputs.projectName}
        value={forest.projectName}
        placeholder={s.projectNamePlaceholder}
        onChange={(projectName) => setForest((f) => ({ ...f, projectName }))}
        strings={strings}
        issues={issues}
        input="projectName"
      />
      <div className={fieldStyles.pair}>
        {yearField("firstYear")}
        {yearField("years")}
      </div>
      <div className={styles.buttons}>
        <Button
          icon={<LightbulbRegular />}
          onClick={() => {
            setForest(forestExample);
            onOpenChange([]);
          }}
          data-testid="project-example"
        >
          {s.example}
        </Button>
      </div>
      <Text size={200} className={sectionStyles.help}>
        {s.exampleHelp}
      </Text>
      <ForestStands {...props} />
    </>
  );
}

/** The project's stands as folding cards; a stand added opens its card. */
function ForestStands(props: ForestProjectProps) {
  const { strings, forest, setForest, open, onOpenChange } = props;
  const styles = useStyles();
  const sectionStyles = useSectionStyles();
  const s = strings.project;
  const add = () => {
    const next = addStand(forest);
    setForest(() => next);
    const added = next.stands[next.stands.length - 1];
    if (added) onOpenChange([...open, added.id]);
  };
  return (
    <fieldset className={sectionStyles.group}>
      <legend className={sectionStyles.heading}>{s.standsHeading}</legend>
      {forest.stands.length === 0 ? (
        <Text size={200} className={sectionStyles.help}>
          {s.noStands}
        </Text>
      ) : (
        <RowCards
          rows={forest.stands.map((stand, i) => standCard(props, stand, i))}
          open={open}
          onOpenChange={onOpenChange}
          onRemove={(id) => setForest((f) => removeStand(f, id))}
          name="project-stands"
        />
      )}
      <Button className={styles.add} icon={<AddRegular />} onClick={add}>
        {s.addStand}
      </Button>
    </fieldset>
  );
}
