/**
 * The certificate register: numbering that continues and never repeats, the guidebook's items as columns, the
 * publication list built from the register, and — with a ledger built alongside — tonnes checked against the ledger.
 */
import { excelDate } from "../../src/sheets/excel-dates";
import { CERTIFICATE_ITEMS, MINIMUM_CERTIFICATE_ITEMS } from "../../src/scenarios/certificate";
import {
  buildCertificateSheet,
  CERTIFICATE_KEYS,
  CERTIFICATE_SLOTS,
  layoutCertificates,
  PUBLISH_CHOICES,
  registerColumns,
} from "../../src/ledger/builders/certificates";
import {
  ALLOCATION_COLUMNS,
  layoutLedger,
  LEDGER_KEY,
  ledgerPositions,
} from "../../src/ledger/builders/ledger";
import type { CertificateRequest } from "../../src/ledger/types";
import type { CellContent, SheetLayout } from "../../src/sheets/layout";
import { columnLetters } from "../../src/sheets/addresses";
import { nameReference, planNames, resolveLayouts } from "../../src/sheets/resolve-names";
import { validateLayouts } from "../../src/sheets/validate-layout";
import { loadSheets, setValue, valueAt } from "../helpers/sheet-engine";
import { PROBLEM_LEDGER } from "./fixtures";

const ISSUED: CertificateRequest = {
  direction: "issued",
  issuer: "○○市環境課",
  issuerContact: "Tel 00-0000-0000",
  firstNumber: 1,
  prefix: "森林吸収証書-",
};
const RECEIVED: CertificateRequest = {
  direction: "received",
  issuer: "○○区環境課",
  issuerContact: "Tel 03-0000-0000",
  firstNumber: 120,
  prefix: "受-",
};

const text = (cell: CellContent | undefined): string =>
  cell === null || cell === undefined ? "" : typeof cell === "object" ? cell.formula : String(cell);
const address = (row: number, column: number) => `${columnLetters(column)}${row}`;

/**
 * Resolves the layouts and, since HyperFormula's names cannot be Japanese, writes each defined name used in a formula
 * as the sheet-qualified range it refers to.
 */
function load(layouts: readonly SheetLayout[]) {
  const resolved = resolveLayouts(
    layouts,
    planNames(layouts, { sheets: [], tables: [], names: [] })
  );
  const names = resolved
    .flatMap((l) => l.names.map((n) => [n.name, nameReference(l.name, n.refersTo)] as const))
    .sort((a, b) => b[0].length - a[0].length);
  const inline = (cell: CellContent): CellContent =>
    cell !== null && typeof cell === "object"
      ? {
          formula: names.reduce(
            (f, [name, ref]) => f.split(name).join(ref.replace(/^=/, "")),
            cell.formula
          ),
        }
      : cell;
  const rewritten = resolved.map((l) => ({ ...l, cells: l.cells.map((row) => row.map(inline)) }));
  return { engine: loadSheets(rewritten), layouts: resolved };
}

