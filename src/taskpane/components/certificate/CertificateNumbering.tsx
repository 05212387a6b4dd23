/** The certificates' numbers: a prefix and the first number. */
import { Text } from "@fluentui/react-components";
import type { CertificateDraft } from "../../state/certificate-form";
import type { FormIssue } from "../../state/issues";
import { TextField, useFieldStyles } from "../FormFields";
import { useSectionStyles } from "../section-styles";
import type { PaneStrings } from "../../i18n";

export interface CertificateNumberingProps {
  readonly draft: CertificateDraft;
  readonly set: (patch: Partial<CertificateDraft>) => void;
  readonly issues: readonly FormIssue[];
  readonly strings: PaneStrings;
}

export function CertificateNumbering({ draft, set, issues, strings }: CertificateNumberingProps) {
  const styles = useSectionStyles();
  const fieldStyles = useFieldStyles();
  const s = strings.certificate;
  return (
    <>
      <div className={fieldStyles.pair}>
        <TextField
          label={strings.inputs.prefix}
          value={draft.prefix}
          placeholder={s.prefixPlaceholder}
          onChange={(prefix) => set({ prefix })}
          strings={strings}
        />
        <TextField
          label={strings.inputs.firstNumber}
          value={draft.firstNumber}
          inputMode="numeric"
          onChange={(firstNumber) => set({ firstNumber })}
          strings={strings}
          issues={issues}
          input="firstNumber"
        />
      </div>
      <Text size={200} className={styles.help}>
        {s.firstNumberHint}
      </Text>
    </>
  );
}
