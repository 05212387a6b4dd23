/**
 * 回収: returned questionnaire files → collectResponses → what came back (counts, duplicates, unreadable files, who is
 * missing what) → the collection sheets (回収一覧 and the boundary computing from the answers), previewed and written
 * into Excel with the gateway. Files are read in the pane; the .xlsx code is loaded on the first pick.
 * Files picked later are added to those already read (a file picked twice is reported as a duplicate).
 */
import { useCallback, useMemo, useRef, useState, type DragEvent } from "react";
import {
  Button,
  Field,
  ProgressBar,
  Text,
  makeStyles,
  mergeClasses,
  shorthands,
  tokens,
} from "@fluentui/react-components";
import { DeleteRegular, FolderOpenRegular } from "@fluentui/react-icons";
import { collectionView, toCollectionOptions } from "../state/collection-view";
import { prepareLayouts, type Prepared } from "../state/prepare";
import { BuildActions } from "./BuildActions";
import { CollectionSummary } from "./CollectionSummary";
import { useCollection } from "./collect/use-collection";
import { SharedEventAccordion } from "./SharedEventAccordion";
import { useSectionStyles } from "./section-styles";
import { StatusMessage } from "./StatusMessage";
import { useActivityName, type SectionProps } from "./SheetSection";

const useStyles = makeStyles({
  drop: {
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
    rowGap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    border: `${tokens.strokeWidthThick} dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  dragging: {
    ...shorthands.borderColor(tokens.colorBrandStroke1),
    backgroundColor: tokens.colorBrandBackground2,
  },
  input: { display: "none" },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

export function CollectSection({
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
  const own = useStyles();
  const activityName = useActivityName(data, language);
  const input = useRef<HTMLInputElement>(null);
  const { collected, clear, progress, busy, failure, add } = useCollection(files, strings);
  const [dragging, setDragging] = useState(false);

  const onDrop = (e: DragEvent<HTMLDivElement>) => {
    e.preventDefault();
    setDragging(false);
    void add([...e.dataTransfer.files]);
  };

  const view = useMemo(
    () => (collected ? collectionView(collected.result, language) : null),
    [collected, language]
  );
  const prepare = useCallback((): Prepared => {
    if (!collected) return { kind: "ok", layouts: [], warnings: [] };
    return prepareLayouts(toCollectionOptions(event, settings), (options) =>
      collected.build(collected.result, options)
    );
  }, [collected, event, settings]);

  return (
    <div className={styles.root}>
      <Text size={200} className={styles.help}>
        {strings.collectHelp}
      </Text>

      <div
        className={mergeClasses(own.drop, dragging && own.dragging)}
        onDragOver={(e) => {
          e.preventDefault();
          e.dataTransfer.dropEffect = "copy";
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
        data-testid="collect-drop"
      >
        <input
          ref={input}
          className={own.input}
          type="file"
          multiple
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          data-testid="collect-input"
          aria-label={strings.collectPick}
          onChange={(e) => {
            const picked = [...(e.currentTarget.files ?? [])];
            // Cleared, so that picking the same file again is seen (and reported as a duplicate).
            e.currentTarget.value = "";
            void add(picked);
          }}
        />
        <div className={own.buttons}>
          <Button
            appearance="primary"
            icon={<FolderOpenRegular />}
            disabled={busy}
            onClick={() => input.current?.click()}
            data-testid="collect-pick"
          >
            {strings.collectPick}
          </Button>
          {collected && (
            <Button
              icon={<DeleteRegular />}
              disabled={busy}
              onClick={clear}
              data-testid="collect-clear"
            >
              {strings.collectClear}
            </Button>
          )}
        </div>
        <Text size={200}>{strings.collectDrop}</Text>
        <Text size={200} className={styles.help}>
          {strings.collectPrivacy}
        </Text>
      </div>

      {progress && (
        <Field validationMessage={progress.message} validationState="none">
          <ProgressBar
            value={progress.fraction > 0 ? progress.fraction : undefined}
            thickness="large"
          />
        </Field>
      )}
      {failure && (
        <StatusMessage
          status={{ intent: "error", title: failure.title, text: failure.text }}
          layout="multiline"
        />
      )}

      {view && <CollectionSummary view={view} strings={strings} />}

      {collected && (
        <fieldset className={styles.group}>
          <legend className={styles.heading}>{strings.collectSheetsHeading}</legend>
          <Text size={200} className={styles.help}>
            {strings.collectWriteNote}
          </Text>
          <SharedEventAccordion draft={event} onChange={onEventChange} strings={strings} />
          <BuildActions
            gateway={gateway}
            strings={strings}
            prepare={prepare}
            activityName={activityName}
            name="collect"
            buildLabel={strings.writeToExcel}
          />
        </fieldset>
      )}
    </div>
  );
}
