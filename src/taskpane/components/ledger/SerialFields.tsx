/** 保有 and 割当て take a serial range alike: the first serial, and the last (or its number alone), with the tonnes read. */
import type { PaneStrings } from "../../i18n";
import type { FormIssue } from "../../state/issues";
import { rangeTonnes } from "../../state/ledger-ranges";
import { TextField } from "../FormFields";
import { tonnesText } from "./card-context";

interface SerialFieldsProps {
  readonly row: { readonly serialFrom: string; readonly serialTo: string };
  readonly set: (patch: { serialFrom?: string; serialTo?: string }) => void;
  readonly issues: readonly FormIssue[];
  readonly strings: PaneStrings;
}

export function SerialFields({ row, set, issues, strings }: SerialFieldsProps) {
  const s = strings.ledger;
  const tonnes = rangeTonnes(row);
  return (
    <>
      <TextField
        label={strings.inputs.serialFrom}
        value={row.serialFrom}
        placeholder={s.serialPlaceholder}
        onChange={(serialFrom) => set({ serialFrom })}
        strings={strings}
        issues={issues}
        input="serialFrom"
        required
      />
      <TextField
        label={strings.inputs.serialTo}
        value={row.serialTo}
        placeholder={s.serialPlaceholder}
        hint={tonnes !== null ? tonnesText(strings, tonnes) : s.serialToHint}
        onChange={(serialTo) => set({ serialTo })}
        strings={strings}
        issues={issues}
        input="serialTo"
      />
    </>
  );
}
