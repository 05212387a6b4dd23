/** The pane's page, tab bar and notices (the sections bring their own styles). */
import { makeStyles, tokens, webLightTheme, type Theme } from "@fluentui/react-components";
import type { DisplayLanguage } from "../office/excel-gateway";

/** Fluent's base font stack has no Japanese face; add the Windows and Mac UI fonts before the generic fallback. */
const JAPANESE_FONTS = `"Segoe UI", "Yu Gothic UI", "Meiryo UI", Meiryo, "Hiragino Sans", "Hiragino Kaku Gothic ProN", "Noto Sans CJK JP", -apple-system, BlinkMacSystemFont, sans-serif`;

export function paneTheme(language: DisplayLanguage): Theme {
  return language === "ja" ? { ...webLightTheme, fontFamilyBase: JAPANESE_FONTS } : webLightTheme;
}

export const usePaneStyles = makeStyles({
  // Not on FluentProvider itself: Fluent copies the provider's className onto portal nodes (tooltips, lists), and a
  // full-height portal would cover the pane.
  page: { minHeight: "100vh", backgroundColor: tokens.colorNeutralBackground1 },
  nav: {
    position: "sticky",
    top: 0,
    zIndex: 10,
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    paddingLeft: tokens.spacingHorizontalXXS,
    paddingRight: tokens.spacingHorizontalXXS,
    overflowX: "auto",
  },
  // Each row must fit a 350 px pane in Japanese and in English (e2e/layout.spec.ts); 設定 ends the second row.
  // The selected tab's content has Fluent's own side padding: none here, so selecting a tab never widens its row.
  tab: {
    paddingLeft: "1px",
    paddingRight: "1px",
    columnGap: 0,
    "& .fui-Tab__content": { paddingLeft: 0, paddingRight: 0 },
  },
  // One tablist (one arrow-key group, one selection) whose second row starts at the break.
  tabs: { flexWrap: "wrap" },
  rowBreak: {
    flexBasis: "100%",
    height: 0,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
  },
  main: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`,
  },
  notices: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL} 0`,
  },
});
