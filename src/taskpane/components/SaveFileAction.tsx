/**
 * 「… として保存 (.xlsx)」 for one section: makes the file (its code is loaded on the first press), offers it as a
 * download, and says what happened — in Excel and outside it alike, since nothing here goes through Office.
 */
import { Button, Field, ProgressBar, Text, makeStyles, tokens } from "@fluentui/react-components";
import { ArrowDownloadRegular } from "@fluentui/react-icons";
import { saveFile } from "../files/download";
import type { SaveRequest } from "../state/file-outcome";
import { IssueList } from "./IssueList";
import { useSaveFile } from "./save/use-save-file";
import { StatusMessage } from "./StatusMessage";
import type { PaneStrings } from "../i18n";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  note: { color: tokens.colorNeutralForeground3 },
  button: { alignSelf: "flex-start" },
});

export interface SaveFileActionProps {
  readonly strings: PaneStrings;
  readonly label: string;
  /** One or two sentences under the button: what the file is for. */
  readonly help: string;
  /** What to save, from the section's current form. */
  readonly prepare: () => SaveRequest;
  readonly activityName: (key: string) => string;
  /** For tests and ids: "questionnaire", "sheet" … */
  readonly name: string;
  /** Offers the bytes to the user (a download by default). */
  readonly save?: (bytes: Uint8Array, fileName: string) => void;
}

export function SaveFileAction({
  strings,
  label,
  help,
  prepare,
  activityName,
  name,
  save = saveFile,
}: SaveFileActionProps) {
  const styles = useStyles();
  const { busy, outcome, attempt, run } = useSaveFile(prepare, save, strings);

  // Only what blocked this save: warnings are the section's to show (its preview lists them).
  const issues = attempt?.kind === "invalid" ? attempt.issues : [];

  return (
    <div className={styles.root} data-testid={`${name}-file`}>
      <Button
        className={styles.button}
        icon={<ArrowDownloadRegular />}
        disabled={busy}
        onClick={() => void run()}
        data-testid={`${name}-save-file`}
      >
        {label}
      </Button>
      <Text size={200} className={styles.note}>
        {help}
      </Text>
      {busy && (
        <Field validationMessage={strings.makingFile} validationState="none">
          <ProgressBar thickness="large" />
        </Field>
      )}
      {outcome?.kind === "saved" && (
        <StatusMessage
          status={{
            intent: "success",
            title: strings.savedTitle,
            text: strings.saved(outcome.fileName),
          }}
          role="group"
          layout="multiline"
          data-testid={`${name}-file-saved`}
        />
      )}
      {outcome?.kind === "failed" && (
        <StatusMessage
          status={{ intent: "error", title: outcome.title, text: outcome.text }}
          layout="multiline"
        />
      )}
      {issues.length > 0 && (
        <IssueList issues={issues} strings={strings} activityName={activityName} />
      )}
      {attempt?.kind === "builder-failed" && (
        <StatusMessage
          status={{
            intent: "error",
            title: strings.builderFailedTitle,
            text: strings.builderFailed(attempt.message),
          }}
          layout="multiline"
        />
      )}
    </div>
  );
}
