/** A1 ⇄ R1C1 for column fills: Excel's notation on fixed examples, what is refused, and a lossless round trip on every built formula. */
import fc from "fast-check";
import { fromR1C1, toR1C1 } from "../../src/sheets/r1c1";
import type { SheetLayout } from "../../src/sheets/layout";
import { allActorsWorkbooks, largeCollection, largeLedger } from "../helpers/large-builds";

describe("Excel's R1C1 notation", () => {
  test.each([
    ["=A1+$B$2", 3, 3, "=R[-2]C[-2]+R2C2"],
    ["=C3*2", 3, 3, "=RC*2"],
    ["=SUM($A$2:$H$30)", 5, 1, "=SUM(R2C1:R30C8)"],
    [
      '=IF(A62="","",SUMIFS($H$2073:$H$3092,$A$2073:$A$3092,A62))',
      62,
      18,
      '=IF(RC[-17]="","",SUMIFS(R2073C8:R3092C8,R2073C1:R3092C1,RC[-17]))',
    ],
    ["=$A5+A$5", 6, 2, "=R[-1]C1+R5C[-1]"],
    ["='回収一覧'!$I$12+'B1'!A1", 1, 1, "='回収一覧'!R12C9+'B1'!RC"],
    ["=LOG10(A2)", 2, 2, "=LOG10(RC[-1])"],
    ['="A1 と B2"&C1', 1, 1, '="A1 と B2"&RC[2]'],
    ["=集計[合計]+A1", 2, 1, "=集計[合計]+R[-1]C"],
    ["=Sheet1!XFD1048576", 1, 1, "=Sheet1!R[1048575]C[16383]"],
  ])("%s at row %i, column %i is %s", (a1, row, column, r1c1) => {
    expect(toR1C1(a1, row, column)).toBe(r1c1);
    expect(fromR1C1(r1c1, row, column)).toBe(a1);
  });

  test.each([["=SUM(A:A)"], ["=SUM(1:3)"], ["=a1+1"], ['="unterminated']])(
    "%s is refused (written as it is)",
    (formula) => {
      expect(toR1C1(formula, 1, 1)).toBeUndefined();
    }
  );

  test("a cell reference written anywhere converts back to itself from any cell", () => {
    const column = fc.integer({ min: 1, max: 16384 });
    const row = fc.integer({ min: 1, max: 1_048_576 });
    const cell = fc.record({ column, row, absColumn: fc.boolean(), absRow: fc.boolean() });
    const letters = (n: number): string =>
      n <= 0 ? "" : letters(Math.floor((n - 1) / 26)) + String.fromCharCode(65 + ((n - 1) % 26));
    fc.assert(
      fc.property(cell, cell, row, column, (a, b, atRow, atColumn) => {
        const ref = (c: typeof a) =>
          `${c.absColumn ? "$" : ""}${letters(c.column)}${c.absRow ? "$" : ""}${c.row}`;
        const formula = `=SUM(${ref(a)}:${ref(b)})*${ref(a)}`;
        const r1c1 = toR1C1(formula, atRow, atColumn);
        expect(r1c1).toBeDefined();
        expect(fromR1C1(r1c1 as string, atRow, atColumn)).toBe(formula);
      })
    );
  });
});

describe("every formula the builders write", () => {
  const layouts: SheetLayout[] = [
    ...allActorsWorkbooks().flatMap((w) => w.layouts),
    largeLedger(30),
    ...largeCollection(5),
  ];
  test("converts to R1C1 and back to itself", () => {
    let converted = 0;
    for (const layout of layouts) {
      layout.cells.forEach((cells, r) =>
        cells.forEach((cell, c) => {
          if (cell === null || typeof cell !== "object") return;
          const r1c1 = toR1C1(cell.formula, r + 1, c + 1);
          if (r1c1 === undefined) return;
          converted += 1;
          expect([layout.key, r + 1, c + 1, fromR1C1(r1c1, r + 1, c + 1)]).toEqual([
            layout.key,
            r + 1,
            c + 1,
            cell.formula,
          ]);
        })
      );
    }
    expect(converted).toBeGreaterThan(1000);
  });
});
