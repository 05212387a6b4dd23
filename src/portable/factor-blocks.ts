/** The 係数表 sheet's block writer and its first blocks: the factor sets and every scalar factor, one row per name. */
import { SOURCES, findFunction, lookupsOf } from "../core";
import type { Label } from "../core/data/types";
import type { FactorSet, ScalarFactor } from "../core/factor-sets/factor-set";
import { COLORS } from "../sheets/builders/styles";
import { rangeAddress, SheetGrid } from "../sheets/grid";
import type { CellContent } from "../sheets/layout";
import {
  FACTOR_KINDS,
  FACTOR_NAMES,
  FactorKind,
  FactorRef,
  RAIL_DIESEL,
  RAIL_ELECTRIC,
  factorNameKey,
  matchText,
} from "./factor-names";

function kindOf(set: FactorSet, row: ScalarFactor): FactorKind {
  const ef = set.emissionFactors.find((f) => f === row);
  if (ef) return FACTOR_KINDS[ef.kind];
  if ((set.railFuelRates as readonly ScalarFactor[]).includes(row)) return FACTOR_KINDS.rail;
  if ((set.cfpExamples as readonly ScalarFactor[]).includes(row)) return FACTOR_KINDS.cfp;
  return FACTOR_KINDS.constant;
}

interface NameVariant {
  readonly text: string;
  /** 名称 / キー / 英語名 / 別名 */
  readonly what: string;
}

/** The names a row answers to, the Japanese name first, without variants that match the same (case-insensitively). */
export function variantsOf(row: {
  readonly key: string;
  readonly name: Label;
  readonly aliases: readonly string[];
}): NameVariant[] {
  const all: NameVariant[] = [
    { text: row.name.ja, what: "名称" },
    { text: row.key, what: "キー" },
    { text: row.name.en, what: "英語名" },
    ...row.aliases.map((text) => ({ text, what: "別名" })),
  ];
  const seen = new Set<string>();
  return all.filter((v) => {
    const id = matchText(v.text).toUpperCase();
    if (id === "" || seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}

const infoOf = (set: FactorSet, row: ScalarFactor): string => {
  const result = findFunction("FACTOR_INFO")?.call([`${set.id}:${row.key}`]);
  return typeof result === "string" ? result : "";
};

/** Column widths: the 係数 block's 17 columns (A–Q); the other blocks reuse them. */
export const COLUMN_WIDTHS = [12, 24, 34, 30, 10, 14, 8, 10, 12, 40, 12, 40, 36, 10, 40, 26, 60];
export const LAST_COLUMN = COLUMN_WIDTHS.length;

const FACTOR_HEADERS = [
  "係数セット",
  "キー",
  "名称",
  "名称（英語）",
  "値",
  "単位",
  "区分",
  "鉄道の動力",
  "g-CO2/個（CFP）",
  "出典",
  "公表日",
  "ガイドブックの表",
  "検索名（式が照合する文字列）",
  "名前の種類",
  "区分付き検索名",
  "セット:キー",
  "FACTOR_INFO の文字列",
];

export interface Block {
  readonly grid: SheetGrid;
  /** Adds a section title row and a header row; returns the header row. */
  header(title: string, headers: readonly string[], startColumn?: number): number;
  /** Defined name over rows first..last of a column. */
  name(
    ref: FactorRef,
    first: number,
    last: number,
    column: number,
    lastColumn?: number,
    comment?: string
  ): void;
}

export function block(grid: SheetGrid, layoutKey: string): Block {
  return {
    grid,
    header(title, headers, startColumn = 1) {
      grid.addRow();
      grid.section(title);
      const row = grid.addRow();
      headers.forEach((h, i) => grid.set(row, startColumn + i, h));
      grid.format({
        range: rangeAddress(row, startColumn, row, startColumn + headers.length - 1),
        bold: true,
        fill: COLORS.header,
        border: true,
        wrap: true,
      });
      return row;
    },
    name(ref, first, last, column, lastColumn = column, comment) {
      grid.names.push({
        key: factorNameKey(layoutKey, ref),
        name: FACTOR_NAMES[ref],
        refersTo: rangeAddress(first, column, Math.max(first, last), lastColumn),
        ...(comment ? { comment } : {}),
      });
    },
  };
}

export function addSets(b: Block, sets: readonly FactorSet[]): void {
  b.header("■ 係数セット", ["係数セット", "名称", "日付"]);
  for (const set of sets) b.grid.addRow([set.id, set.title.ja, set.date]);
}

export function addFactors(b: Block, sets: readonly FactorSet[]): void {
  const header = b.header(
    "■ 係数（FACTOR と各関数が使う値。1行が1つの名前：名称の行の後にキー・英語名・別名の行）",
    FACTOR_HEADERS
  );
  const rows: CellContent[][] = [];
  const later: CellContent[][] = [];
  for (const set of sets) {
    for (const row of lookupsOf(set).scalar.rows) {
      const kind = kindOf(set, row);
      const source = SOURCES[row.citation.source];
      const rail = set.railFuelRates.find((r) => r === row);
      const cfp = set.cfpExamples.find((c) => c === row);
      const info = infoOf(set, row);
      variantsOf(row).forEach((variant, i) => {
        const lookup = `${set.id}:${matchText(variant.text)}`;
        const cells: CellContent[] = [
          set.id,
          row.key,
          row.name.ja,
          row.name.en,
          row.value,
          row.unit,
          kind,
          rail ? (rail.energy === "diesel" ? RAIL_DIESEL : RAIL_ELECTRIC) : null,
          cfp ? cfp.gramsPerUnit : null,
          source.title.ja,
          source.date,
          row.citation.table,
          lookup,
          variant.what,
          `${kind}|${lookup}`,
          `${set.id}:${row.key}`,
          info,
        ];
        (i === 0 ? rows : later).push(cells);
      });
    }
  }
  for (const cells of [...rows, ...later]) b.grid.addRow(cells);
  const first = header + 1;
  const last = b.grid.nextRow - 1;
  const columns: [FactorRef, number][] = [
    ["set", 1],
    ["key", 2],
    ["name", 3],
    ["value", 5],
    ["unit", 6],
    ["kind", 7],
    ["railEnergy", 8],
    ["cfpGrams", 9],
    ["source", 10],
    ["date", 11],
    ["table", 12],
    ["lookup", 13],
    ["kindLookup", 15],
    ["setKey", 16],
    ["info", 17],
  ];
  for (const [ref, column] of columns) b.name(ref, first, last, column);
  b.grid.format({ range: rangeAddress(first, 1, last, LAST_COLUMN), border: true });
  b.grid.format({ range: rangeAddress(first, 5, last, 5), bold: true });
}
