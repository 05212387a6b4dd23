/**
 * プレビュー (a toggle) and Excel に作成. Outside Excel the build button stays focusable but disabled, with a
 * tooltip that says why.
 */
import { Button, Tooltip, makeStyles, tokens } from "@fluentui/react-components";
import { EyeRegular, EyeOffRegular, TableAddRegular } from "@fluentui/react-icons";
import type { PaneStrings } from "../../i18n";
import { revealFieldIssues } from "../field-reveal";

const useStyles = makeStyles({
  // The main actions stay reachable at the bottom of the pane while the clerk scrolls a long form.
  buttons: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalS,
    position: "sticky",
    bottom: 0,
    zIndex: 1,
    paddingBlock: tokens.spacingVerticalS,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: `0 -1px 0 ${tokens.colorNeutralStroke2}`,
  },
});

export interface BuildButtonsProps {
  readonly strings: PaneStrings;
  /** For test ids: "sheet", "questionnaire" … */
  readonly name: string;
  readonly isInExcel: boolean;
  readonly busy: boolean;
  readonly previewOpen: boolean;
  readonly onTogglePreview: () => void;
  readonly onBuild: () => void;
  /** The build button's text; "Excel に作成" unless given. */
  readonly buildLabel?: string;
}

export function BuildButtons(props: BuildButtonsProps) {
  const { strings, name, isInExcel, busy, previewOpen } = props;
  const styles = useStyles();

  const buildButton = (
    <Button
      appearance="primary"
      icon={<TableAddRegular />}
      disabled={isInExcel && busy}
      disabledFocusable={!isInExcel}
      onClick={(e) => {
        // Pressing either button is the form's submit: its untouched fields show their problems now.
        revealFieldIssues(e.currentTarget);
        props.onBuild();
      }}
      data-testid={`${name}-build`}
    >
      {props.buildLabel ?? strings.build}
    </Button>
  );

  return (
    <div className={styles.buttons}>
      <Button
        icon={previewOpen ? <EyeOffRegular /> : <EyeRegular />}
        onClick={(e) => {
          revealFieldIssues(e.currentTarget);
          props.onTogglePreview();
        }}
        aria-expanded={previewOpen}
        data-testid={`${name}-preview`}
      >
        {previewOpen ? strings.hidePreview : strings.preview}
      </Button>
      {isInExcel ? (
        buildButton
      ) : (
        <Tooltip content={strings.buildOnlyInExcel} relationship="description">
          {buildButton}
        </Tooltip>
      )}
    </div>
  );
}