describe("issued certificates (C1/C2)", () => {
  const { layout, cells } = layoutCertificates(ISSUED);
  const column = (key: string) => cells.columns[key] as number;
  const { first, last } = cells.register;

  test("a well-formed layout; the key and name say which register it is", () => {
    expect(validateLayouts([layout])).toEqual([]);
    expect(layout.key).toBe(CERTIFICATE_KEYS.issued);
    expect(layout.name).toBe("証書_発行");
    expect(buildCertificateSheet(ISSUED)).toEqual(layout);
    expect(last - first + 1).toBe(CERTIFICATE_SLOTS);
  });

  test("every item the guidebook requires on a certificate is a column, with the guidebook's wording above it", () => {
    const columns = registerColumns("issued");
    for (const item of [...MINIMUM_CERTIFICATE_ITEMS.C1, ...MINIMUM_CERTIFICATE_ITEMS.C2]) {
      const c = columns.findIndex((col) => col.items.includes(item.key));
      expect(c).toBeGreaterThanOrEqual(0);
      expect(text(layout.cells[first - 3]?.[c])).toContain(item.label.ja);
    }
    expect(text(layout.cells[first - 3]?.[column("value") - 1])).toBe(
      "資金提供額に相当する排出削減・吸収価値（オフセット量）（C1）／排出削減・吸収価値（オフセット量）（C2）"
    );
    expect(columns.filter((c) => c.need === "required").map((c) => c.short)).toEqual([
      "交付先",
      "価値",
      "プロジェクト説明",
      "連絡先",
      "有効期間",
      "有効期間",
    ]);
  });

  test("numbers are values continuing from the first number; 証書番号 = prefix + zero-padded number", () => {
    expect(layout.cells[first - 1]?.[column("seq") - 1]).toBe(1);
    expect(layout.cells[last - 1]?.[column("seq") - 1]).toBe(CERTIFICATE_SLOTS);
    expect(text(layout.cells[first - 1]?.[column("number") - 1])).toBe(
      `=IF(A${first}="","",$C$7&TEXT(A${first},"0000"))`
    );
    const { engine } = load([layout]);
    expect(valueAt(engine, layout.name, address(first, column("number")))).toBe(
      "森林吸収証書-0001"
    );
    expect(valueAt(engine, layout.name, address(last, column("number")))).toBe("森林吸収証書-0020");
    expect(valueAt(engine, layout.name, "C9")).toBe("森林吸収証書-0001");
  });

  test("next number continues after the highest in use; a duplicated number is flagged on both rows", () => {
    const { engine } = load([layout]);
    const set = (row: number, key: string, value: string | number | null) =>
      setValue(engine, layout.name, address(row, column(key)), value);
    const status = (row: number) => valueAt(engine, layout.name, address(row, column("status")));
    set(first, "recipient", "株式会社A");
    set(first + 1, "recipient", "B町");
    expect(valueAt(engine, layout.name, "C9")).toBe("森林吸収証書-0003");
    expect(status(first + 2)).toBe("");
    set(first + 2, "seq", 1);
    expect(status(first)).toContain("✖番号重複");
    expect(status(first + 2)).toBe("✖番号重複");
    expect(status(first + 1)).not.toContain("番号重複");
    set(first + 2, "seq", 3);
    expect(status(first + 2)).toBe("");
  });

  test("a certificate missing required items is ✖ with the items named; a complete one is OK", () => {
    const { engine } = load([layout]);
    const set = (key: string, value: string | number | null) =>
      setValue(engine, layout.name, address(first, column(key)), value);
    const status = () => valueAt(engine, layout.name, address(first, column("status")));
    set("recipient", "株式会社A");
    expect(status()).toBe(
      "✖価値未記入 ✖プロジェクト説明未記入 ✖有効期間未記入 △交付日未記入 △区分未記入"
    );
    set("value", 12.5);
    set("project", "○○市有林の間伐（○○市○○地区、スギ 3.2ha、第三者検証済み）");
    set("valid-from", excelDate("2012-04-01"));
    set("valid-to", excelDate("2011-03-31"));
    set("date", excelDate("2012-04-01"));
    set("recipient-kind", "企業等");
    expect(status()).toBe("✖有効期間不正");
    set("valid-to", excelDate("2015-03-31"));
    expect(status()).toBe("OK");
    expect(valueAt(engine, layout.name, address(first, column("issuer-contact")))).toBe(
      "○○市環境課 Tel 00-0000-0000"
    );
  });

  test("the publication list: every recipient and the items, the name withheld when the company asks", () => {
    const { engine } = load([layout]);
    const { first: p } = cells.publication!;
    const set = (row: number, key: string, value: string | number | null) =>
      setValue(engine, layout.name, address(row, column(key)), value);
    set(first, "recipient", "株式会社A");
    set(first, "value", 12.5);
    set(first, "valid-from", excelDate("2012-04-01"));
    set(first, "valid-to", excelDate("2015-03-31"));
    set(first + 1, "recipient", "株式会社B");
    set(first + 1, "publish", PUBLISH_CHOICES.no);
    const row = (r: number) =>
      Array.from({ length: 8 }, (_, c) => valueAt(engine, layout.name, address(r, c + 1)));
    expect(row(p)).toEqual([
      "森林吸収証書-0001",
      "",
      "株式会社A",
      "",
      12.5,
      "",
      "○○市環境課 Tel 00-0000-0000",
      "2012/04/01～2015/03/31",
    ]);
    expect(row(p + 1)[2]).toBe("（公表を希望しない企業等のため名称は非公表）");
    expect(row(p + 2)).toEqual(["", "", "", "", "", "", "", ""]);
    expect(layout.tables.map((t) => t.name)).toEqual(["証書_発行登録簿", "証書_公表一覧"]);
  });

  test("validations and conditional formats", () => {
    const list = layout.validations.find(
      (v) =>
        v.range ===
        `${columnLetters(column("publish"))}${first}:${columnLetters(column("publish"))}${last}`
    );
    expect(list?.rule).toEqual({ kind: "list", choices: ["公表する", "公表を希望しない"] });
    expect(
      layout.validations.find(
        (v) =>
          v.range ===
          `${columnLetters(column("value"))}${first}:${columnLetters(column("value"))}${last}`
      )?.rule
    ).toEqual({ kind: "decimal", min: 0 });
    const numberColumn = columnLetters(column("number"));
    expect(
      layout.conditionalFormats.find(
        (c) => c.range === `${numberColumn}${first}:${numberColumn}${last}`
      )?.formula
    ).toBe(
      `=IF(${numberColumn}${first}="",FALSE(),COUNTIF($${numberColumn}$${first}:$${numberColumn}$${last},${numberColumn}${first})>1)`
    );
  });
});

