import { useDeferredValue, useId, useMemo, useState } from "react";
import { Field, SearchBox, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { FunctionInfo } from "../../core/functions/types";
import type { DisplayLanguage } from "../office/excel-gateway";
import { filterCatalog } from "./catalog-search";
import { FunctionCard } from "./FunctionCard";
import type { PaneStrings } from "./strings";

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
  /** Present only inside Excel. */
  readonly onInsert?: (info: FunctionInfo) => Promise<void>;
}

export function FunctionCatalog({ catalog, language, strings, onInsert }: FunctionCatalogProps) {
  const styles = useStyles();
  const [query, setQuery] = useState("");
  const deferredQuery = useDeferredValue(query);
  const countId = useId();
  const shown = useMemo(() => filterCatalog(catalog, deferredQuery, strings), [catalog, deferredQuery, strings]);

  return (
    <section className={styles.root}>
      <Field label={strings.searchLabel}>
        <SearchBox
          value={query}
          placeholder={strings.searchPlaceholder}
          aria-describedby={countId}
          onChange={(_, data) => setQuery(data.value)}
        />
      </Field>
      <Text id={countId} size={200} className={styles.count} aria-live="polite">
        {strings.count(shown.length, catalog.length)}
      </Text>
      {shown.length === 0 ? (
        <Text>{strings.noMatch}</Text>
      ) : (
        <ul className={styles.list}>
          {shown.map((info) => (
            <li key={info.name}>
              <FunctionCard info={info} language={language} strings={strings} onInsert={onInsert} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
