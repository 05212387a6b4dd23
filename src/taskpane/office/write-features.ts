/**
 * What the writer uses beyond ExcelApi 1.1, by requirement set, and the warning a user gets when their Excel lacks
 * one: the build goes on without that feature rather than failing.
 */
import type { SheetLayout } from "../../sheets/layout";

/** Whether a requirement set is available, e.g. `supports("ExcelApi", "1.8")`. */
export type Supports = (set: string, version: string) => boolean;

/** Features gated by a requirement set, and what the user is told when one is skipped. */
interface Feature {
  readonly version: string;
  readonly used: (layout: SheetLayout) => boolean;
  readonly ja: string;
  readonly en: string;
}

const FEATURES = {
  /** Repeating formulas written once per column run (formulasR1C1); without it they are written cell by cell — same sheet, no warning. */
  formulaFills: {
    version: "1.2",
    used: () => false,
    ja: "",
    en: "",
  },
  columnWidths: {
    version: "1.2",
    used: (l) => l.columnWidths.length > 0,
    ja: "列の幅を設定できませんでした",
    en: "Column widths were skipped",
  },
  merges: {
    version: "1.2",
    used: (l) => l.merges.length > 0,
    ja: "セルの結合を設定できませんでした",
    en: "Merged cells were skipped",
  },
  protection: {
    version: "1.2",
    used: (l) => l.protection !== undefined,
    ja: "シートを保護できませんでした（数式のセルも編集できる状態です）",
    en: "Sheet protection was skipped (formula cells can be edited)",
  },
  names: {
    version: "1.4",
    used: (l) => l.names.length > 0,
    ja: "名前の定義を追加できませんでした（作成したシートの式は名前の代わりにセルを直接参照します。ほかのシートから名前で参照することはできません）",
    en: "Defined names were skipped (the new sheets' formulas refer to the cells directly; other sheets cannot use the names)",
  },
  conditionalFormats: {
    version: "1.6",
    used: (l) => l.conditionalFormats.length > 0,
    ja: "条件付き書式を設定できませんでした（未入力欄などは強調表示されません）",
    en: "Conditional formats were skipped (missing entries are not highlighted)",
  },
  freeze: {
    version: "1.7",
    used: (l) => l.freeze !== undefined,
    ja: "ウィンドウ枠を固定できませんでした",
    en: "Freeze panes were skipped",
  },
  tabColor: {
    version: "1.7",
    used: (l) => l.tabColor !== undefined,
    ja: "シート見出しの色を設定できませんでした",
    en: "Tab colours were skipped",
  },
  validations: {
    version: "1.8",
    used: (l) => l.validations.length > 0,
    ja: "入力規則（選択リスト・数値の範囲）を設定できませんでした（入力値は検査されません）",
    en: "Data validation (drop-down lists, number limits) was skipped (entries are not checked)",
  },
} satisfies Record<string, Feature>;

export type FeatureName = keyof typeof FEATURES;

export function featureSupport(supports: Supports): Record<FeatureName, boolean> {
  const cache = new Map<string, boolean>();
  const has = (version: string) => {
    let value = cache.get(version);
    if (value === undefined) {
      try {
        value = supports("ExcelApi", version) === true;
      } catch {
        value = false;
      }
      cache.set(version, value);
    }
    return value;
  };
  const out = {} as Record<FeatureName, boolean>;
  for (const name of Object.keys(FEATURES) as FeatureName[])
    out[name] = has(FEATURES[name].version);
  return out;
}

export function skippedWarnings(
  layouts: readonly SheetLayout[],
  enabled: Record<FeatureName, boolean>
): string[] {
  const warnings: string[] = [];
  for (const name of Object.keys(FEATURES) as FeatureName[]) {
    if (enabled[name]) continue;
    const feature: Feature = FEATURES[name];
    const sheets = layouts.filter(feature.used).map((l) => l.name);
    if (sheets.length === 0) continue;
    warnings.push(
      `${feature.ja}。この Excel は ExcelApi ${feature.version} に対応していません。対象シート: ${sheets.join("、")}` +
        ` / ${feature.en}: this Excel does not support ExcelApi ${feature.version}. Sheets: ${sheets.join(", ")}`
    );
  }
  return warnings;
}
