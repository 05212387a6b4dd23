/**
 * A figure and its unit stay on one line: at the pane's 350 px a summary that may break anywhere split
 * 「3 t-CO2」 into 「3 t-」 and 「CO2」. Each figure with its unit is wrapped in a span that does not wrap.
 */
import { Fragment, type ReactElement } from "react";
import { makeStyles } from "@fluentui/react-components";

const useStyles = makeStyles({ nowrap: { whiteSpace: "nowrap" } });

// A number (with thousands separators, decimals, a sign) and the unit after it: t-CO2, kg-CO2, 円/t-CO2, kWh, km …
const FIGURE_WITH_UNIT =
  /[-+−]?\d[\d,.]*\s?(?:(?:kg|t)-CO2(?:e)?|円\/t-CO2|yen\/t-CO2|円|yen|kWh|MWh|km|kg|t|L|m³|m3|ha|%|人|日|days?)(?![A-Za-z0-9])/gu;

/** The pieces of `text`: plain strings and the figures with their units. */
export function splitFigures(text: string): { text: string; figure: boolean }[] {
  const pieces: { text: string; figure: boolean }[] = [];
  let last = 0;
  for (const match of text.matchAll(FIGURE_WITH_UNIT)) {
    const start = match.index ?? 0;
    if (start > last) pieces.push({ text: text.slice(last, start), figure: false });
    pieces.push({ text: match[0], figure: true });
    last = start + match[0].length;
  }
  if (last < text.length) pieces.push({ text: text.slice(last), figure: false });
  return pieces;
}

/** The text, with each figure and its unit kept on one line. */
export function WithUnits({ text }: { readonly text: string }): ReactElement {
  const styles = useStyles();
  return (
    <>
      {splitFigures(text).map((piece, i) =>
        piece.figure ? (
          <span key={i} className={styles.nowrap}>
            {piece.text}
          </span>
        ) : (
          <Fragment key={i}>{piece.text}</Fragment>
        )
      )}
    </>
  );
}
