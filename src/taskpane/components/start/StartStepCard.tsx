/** One step of the flow: its number and name, what it means, what the workbook already has, and its sections. */
import { Badge, Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { PaneStrings, SectionKey } from "../../i18n";
import { sheetsFound, type StartStep } from "./start-steps";
import type { SheetNames } from "./use-sheet-names";

const useStyles = makeStyles({
  step: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}`,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  title: {
    margin: 0,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
    lineHeight: tokens.lineHeightBase300,
  },
  found: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    gap: tokens.spacingHorizontalXS,
  },
  links: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

interface StartStepCardProps {
  readonly step: StartStep;
  readonly number: number;
  readonly strings: PaneStrings;
  readonly sheets: SheetNames;
  readonly onOpen: (key: SectionKey) => void;
}

export function StartStepCard({ step, number, strings, sheets, onOpen }: StartStepCardProps) {
  const styles = useStyles();
  const { title, text } = strings.start.steps[step.key];
  const titleId = `start-step-${step.key}`;
  return (
    <section className={styles.step} aria-labelledby={titleId} data-testid={titleId}>
      <h3 id={titleId} className={styles.title}>
        {number}. {title}
      </h3>
      <Text>{text}</Text>
      {sheets.state === "read" && step.evidence.length > 0 && (
        <Progress step={step} names={sheets.names} strings={strings} />
      )}
      <div className={styles.links}>
        {step.sections.map((key) => {
          const label = strings.start.open(strings.sections[key]);
          return (
            <Button
              key={key}
              size="small"
              // The same section opens from several steps: the step's name tells the buttons apart.
              aria-label={`${title}: ${label}`}
              onClick={() => onOpen(key)}
            >
              {label}
            </Button>
          );
        })}
      </div>
    </section>
  );
}

function Progress({
  step,
  names,
  strings,
}: {
  step: StartStep;
  names: readonly string[];
  strings: PaneStrings;
}) {
  const styles = useStyles();
  const found = sheetsFound(step.evidence, names);
  if (found.length === 0) return <Text size={200}>{strings.start.notYet}</Text>;
  return (
    <div className={styles.found}>
      <Badge appearance="tint" color="success">
        {strings.start.done}
      </Badge>
      <Text size={200}>{found.map((f) => strings.start.sheets[f.kind](f.count)).join("・")}</Text>
    </div>
  );
}
