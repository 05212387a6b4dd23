/**
 * A guidebook term with its explanation (src/scenarios/glossary.ts) on hover and on keyboard focus: the word is
 * dotted-underlined so the clerk sees there is more to read. `withTerms` marks the terms inside a label or an option.
 */
import { Fragment, type ReactElement } from "react";
import { Tooltip, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { GLOSSARY, glossaryEntry, type GlossaryEntry } from "../../scenarios/glossary";

const useStyles = makeStyles({
  term: {
    textDecorationLine: "underline",
    textDecorationStyle: "dotted",
    textUnderlineOffset: "3px",
    cursor: "help",
  },
  focusable: {
    borderRadius: tokens.borderRadiusSmall,
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
});

/** The explanation in the pane's language (App sets it on <html> before any section with terms is shown). */
function explanation(entry: GlossaryEntry): string {
  return document.documentElement.lang === "en" ? entry.en : entry.ja;
}

export interface TermProps {
  /** The word as shown; its entry is looked up by it ("レベル2" finds レベル) unless `entry` names another. */
  readonly word: string;
  readonly entry?: GlossaryEntry;
  /**
   * False inside an element that takes the focus itself (a drop-down's option): the explanation shows on hover, and
   * no second focus stop is nested in the control.
   */
  readonly focusable?: boolean;
}

export function Term({ word, entry = glossaryEntry(word), focusable = true }: TermProps) {
  const styles = useStyles();
  if (!entry) return <>{word}</>;
  const text = explanation(entry);
  // The tooltip is for the eye; a screen reader gets the same text as the word's description. Fluent's own
  // description relationship would keep a hidden node inside the <label>, which changes the field's name in jsdom.
  return (
    <Tooltip content={text} relationship="inaccessible" withArrow>
      <span
        className={mergeClasses(styles.term, focusable && styles.focusable)}
        // jsdom has no stylesheet: without it, a name computed from the label puts a space around the term.
        style={{ display: "inline" }}
        tabIndex={focusable ? 0 : undefined}
        aria-description={text}
        data-term={entry.term}
      >
        {word}
      </span>
    </Tooltip>
  );
}

/** Words that stand for an entry without being its term as written (the label says 調整後, the entry 調整後排出係数). */
const ALIASES: Readonly<Record<string, string>> = { 調整後: "調整後排出係数" };

// Longest first, so 調整後排出係数 wins over 調整後; レベル takes its number with it (レベル2).
const TERM_PATTERN = new RegExp(
  [...GLOSSARY.map((e) => e.term as string), ...Object.keys(ALIASES)]
    .sort((a, b) => b.length - a.length)
    // No term holds a character special to a pattern outside a class ("J-VER"'s hyphen is plain there).
    .map((word) => (word === "レベル" ? `${word}[1-3１-３〜～・]*` : word))
    .join("|"),
  "u"
);

/**
 * The text with its first guidebook term (if any) marked as a Term; the rest stays plain text, so the text a screen
 * reader or a test reads is unchanged. One term per text: a label full of underlines is harder to read, not easier.
 */
export function withTerms(text: string, focusable = true): string | ReactElement {
  const match = TERM_PATTERN.exec(text);
  if (!match) return text;
  const word = match[0];
  const entry = glossaryEntry(ALIASES[word] ?? word);
  if (!entry) return text;
  return (
    <Fragment>
      {text.slice(0, match.index)}
      <Term word={word} entry={entry} focusable={focusable} />
      {text.slice(match.index + word.length)}
    </Fragment>
  );
}
