import { makeStyles, tokens } from "@fluentui/react-components";

/** Layout shared by the pane's sections: a column of groups, each with a small heading. */
export const useSectionStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalL },
  group: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    margin: 0,
    padding: 0,
    border: "none",
    minWidth: 0,
  },
  heading: {
    margin: 0,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
    lineHeight: tokens.lineHeightBase300,
  },
  help: { color: tokens.colorNeutralForeground3 },
  actors: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
});
