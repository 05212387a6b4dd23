/**
 * The ledger sheet: its layout (cells, validations, conditional formats, names), and — recomputed in HyperFormula — its
 * in-sheet checks, which must flag exactly what checkLedger flags, row by row, also for rows the user types.
 */
import type { HyperFormula } from "hyperformula";
import {
  checkLedger,
  ISSUE_WORDS,
  ledgerTotals,
  type LedgerIssueCode,
} from "../../src/ledger/checks";
import { excelDate } from "../../src/sheets/excel-dates";
import { columnLetters } from "../../src/sheets/addresses";
import {
  ALLOCATION_COLUMNS,
  buildLedgerSheet,
  CREDIT_KIND_LABELS,
  LEDGER_BLANK_ROWS,
  LEDGER_HEADERS,
  ledgerNameKeys,
  ledgerPositions,
  layoutLedger,
  HOLDING_COLUMNS,
  TARGET_COLUMNS,
  type LedgerTablePositions,
} from "../../src/ledger/builders/ledger";
import type { Allocation, LedgerRequest } from "../../src/ledger/types";
import type { CellContent, SheetLayout } from "../../src/sheets/layout";
import { planNames, resolveLayouts } from "../../src/sheets/resolve-names";
import { validateLayouts } from "../../src/sheets/validate-layout";
import { loadSheets, setValue, valueAt } from "../helpers/sheet-engine";
import { PROBLEM_LEDGER, tokyo62 } from "./fixtures";

const text = (cell: CellContent | undefined): string =>
  cell === null || cell === undefined ? "" : typeof cell === "object" ? cell.formula : String(cell);
const cellOf = (layout: SheetLayout, row: number, column: number): CellContent | undefined =>
  layout.cells[row - 1]?.[column - 1];
const address = (row: number, column: number) => `${columnLetters(column)}${row}`;

type Table = "holdings" | "targets" | "allocations";
const STATUS: Record<Table, number> = {
  holdings: HOLDING_COLUMNS.status,
  targets: TARGET_COLUMNS.status,
  allocations: ALLOCATION_COLUMNS.status,
};
const PAIRS: readonly LedgerIssueCode[] = ["duplicate-id", "double-holding", "double-allocation"];

/** What checkLedger says per table row, as the sheet's words ("✖二重割当"); pair issues mark both rows. */
function expectedWords(request: LedgerRequest, today?: string): Record<Table, string[][]> {
  const out: Record<Table, Set<string>[]> = {
    holdings: request.holdings.map(() => new Set()),
    targets: request.targets.map(() => new Set()),
    allocations: request.allocations.map(() => new Set()),
  };
  for (const issue of checkLedger(request, today)) {
    const word = `${issue.severity === "error" ? "✖" : "△"}${ISSUE_WORDS[issue.code]}`;
    out[issue.where.table][issue.where.index]?.add(word);
    if (PAIRS.includes(issue.code) && issue.where.otherIndex !== undefined)
      out[issue.where.table][issue.where.otherIndex]?.add(word);
  }
  const sorted = (sets: Set<string>[]) => sets.map((s) => [...s].sort());
  return {
    holdings: sorted(out.holdings),
    targets: sorted(out.targets),
    allocations: sorted(out.allocations),
  };
}

/** What the sheet's 状況 columns say per row ("OK" → no words). */
function sheetWords(
  engine: HyperFormula,
  sheet: string,
  pos: LedgerTablePositions,
  counts: Record<Table, number>
): Record<Table, string[][]> {
  const read = (table: Table) =>
    Array.from({ length: counts[table] }, (_, i) => {
      const value = valueAt(engine, sheet, address(pos[table].first + i, STATUS[table]));
      if (typeof value !== "string")
        throw new Error(`${table}[${i}] status is ${JSON.stringify(value)}`);
      return value === "OK" ? [] : value.split(/\s+/u).sort();
    });
  return { holdings: read("holdings"), targets: read("targets"), allocations: read("allocations") };
}

const countsOf = (request: LedgerRequest): Record<Table, number> => ({
  holdings: request.holdings.length,
  targets: request.targets.length,
  allocations: request.allocations.length,
});

