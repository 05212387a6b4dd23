/**
 * The drop zone of 回収: drop returned .xlsx files here or pick them with the (hidden) file input,
 * and clear what was read.
 */
import { useRef, useState, type DragEvent } from "react";
import {
  Button,
  Text,
  makeStyles,
  mergeClasses,
  shorthands,
  tokens,
} from "@fluentui/react-components";
import { DeleteRegular, FolderOpenRegular } from "@fluentui/react-icons";
import type { PaneStrings } from "../../i18n";
import { useSectionStyles } from "../section-styles";

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

export interface FileDropProps {
  strings: PaneStrings;
  busy: boolean;
  /** Whether files have been read (the clear button shows). */
  hasFiles: boolean;
  onAdd: (files: File[]) => void;
  onClear: () => void;
}

export function FileDrop({ strings, busy, hasFiles, onAdd, onClear }: FileDropProps) {
  const styles = useSectionStyles();
  const own = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);

  const onDrop = (e: DragEvent<HTMLDivElement>) => {
    e.preventDefault();
    setDragging(false);
    onAdd([...e.dataTransfer.files]);
  };

  return (
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
          onAdd(picked);
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
        {hasFiles && (
          <Button
            icon={<DeleteRegular />}
            disabled={busy}
            onClick={onClear}
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
  );
}
