import { useDeferredValue, useId, useMemo, useState } from "react";
import { Field, Link, SearchBox, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { FunctionInfo } from "../../core/functions/types";
import type { DisplayLanguage } from "../office/excel-gateway";
import { factorEntries, filterFactors, type FactorEntry } from "../state/factor-search";
import { filterCatalog } from "./catalog-search";
import { FactorList } from "./FactorList";
import { FunctionCard } from "./FunctionCard";
import type { PaneStrings } from "../i18n";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  list: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    listStyleType: "none",
    margin: 0,
    padding: 0,
  },
  count: { color: tokens.colorNeutralForeground3 },
});

export interface FunctionCatalogProps {
  readonly catalog: readonly FunctionInfo[];
  readonly language: DisplayLanguage;
  readonly strings: PaneStrings;
  /** Present only inside Excel: writes the formula into the active cell. */
  readonly onInsert?: (formula: string) => Promise<void>;
  /** The factors searched along with the functions (default: the default factor set's). */
  readonly factors?: readonly FactorEntry[];
}

export function FunctionCatalog({
  catalog,
  language,
  strings,
  onInsert,
  factors,
}: FunctionCatalogProps) {
  const styles = useStyles();
  const [query, setQuery] = useState("");
  const deferredQuery = useDeferredValue(query);
  const countId = useId();
  const allFactors = useMemo(() => factors ?? factorEntries(), [factors]);
  const shown = useMemo(
    () => filterCatalog(catalog, deferredQuery, strings),
    [catalog, deferredQuery, strings]
  );
  const shownFactors = useMemo(
    () => filterFactors(allFactors, deferredQuery),
    [allFactors, deferredQuery]
  );

  return (
    <section className={styles.root}>
      <Field label={strings.searchLabel}>
        <SearchBox
          value={query}
          placeholder={strings.searchPlaceholder}
          aria-describedby={countId}
          dismiss={{ "aria-label": strings.searchClear }}
          onChange={(_, data) => setQuery(data.value)}
        />
      </Field>
      <Text id={countId} size={200} className={styles.count} aria-live="polite">
        {strings.count(shown.length, catalog.length)}
        {shownFactors.length > 0 && shown.length > 0 && (
          <>
            {" · "}
            <Link
              as="button"
              onClick={() =>
                document
                  .getElementById(`${countId}-factors`)
                  ?.scrollIntoView({ behavior: "smooth", block: "start" })
              }
            >
              {strings.jumpToFactors(shownFactors.length)}
            </Link>
          </>
        )}
      </Text>
      {shown.length === 0 ? (
        <Text>{strings.noMatch}</Text>
      ) : (
        <ul className={styles.list} data-testid="function-list">
          {shown.map((info) => (
            <li key={info.name}>
              <FunctionCard info={info} language={language} strings={strings} onInsert={onInsert} />
            </li>
          ))}
        </ul>
      )}
      {shownFactors.length > 0 && (
        <FactorList
          factors={shownFactors}
          headingId={`${countId}-factors`}
          language={language}
          strings={strings}
          onInsert={onInsert}
        />
      )}
    </section>
  );
}
