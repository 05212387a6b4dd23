/** Filtering of the function catalogue (pure; no React). */
import type { FunctionInfo } from "../../core/functions/types";
import type { PaneStrings } from "../i18n";

/** NFKC folds full-width letters and digits (ＣＯ２ → CO2) and the ideographic space U+3000; then lower case. */
export function normalizeSearchText(text: string): string {
  return text.normalize("NFKC").toLowerCase();
}

function haystack(info: FunctionInfo, strings: PaneStrings): string {
  return normalizeSearchText(
    [
      info.name,
      `ghg.${info.name}`,
      info.description.ja,
      info.description.en,
      info.unit,
      strings.categories[info.category],
      info.category,
      info.example.formula,
      ...info.params.flatMap((p) => [p.name, p.description.ja, p.description.en]),
    ].join("\n")
  );
}

/** Functions whose texts contain every whitespace-separated term of `query` (in Japanese or English). */
export function filterCatalog(
  catalog: readonly FunctionInfo[],
  query: string,
  strings: PaneStrings
): readonly FunctionInfo[] {
  const terms = normalizeSearchText(query).split(/\s+/).filter(Boolean);
  if (terms.length === 0) return catalog;
  return catalog.filter((info) => {
    const text = haystack(info, strings);
    return terms.every((t) => text.includes(t));
  });
}

/** The formula a user types, with the namespace: `=GHG.CO2_FUEL("軽油",100)`. */
export function exampleFormula(info: FunctionInfo): string {
  return `=GHG.${info.example.formula}`;
}
