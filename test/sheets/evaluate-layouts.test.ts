/**
 * The pane's preview computes the layouts without Excel (src/sheets/evaluate-layouts.ts, fast-formula-parser and the
 * core). Checked against the test oracle, HyperFormula with the GHG plugin: every formula cell of every build, with
 * its input cells filled with values their rules allow, shows the same value or the same error.
 */
import { ACTIVITY_TYPES } from "../../src/scenarios";
import { buildWorkbook } from "../../src/sheets/builders";
import { DEFAULT_SETTINGS, type ActivityChoice } from "../../src/sheets/builders/options";
import { evaluateLayouts } from "../../src/sheets/evaluate-layouts";
import type { SheetLayout } from "../../src/sheets/layout";
import { columnNumber } from "../../src/sheets/addresses";
import {
  blankInputCells,
  formulaCells,
  loadWorkbook,
  resolveWorkbook,
  shownAt,
  type InputCell,
} from "../helpers/workbook-engine";

const EVENT = {
  name: "環境フェア",
  dates: "2026-06-01",
  place: "区民ホール",
  organizer: "○○区",
  participants: 1200,
  days: 2,
  paidEntry: true,
};
const everyMethod: ActivityChoice[] = ACTIVITY_TYPES.flatMap((a) =>
  a.methods.map((m) => ({ actorKey: "organizer", activityKey: a.key, methodKey: m.key }))
);

/** A value the cell's rule allows: its first choice, or a small number within its bounds. */
function valueFor(cell: InputCell): string | number {
  const rule = cell.rule;
  if (rule?.kind === "list") return rule.choices[0]!;
  if (rule) return Math.max(rule.min, Math.min(rule.max ?? 3, 3));
  return 3;
}

/** The layouts with their blank input cells filled, as a clerk would have typed them. */
function filled(layouts: readonly SheetLayout[]): SheetLayout[] {
  const resolved = resolveWorkbook(layouts);
  const inputs = blankInputCells(resolved);
  return layouts.map((layout, index) => {
    const cells = layout.cells.map((row) => [...row]);
    for (const input of inputs.filter((i) => i.sheet === resolved[index]!.name)) {
      const [, letters = "", digits = ""] = /^([A-Z]+)(\d+)$/.exec(input.address) ?? [];
      const row = Number(digits) - 1;
      const column = columnNumber(letters) - 1;
      while (cells.length <= row) cells.push([]);
      const line = cells[row]!;
      while (line.length <= column) line.push(null);
      line[column] = valueFor(input);
    }
    return { ...layout, cells };
  });
}

const BUILDS: readonly { name: string; layouts: () => SheetLayout[] }[] = [
  {
    name: "every method of every activity, with questionnaires and disclosure",
    layouts: () =>
      buildWorkbook({
        scenario: "A1",
        event: EVENT,
        activities: everyMethod,
        settings: DEFAULT_SETTINGS,
        withQuestionnaires: true,
        withDisclosure: true,
        participantsPay: false,
      }),
  },
];

describe.each(BUILDS)("$name", ({ layouts }) => {
  const input = filled(layouts());
  const oracle = loadWorkbook(resolveWorkbook(input));
  const computed = evaluateLayouts(input);
  const resolved = resolveWorkbook(input);
  const cells = formulaCells(resolved);

  test("has formula cells", () => {
    expect(cells.length).toBeGreaterThan(50);
  });

  test("every formula cell shows what HyperFormula computes", () => {
    const differences: string[] = [];
    for (const { sheet, address } of cells) {
      const index = resolved.findIndex((l) => l.name === sheet);
      const [, letters = "", digits = ""] = /^([A-Z]+)(\d+)$/.exec(address) ?? [];
      const ours = computed.get(resolved[index]!.key)?.[Number(digits) - 1]?.[
        columnNumber(letters) - 1
      ];
      const theirs = shownAt(oracle, sheet, address);
      const same =
        typeof theirs === "number" && typeof ours === "number"
          ? Math.abs(ours - theirs) <= 1e-9 * Math.max(1, Math.abs(theirs))
          : typeof theirs === "object" && theirs !== null
            ? typeof ours === "object" &&
              ours !== null &&
              ours.error ===
                `#${theirs.error.replace("DIV_BY_ZERO", "DIV/0")}${theirs.error === "NA" ? "" : "!"}`.replace(
                  "#NA",
                  "#N/A"
                )
            : ours === theirs;
      if (!same)
        differences.push(
          `${sheet}!${address}: ${JSON.stringify(ours)} vs ${JSON.stringify(theirs)}`
        );
    }
    expect(differences.slice(0, 20)).toEqual([]);
  });
});