describe("received certificates", () => {
  const { layout, cells } = layoutCertificates(RECEIVED);

  test("the guidebook's desirable items are columns; missing ones are △; numbering starts at the first number", () => {
    expect(validateLayouts([layout])).toEqual([]);
    expect(layout.name).toBe("証書_受領");
    const columns = registerColumns("received");
    for (const item of CERTIFICATE_ITEMS)
      expect(
        columns.some((c) => c.items.includes(item.key) && c.header.startsWith(item.label.ja))
      ).toBe(true);
    expect(cells.publication).toBeUndefined();
    const { engine } = load([layout]);
    const { first } = cells.register;
    expect(valueAt(engine, layout.name, address(first, 2))).toBe("受-0120");
    setValue(engine, layout.name, address(first, cells.columns["amount"] as number), 2);
    setValue(
      engine,
      layout.name,
      address(first, cells.columns["target-activity"] as number),
      "会場の電力使用、資機材の運搬"
    );
    const status = String(
      valueAt(engine, layout.name, address(first, cells.columns["status"] as number))
    );
    expect(status).toMatch(
      /^△受領日未記入 △発行者未記入 △期間等未記入 △算定方法未記入 △クレジットの種類未記入/
    );
    expect(status).not.toContain("✖");
  });
});

describe("certificates against the ledger", () => {
  const ledger = layoutLedger(PROBLEM_LEDGER);
  const certificates = layoutCertificates(ISSUED, { key: LEDGER_KEY });
  const column = (key: string) => certificates.cells.columns[key] as number;
  const { first } = certificates.cells.register;
  const pos = ledgerPositions(PROBLEM_LEDGER);

  test("the ledger column quotes the ledger's names; both layouts resolve together", () => {
    expect(validateLayouts([ledger.layout, certificates.layout])).toEqual([]);
    expect(text(certificates.layout.cells[first - 1]?.[column("ledger") - 1])).toContain(
      "SUMIFS({{name:ledger-allocation-t}},{{name:ledger-allocation-certificate}},B"
    );
    expect(
      validateLayouts([certificates.layout]).some(
        (p) => p.severity === "error" && /no name has key "ledger-allocation-t"/.test(p.message)
      )
    ).toBe(true);
  });

  test("an issued certificate's tonnes must match the allocations recorded under its number", () => {
    const { engine, layouts } = load([ledger.layout, certificates.layout]);
    const [ledgerSheet, sheet] = [layouts[0]!.name, layouts[1]!.name];
    const fill = (value: number) => {
      for (const [key, v] of [
        ["recipient", "株式会社A"],
        ["value", value],
        ["project", "間伐"],
        ["valid-from", 40999],
        ["valid-to", 42094],
        ["date", 40999],
        ["recipient-kind", "企業等"],
      ] as const) {
        setValue(engine, sheet, address(first, column(key)), v);
      }
    };
    const status = () => valueAt(engine, sheet, address(first, column("status")));
    fill(4);
    expect(status()).toBe("✖台帳に記録なし");
    // Record it in the ledger: allocation 0 (4 t) under the certificate's number.
    setValue(
      engine,
      ledgerSheet,
      address(pos.allocations.first, ALLOCATION_COLUMNS.certificate),
      "森林吸収証書-0001"
    );
    expect(valueAt(engine, sheet, address(first, column("ledger")))).toBe(4);
    expect(status()).toBe("OK");
    fill(5);
    expect(status()).toBe("✖台帳と不一致");
    // A second allocation under the same number adds up (4 + 1 t).
    setValue(
      engine,
      ledgerSheet,
      address(pos.allocations.first + 5, ALLOCATION_COLUMNS.certificate),
      "森林吸収証書-0001"
    );
    expect(status()).toBe("OK");
  });

  test("a ledger request may carry the certificate numbers", () => {
    const withNumbers = layoutLedger({
      ...PROBLEM_LEDGER,
      allocations: PROBLEM_LEDGER.allocations.map((a, i) =>
        i === 0 ? { ...a, certificateNumber: "森林吸収証書-0001" } : a
      ),
    });
    expect(
      withNumbers.layout.cells[pos.allocations.first - 1]?.[ALLOCATION_COLUMNS.certificate - 1]
    ).toBe("森林吸収証書-0001");
  });
});
