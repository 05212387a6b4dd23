/**
 * 回収: returned questionnaire files → collectResponses → what came back (counts, duplicates, unreadable files, who is
 * missing what) → the collection sheets (回収一覧 and the boundary computing from the answers), previewed and written
 * into Excel with the gateway. Files are read in the pane; the .xlsx code is loaded on the first pick.
 * Files picked later are added to those already read (a file picked twice is reported as a duplicate).
 */
import { useCallback, useMemo } from "react";
import { Field, ProgressBar, Text } from "@fluentui/react-components";
import { collectionView, toCollectionOptions } from "../state/collection-view";
import { prepareLayouts, type Prepared } from "../state/prepare";
import { BuildActions } from "./BuildActions";
import { CollectionSummary } from "./CollectionSummary";
import { FileDrop } from "./collect/FileDrop";
import { useCollection } from "./collect/use-collection";
import { SharedEventAccordion } from "./SharedEventAccordion";
import { useSectionStyles } from "./section-styles";
import { StatusMessage } from "./StatusMessage";
import { useActivityName, type SectionProps } from "./SheetSection";

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
  const activityName = useActivityName(data, language);
  const { collected, clear, progress, busy, failure, add } = useCollection(files, strings);

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

      <FileDrop
        strings={strings}
        busy={busy}
        hasFiles={collected !== null}
        onAdd={(picked) => void add(picked)}
        onClear={clear}
      />

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
