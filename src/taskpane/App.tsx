/**
 * The task pane application (loaded lazily by index.tsx, in its own chunk with React and Fluent UI).
 * Everything Office-specific comes in through `gateway`.
 */
import { StrictMode, useCallback, useEffect, useMemo, useState } from "react";
import { createRoot } from "react-dom/client";
import { FluentProvider, makeStyles, tokens, webLightTheme, type Theme } from "@fluentui/react-components";
import { FUNCTION_CATALOG } from "../core/functions/catalog";
import type { FunctionInfo } from "../core/functions/types";
import { exampleFormula } from "./components/catalog-search";
import { FunctionCatalog } from "./components/FunctionCatalog";
import { Header } from "./components/Header";
import { StatusMessage, type Status } from "./components/StatusMessage";
import { paneStrings, type PaneStrings } from "./components/strings";
import { GatewayError, type DisplayLanguage, type ExcelGateway } from "./office/excel-gateway";

/** Fluent's base font stack has no Japanese face; add the Windows and Mac UI fonts before the generic fallback. */
const JAPANESE_FONTS = `"Segoe UI", "Yu Gothic UI", "Meiryo UI", Meiryo, "Hiragino Sans", "Hiragino Kaku Gothic ProN", -apple-system, BlinkMacSystemFont, sans-serif`;

function paneTheme(language: DisplayLanguage): Theme {
  return language === "ja" ? { ...webLightTheme, fontFamilyBase: JAPANESE_FONTS } : webLightTheme;
}

const useStyles = makeStyles({
  provider: { minHeight: "100vh", backgroundColor: tokens.colorNeutralBackground1 },
  main: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`,
  },
});

function failureStatus(err: unknown, strings: PaneStrings, formula: string): Status {
  if (err instanceof GatewayError) {
    const text =
      err.code === "not-in-excel"
        ? strings.notInExcelError
        : err.code === "invalid-formula"
          ? strings.invalidFormula(formula)
          : strings.insertFailed(err.detail);
    return { intent: "error", title: strings.insertFailedTitle, text };
  }
  return { intent: "error", title: strings.insertFailedTitle, text: strings.insertFailed(String(err)) };
}

export interface AppProps {
  readonly gateway: ExcelGateway;
  readonly catalog?: readonly FunctionInfo[];
}

export function App({ gateway, catalog = FUNCTION_CATALOG }: AppProps) {
  const language = gateway.displayLanguage;
  const strings = paneStrings(language);
  const theme = useMemo(() => paneTheme(language), [language]);
  const styles = useStyles();
  const [status, setStatus] = useState<Status | null>(null);

  useEffect(() => {
    document.documentElement.lang = language;
    document.title = strings.title;
  }, [language, strings]);

  // A failure nobody caught still reaches the user.
  useEffect(() => {
    const onRejection = (event: PromiseRejectionEvent) => {
      setStatus({ intent: "error", text: String(event.reason instanceof Error ? event.reason.message : event.reason) });
    };
    window.addEventListener("unhandledrejection", onRejection);
    return () => window.removeEventListener("unhandledrejection", onRejection);
  }, []);

  const insert = useCallback(
    async (info: FunctionInfo) => {
      const formula = exampleFormula(info);
      setStatus(null);
      try {
        await gateway.insertFormula(formula);
        setStatus({ intent: "success", text: strings.inserted(formula) });
      } catch (err) {
        setStatus(failureStatus(err, strings, formula));
      }
    },
    [gateway, strings],
  );

  return (
    <FluentProvider theme={theme} className={styles.provider} lang={language}>
      <Header strings={strings} isInExcel={gateway.isInExcel} />
      <main className={styles.main}>
        {!gateway.isInExcel && (
          <StatusMessage
            status={{ intent: "info", title: strings.outsideExcelTitle, text: strings.outsideExcel }}
            dismissLabel={strings.dismiss}
          />
        )}
        {status && <StatusMessage status={status} dismissLabel={strings.dismiss} onDismiss={() => setStatus(null)} />}
        <FunctionCatalog
          catalog={catalog}
          language={language}
          strings={strings}
          onInsert={gateway.isInExcel ? insert : undefined}
        />
      </main>
    </FluentProvider>
  );
}

/** Renders the pane into `container` (replacing the "loading" text). */
export function mount(container: HTMLElement, gateway: ExcelGateway): void {
  createRoot(container).render(
    <StrictMode>
      <App gateway={gateway} />
    </StrictMode>,
  );
}