function loaded(request: LedgerRequest) {
  const built = layoutLedger(request);
  const [layout] = resolveLayouts(
    [built.layout],
    planNames([built.layout], { sheets: [], tables: [], names: [] })
  ) as [SheetLayout];
  const engine = loadSheets([layout]);
  return { layout, engine, sheet: layout.name, cells: built.cells, pos: ledgerPositions(request) };
}

describe("ledger layout", () => {
  const { layout, cells } = layoutLedger(PROBLEM_LEDGER);
  const pos = ledgerPositions(PROBLEM_LEDGER);

  test("a well-formed layout with no problems at all", () => {
    expect(validateLayouts([layout])).toEqual([]);
    expect(layout.name).toBe("クレジット管理台帳");
    expect(buildLedgerSheet(PROBLEM_LEDGER)).toEqual(layout);
  });

  test("the summary cells are the LedgerCells, with defined names other sheets quote", () => {
    expect(cells).toMatchObject({
      heldT: "$C$6",
      allocatedT: "$C$7",
      retiredT: "$C$8",
      issueRows: "$C$13",
      baseDate: "$C$14",
    });
    const { allocations } = pos;
    expect(text(cellOf(layout, 6, 3))).toBe(
      `=SUM($Q$${pos.holdings.first}:$Q$${pos.holdings.last})`
    );
    expect(text(cellOf(layout, 8, 3))).toBe(
      `=SUMIFS($H$${allocations.first}:$H$${allocations.last},$E$${allocations.first}:$E$${allocations.last},"<>")`
    );
    expect(text(cellOf(layout, 14, 3))).toBe("=TODAY()");
    const keys = ledgerNameKeys();
    expect(layout.names.find((n) => n.key === keys.heldT)).toMatchObject({
      name: "台帳_保有量_t",
      refersTo: "C6",
    });
    expect(layout.names.find((n) => n.key === keys.allocationCertificate)?.refersTo).toBe(
      `G${allocations.first}:G${allocations.last}`
    );
    expect(layout.tables.map((t) => t.name)).toEqual([
      "台帳_保有クレジット",
      "台帳_オフセット対象",
      "台帳_割当無効化",
    ]);
  });

  test("pre-filled rows from the request, then LEDGER_BLANK_ROWS rows with the formulas already in them", () => {
    const { holdings, targets, allocations } = pos;
    expect(holdings.last - holdings.first + 1).toBe(
      PROBLEM_LEDGER.holdings.length + LEDGER_BLANK_ROWS
    );
    expect(
      Object.values(LEDGER_HEADERS.holdings).map((_, i) =>
        text(cellOf(layout, holdings.header, i + 1))
      )
    ).toEqual(Object.values(LEDGER_HEADERS.holdings));
    expect(text(cellOf(layout, holdings.first, HOLDING_COLUMNS.kind))).toBe(
      CREDIT_KIND_LABELS["j-ver"]
    );
    expect(cellOf(layout, holdings.first, HOLDING_COLUMNS.acquired)).toBe(excelDate("2011-09-01"));
    expect(text(cellOf(layout, targets.first + 1, TARGET_COLUMNS.kind))).toBe("事務事業");
    expect(text(cellOf(layout, targets.first + 2, TARGET_COLUMNS.kind))).toBe("エコツアー");
    expect(cellOf(layout, allocations.first, ALLOCATION_COLUMNS.retired)).toBe(
      excelDate("2011-12-01")
    );
    // The last blank row of each table computes like the others.
    for (const [table, column] of [
      [holdings, HOLDING_COLUMNS.status],
      [targets, TARGET_COLUMNS.status],
      [allocations, ALLOCATION_COLUMNS.status],
    ] as const) {
      expect(cellOf(layout, table.last, column - 1) ?? null).not.toBeNull();
      expect(text(cellOf(layout, table.last, column))).toMatch(/^=IF\(COUNTA\(/);
    }
    const last = allocations.last;
    expect(text(cellOf(layout, last, ALLOCATION_COLUMNS.status))).toContain(
      `COUNTIFS($I$${allocations.first}:$I$${last},I${last},$J$${allocations.first}:$J$${last},"<="&K${last},$K$${allocations.first}:$K$${last},">="&J${last},$H$${allocations.first}:$H$${last},">0")>1`
    );
    expect(text(cellOf(layout, last, ALLOCATION_COLUMNS.normFrom))).toMatch(
      /^=IF\(C\d+="","",SUBSTITUTE\(SUBSTITUTE\(/
    );
    expect(text(cellOf(layout, last, ALLOCATION_COLUMNS.normFrom))).toContain("UPPER(C");
  });

  test("drop-downs, dates and numbers ≥ 0 are validated on every row, blank rows included, with Japanese prompts", () => {
    const { holdings, targets, allocations } = pos;
    const rule = (range: string) => layout.validations.find((v) => v.range === range);
    const kinds = rule(`B${holdings.first}:B${holdings.last}`);
    expect(kinds?.rule).toEqual({ kind: "list", choices: Object.values(CREDIT_KIND_LABELS) });
    expect(kinds?.prompt?.title).toBe("クレジットの種類");
    expect(rule(`C${targets.first}:C${targets.last}`)?.rule).toEqual({
      kind: "list",
      choices: ["会議・イベント", "事務事業", "エコツアー"],
    });
    expect(rule(`F${targets.first}:F${targets.last}`)?.rule).toEqual({ kind: "decimal", min: 0 });
    expect(rule(`I${holdings.first}:I${holdings.last}`)?.rule).toEqual({ kind: "decimal", min: 0 });
    const retired = rule(`E${allocations.first}:E${allocations.last}`);
    expect(retired?.rule).toEqual({ kind: "whole", min: 36526, max: 73050 });
    expect(retired?.prompt).toEqual({
      title: "無効化日",
      message: "日付を入力してください（例: 2012/1/20）。",
    });
    expect(rule(`E${targets.first}:E${targets.last}`)?.rule.kind).toBe("whole");
  });

  test("状況 columns turn red for ✖ and yellow for △", () => {
    const { allocations } = pos;
    const range = `Q${allocations.first}:Q${allocations.last}`;
    const formats = layout.conditionalFormats.filter((c) => c.range === range);
    expect(formats.map((f) => f.formula)).toEqual([
      `=ISNUMBER(FIND("✖",Q${allocations.first}))`,
      `=AND(ISERROR(FIND("✖",Q${allocations.first})),ISNUMBER(FIND("△",Q${allocations.first})))`,
      `=LEFT(Q${allocations.first},2)="OK"`,
    ]);
    expect(formats[0]?.fill).toBe("#F8D7DA");
    expect(formats[1]?.fill).toBe("#FFF3CD");
    for (const table of ["holdings", "targets"] as const) {
      const column = columnLetters(STATUS[table]);
      expect(
        layout.conditionalFormats.some(
          (c) => c.range === `${column}${pos[table].first}:${column}${pos[table].last}`
        )
      ).toBe(true);
    }
  });

  test("an empty ledger is a valid sheet of blank rows", () => {
    const empty = buildLedgerSheet({ holdings: [], targets: [], allocations: [] });
    expect(validateLayouts([empty])).toEqual([]);
  });
});

describe("the sheet's checks agree with checkLedger (HyperFormula)", () => {
  test("the problem ledger: the same words on the same rows, and the summary", () => {
    const { engine, sheet, pos, cells } = loaded(PROBLEM_LEDGER);
    setValue(engine, sheet, cells.baseDate, null);
    expect(sheetWords(engine, sheet, pos, countsOf(PROBLEM_LEDGER))).toEqual(
      expectedWords(PROBLEM_LEDGER)
    );
    const totals = ledgerTotals(PROBLEM_LEDGER);
    expect(valueAt(engine, sheet, cells.heldT.replace(/\$/g, ""))).toBe(totals.heldT);
    expect(valueAt(engine, sheet, cells.allocatedT.replace(/\$/g, ""))).toBe(totals.allocatedT);
    expect(valueAt(engine, sheet, cells.retiredT.replace(/\$/g, ""))).toBe(totals.retiredT);
    expect(valueAt(engine, sheet, cells.neededT.replace(/\$/g, ""))).toBe(totals.neededT);
    // ✖ rows: holdings 0, 1, 2; targets 1, 4; allocations 0 (the other half of the double allocation), 1, 2, 5, 6, 7.
    // △ rows: target 3; allocations 1, 2, 4, 8. Rows with either: 14.
    expect(valueAt(engine, sheet, "C11")).toBe(11);
    expect(valueAt(engine, sheet, "C12")).toBe(5);
    expect(valueAt(engine, sheet, "C13")).toBe(14);
    expect(valueAt(engine, sheet, "C5")).toBe("✖ 要対応の行が 11 行あります");
    // Blank rows stay blank.
    expect(valueAt(engine, sheet, address(pos.allocations.last, ALLOCATION_COLUMNS.status))).toBe(
      ""
    );
    expect(valueAt(engine, sheet, address(pos.allocations.last, ALLOCATION_COLUMNS.tonnes))).toBe(
      ""
    );
  });

  test("each problem in words: double allocation, over-allocation, late retirement", () => {
    const { engine, sheet, pos, cells } = loaded(PROBLEM_LEDGER);
    setValue(engine, sheet, cells.baseDate, null);
    const status = (table: Table, index: number) =>
      valueAt(engine, sheet, address(pos[table].first + index, STATUS[table]));
    expect(status("allocations", 0)).toBe("✖二重割当");
    expect(status("allocations", 1)).toBe("✖二重割当 △無効化遅延");
    expect(status("allocations", 5)).toBe("✖無効化遅延");
    expect(status("holdings", 1)).toBe("✖割当超過");
    expect(status("holdings", 0)).toBe("✖二重保有");
    expect(status("targets", 0)).toBe("OK");
    expect(
      valueAt(engine, sheet, address(pos.allocations.first + 1, ALLOCATION_COLUMNS.days))
    ).toBe(excelDate("2012-11-01")! - excelDate("2012-03-31")!);
    expect(
      valueAt(engine, sheet, address(pos.allocations.first + 1, ALLOCATION_COLUMNS.warnBy))
    ).toBe(excelDate("2012-09-30"));
    expect(
      valueAt(engine, sheet, address(pos.allocations.first + 5, ALLOCATION_COLUMNS.errorBy))
    ).toBe(excelDate("2012-11-03"));
    // H2's 5 t typed in full-width and H3's last serial as the number alone.
    expect(valueAt(engine, sheet, address(pos.holdings.first + 1, HOLDING_COLUMNS.heldT))).toBe(5);
    expect(valueAt(engine, sheet, address(pos.holdings.first + 2, HOLDING_COLUMNS.end))).toBe(112);
  });

  test("with a base date (today) a missing retirement past the time frame is overdue in both", () => {
    const { engine, sheet, pos, cells } = loaded(PROBLEM_LEDGER);
    for (const today of ["2012-09-30", "2012-10-01", "2013-06-01"]) {
      setValue(engine, sheet, cells.baseDate, excelDate(today));
      expect(sheetWords(engine, sheet, pos, countsOf(PROBLEM_LEDGER))).toEqual(
        expectedWords(PROBLEM_LEDGER, today)
      );
    }
    expect(
      valueAt(engine, sheet, address(pos.allocations.first + 8, ALLOCATION_COLUMNS.status))
    ).toBe("△無効化期限超過");
  });

  test("rows the user types in the blank rows are checked the same way", () => {
    const { engine, sheet, pos, cells } = loaded(PROBLEM_LEDGER);
    setValue(engine, sheet, cells.baseDate, null);
    const row = pos.allocations.first + PROBLEM_LEDGER.allocations.length;
    const typed: Allocation = {
      holdingId: "H1",
      targetId: "T5",
      serialFrom: "ＪＰ－２００－０００－０００－０１１－１０５",
      serialTo: "１０６",
      retired: "2012-02-01",
      retiredBy: "区",
    };
    setValue(engine, sheet, address(row, ALLOCATION_COLUMNS.holdingId), typed.holdingId);
    setValue(engine, sheet, address(row, ALLOCATION_COLUMNS.targetId), typed.targetId);
    setValue(engine, sheet, address(row, ALLOCATION_COLUMNS.serialFrom), typed.serialFrom);
    setValue(engine, sheet, address(row, ALLOCATION_COLUMNS.serialTo), typed.serialTo);
    setValue(engine, sheet, address(row, ALLOCATION_COLUMNS.retired), excelDate(typed.retired));
    const extended: LedgerRequest = {
      ...PROBLEM_LEDGER,
      allocations: [...PROBLEM_LEDGER.allocations, typed],
    };
    expect(sheetWords(engine, sheet, pos, countsOf(extended))).toEqual(expectedWords(extended));
    expect(valueAt(engine, sheet, address(row, ALLOCATION_COLUMNS.status))).toBe("✖二重割当");
    expect(valueAt(engine, sheet, address(row, ALLOCATION_COLUMNS.tonnes))).toBe(2);
    // A new holding typed below the others, and a new target.
    const hRow = pos.holdings.first + PROBLEM_LEDGER.holdings.length;
    setValue(engine, sheet, address(hRow, HOLDING_COLUMNS.id), "H4");
    setValue(engine, sheet, address(hRow, HOLDING_COLUMNS.serialFrom), "JP-200-000-000-013-001");
    setValue(engine, sheet, address(hRow, HOLDING_COLUMNS.serialTo), "JP-200-000-000-013-010");
    expect(valueAt(engine, sheet, address(hRow, HOLDING_COLUMNS.heldT))).toBe(10);
    expect(valueAt(engine, sheet, address(hRow, HOLDING_COLUMNS.status))).toBe("OK");
    setValue(engine, sheet, address(hRow, HOLDING_COLUMNS.serialTo), "JP-200-000-000-014-010");
    expect(valueAt(engine, sheet, address(hRow, HOLDING_COLUMNS.status))).toBe("✖シリアル不正");
  });

  test("ids missing, duplicated or unknown, and a backward holding range: the same in both", () => {
    const S = (n: number) => `JP-200-000-000-011-${n}`;
    const base = PROBLEM_LEDGER.holdings[0]!;
    const event = PROBLEM_LEDGER.targets[0]!;
    const ledger: LedgerRequest = {
      holdings: [
        { ...base, id: "H", serialFrom: S(1), serialTo: S(2) },
        { ...base, id: "H", serialFrom: S(3), serialTo: S(4) },
        { ...base, id: "", serialFrom: S(5), serialTo: S(5) },
        { ...base, id: "R", serialFrom: S(9), serialTo: S(6) },
      ],
      targets: [
        { ...event, id: "T", creditsNeededT: 0 },
        { ...event, id: "T", creditsNeededT: 0 },
      ],
      allocations: [
        {
          holdingId: "",
          targetId: "X",
          serialFrom: S(1),
          serialTo: "",
          retired: "2011-11-04",
          retiredBy: "",
        },
        {
          holdingId: "R",
          targetId: "T",
          serialFrom: S(7),
          serialTo: "",
          retired: "2011-11-04",
          retiredBy: "",
        },
      ],
    };
    const { engine, sheet, pos, cells } = loaded(ledger);
    setValue(engine, sheet, cells.baseDate, null);
    expect(sheetWords(engine, sheet, pos, countsOf(ledger))).toEqual(expectedWords(ledger));
    expect(valueAt(engine, sheet, address(pos.holdings.first + 3, HOLDING_COLUMNS.status))).toBe(
      "✖シリアル不正"
    );
  });

  test("the Tokyo 62 joint purchase: every row OK, 100 t held, allocated and retired", () => {
    const ledger = tokyo62();
    const { engine, sheet, pos, cells } = loaded(ledger);
    setValue(engine, sheet, cells.baseDate, excelDate("2012-03-01"));
    const words = sheetWords(engine, sheet, pos, countsOf(ledger));
    expect(words).toEqual(expectedWords(ledger, "2012-03-01"));
    expect([...words.holdings, ...words.targets, ...words.allocations].flat()).toEqual([]);
    expect(valueAt(engine, sheet, "C5")).toBe("OK 問題はありません");
    expect([6, 7, 8, 9, 10, 13].map((r) => valueAt(engine, sheet, `C${r}`))).toEqual([
      100, 100, 100, 100, 0, 0,
    ]);
    // One tonne handed to two events shows on both rows.
    const last = pos.allocations.first + 46;
    setValue(
      engine,
      sheet,
      address(last, ALLOCATION_COLUMNS.serialFrom),
      "JP-200-000-000-045-1001"
    );
    setValue(engine, sheet, address(last, ALLOCATION_COLUMNS.serialTo), "1002");
    expect(valueAt(engine, sheet, address(pos.allocations.first, ALLOCATION_COLUMNS.status))).toBe(
      "✖二重割当"
    );
    expect(valueAt(engine, sheet, address(last, ALLOCATION_COLUMNS.status))).toBe("✖二重割当");
    expect(valueAt(engine, sheet, "C11")).toBe(2);
  });
});
