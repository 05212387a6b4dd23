/** The checks about one card, under its fields: errors in red, warnings in orange. */
import { Text, makeStyles, tokens } from "@fluentui/react-components";
import type { DisplayLanguage } from "../../office/excel-gateway";

const useStyles = makeStyles({
  checkMessages: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  checkError: { color: tokens.colorPaletteRedForeground1 },
  checkWarning: { color: tokens.colorPaletteDarkOrangeForeground1 },
});

interface CheckTextsProps {
  readonly checks: readonly {
    readonly severity: string;
    readonly message: { readonly ja: string; readonly en: string };
  }[];
  readonly language: DisplayLanguage;
}

export function CheckTexts({ checks, language }: CheckTextsProps) {
  const styles = useStyles();
  if (checks.length === 0) return null;
  return (
    <div className={styles.checkMessages}>
      {checks.map((i, k) => (
        <Text
          key={k}
          size={200}
          className={i.severity === "error" ? styles.checkError : styles.checkWarning}
        >
          {i.message[language]}
        </Text>
      ))}
    </div>
  );
}
