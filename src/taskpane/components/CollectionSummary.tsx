/** 回収の状況: the counts, duplicate and unreadable files, and per respondent what is missing or invalid. */
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Badge,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { CheckmarkCircleRegular, WarningRegular } from "@fluentui/react-icons";
import type { CollectionView, FileNote, RespondentView } from "../state/collection-view";
import { StatusMessage } from "./StatusMessage";
import type { PaneStrings } from "../i18n";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, minWidth: 0 },
  heading: {
    margin: 0,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
    lineHeight: tokens.lineHeightBase300,
  },
  counts: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fit, minmax(56px, 1fr))",
    gap: tokens.spacingHorizontalXS,
    margin: 0,
  },
  count: {
    display: "flex",
    flexDirection: "column",
    alignItems: "center",
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalXXS}`,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    minWidth: 0,
  },
  countLabel: {
    fontSize: tokens.fontSizeBase100,
    color: tokens.colorNeutralForeground3,
    whiteSpace: "nowrap",
    margin: 0,
  },
  countValue: {
    fontSize: tokens.fontSizeBase500,
    fontWeight: tokens.fontWeightSemibold,
    lineHeight: tokens.lineHeightBase500,
    margin: 0,
  },
  flagged: { color: tokens.colorPaletteDarkOrangeForeground1 },
  fileLine: { wordBreak: "break-all" },
  who: { display: "flex", flexDirection: "column", minWidth: 0, textAlign: "left" },
  whoName: { wordBreak: "break-all" },
  state: {
    display: "inline-flex",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalXXS,
    fontSize: tokens.fontSizeBase200,
  },
  ok: { color: tokens.colorPaletteGreenForeground1 },
  warn: { color: tokens.colorPaletteDarkOrangeForeground1 },
  fileName: { color: tokens.colorNeutralForeground3, wordBreak: "break-all" },
  problems: {
    margin: `${tokens.spacingVerticalXS} 0 0`,
    paddingLeft: tokens.spacingHorizontalL,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXXS,
  },
  problem: { fontSize: tokens.fontSizeBase200, wordBreak: "break-word" },
  badge: { marginRight: tokens.spacingHorizontalXS, flexShrink: 0 },
});

export interface CollectionSummaryProps {
  readonly view: CollectionView;
  readonly strings: PaneStrings;
}

/** One line per file: its name in bold, then what is wrong with it. */
function fileNotes(
  notes: readonly FileNote[],
  render: (note: FileNote) => string,
  className: string
) {
  return notes.map((note) => (
    <span className={className}>
      <strong>{note.fileName}</strong>
      {`: ${render(note)}`}
    </span>
  ));
}

function Respondent({
  respondent,
  value,
  strings,
}: {
  respondent: RespondentView;
  value: string;
  strings: PaneStrings;
}) {
  const styles = useStyles();
  const name =
    [respondent.organization, respondent.person].filter(Boolean).join(" / ") ||
    strings.noRespondentName;
  return (
    <AccordionItem value={value} data-testid="collect-respondent">
      <AccordionHeader size="small" expandIconPosition="end">
        <span className={styles.who}>
          <span className={styles.whoName}>{name}</span>
          {respondent.complete ? (
            <span className={`${styles.state} ${styles.ok}`}>
              <CheckmarkCircleRegular aria-hidden />
              {strings.respondentComplete}
            </span>
          ) : (
            <span className={`${styles.state} ${styles.warn}`}>
              <WarningRegular aria-hidden />
              {respondent.problems.length > 0
                ? strings.respondentProblems(respondent.problems.length)
                : strings.respondentNoAnswers}
            </span>
          )}
        </span>
      </AccordionHeader>
      <AccordionPanel>
        <Text size={200} block className={styles.fileName}>
          {respondent.fileName}
        </Text>
        {respondent.note && (
          <Text size={200} block className={styles.warn}>
            {respondent.note}
          </Text>
        )}
        {respondent.pending.map((p) => (
          <Text key={p.stage} size={200} block>
            {strings.stagePending(p.stage, p.questions)}
          </Text>
        ))}
        {respondent.problems.length > 0 && (
          <ul className={styles.problems}>
            {respondent.problems.map((p) => (
              <li key={p.question.id} className={styles.problem} data-status={p.status}>
                <Badge
                  className={styles.badge}
                  appearance="tint"
                  size="small"
                  color={p.status === "missing" ? "warning" : "danger"}
                >
                  {p.status === "ok" ? "" : strings.answerStatus[p.status]}
                </Badge>
                {strings.questionLabel(p.question)}
              </li>
            ))}
          </ul>
        )}
      </AccordionPanel>
    </AccordionItem>
  );
}

/** The counts of the collection in small tiles; duplicates and skipped files are flagged when there are any. */
function SummaryCounts({
  summary,
  strings,
}: {
  summary: CollectionView["summary"];
  strings: PaneStrings;
}) {
  const styles = useStyles();
  const counts: readonly { key: string; label: string; value: number; flag?: boolean }[] = [
    { key: "files", label: strings.summaryFiles, value: summary.files },
    { key: "collected", label: strings.summaryCollected, value: summary.collected },
    { key: "complete", label: strings.summaryComplete, value: summary.complete },
    {
      key: "duplicates",
      label: strings.summaryDuplicates,
      value: summary.duplicates,
      flag: summary.duplicates > 0,
    },
    {
      key: "skipped",
      label: strings.summarySkipped,
      value: summary.skipped,
      flag: summary.skipped > 0,
    },
  ];
  return (
    <dl className={styles.counts}>
      {counts.map((c) => (
        <div
          key={c.key}
          className={styles.count}
          data-testid={`collect-count-${c.key}`}
          data-value={c.value}
        >
          <dt className={styles.countLabel}>{c.label}</dt>
          <dd className={`${styles.countValue} ${c.flag ? styles.flagged : ""}`}>{c.value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** Few respondents: their details are open from the start; many: the list stays folded. */
const OPEN_UP_TO = 3;

export function CollectionSummary({ view, strings }: CollectionSummaryProps) {
  const styles = useStyles();
  // Two respondents may well return files of the same name: items are told apart by position.
  const open =
    view.respondents.length <= OPEN_UP_TO
      ? view.respondents.flatMap((r, i) => (r.complete ? [] : [String(i)]))
      : [];

  return (
    <section
      className={styles.root}
      aria-label={strings.collectSummaryTitle}
      data-testid="collect-summary"
    >
      <h3 className={styles.heading}>{strings.collectSummaryTitle}</h3>
      <SummaryCounts summary={view.summary} strings={strings} />

      {view.duplicates.length > 0 && (
        <StatusMessage
          status={{ intent: "warning", title: strings.duplicatesTitle }}
          details={fileNotes(
            view.duplicates,
            (n) => n.message || (n.duplicateOf ? strings.duplicateOf(n.duplicateOf) : ""),
            styles.fileLine
          )}
          role="group"
          layout="multiline"
          data-testid="collect-duplicates"
        />
      )}
      {view.skipped.length > 0 && (
        <StatusMessage
          status={{ intent: "error", title: strings.skippedTitle }}
          details={fileNotes(view.skipped, (n) => n.message, styles.fileLine)}
          role="group"
          layout="multiline"
          data-testid="collect-skipped"
        />
      )}

      {view.respondents.length > 0 && (
        <>
          <h3 className={styles.heading}>{strings.respondentsTitle}</h3>
          <Accordion multiple collapsible defaultOpenItems={open}>
            {view.respondents.map((r, i) => (
              <Respondent key={i} value={String(i)} respondent={r} strings={strings} />
            ))}
          </Accordion>
        </>
      )}
    </section>
  );
}
