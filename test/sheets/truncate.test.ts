/**
 * Cutting names and texts to Excel's limits without breaking a character: emoji (two UTF-16 units), flags (two
 * regional indicators), family ZWJ sequences, and letters with combining marks. Every sheet name a builder makes or
 * the name planner picks is ≤ 31 UTF-16 units, well-formed (no lone surrogate), whole clusters, unique on a clash.
 */
import { collectParsed } from "../../src/collect/collect";
import { defaultMethodOf, findActivityType, findScenario } from "../../src/scenarios";
import { buildWorkbook } from "../../src/sheets/builders";
import { buildCollectionWorkbook } from "../../src/collect/builders/collection";
import { buildForestProjectSheet } from "../../src/sheets/builders/forest-project";
import {
  DEFAULT_SETTINGS,
  type ActivityChoice,
  type EventInfo,
} from "../../src/sheets/builders/options";
import { buildReductionProjectSheet } from "../../src/sheets/builders/reduction-project";
import { promptMessage, promptTitle } from "../../src/sheets/builders/styles";
import { SheetGrid } from "../../src/sheets/grid";
import type { SheetLayout } from "../../src/sheets/layout";
import {
  planNames,
  sanitizeIdentifier,
  sanitizeSheetName,
  SHEET_NAME_MAX,
} from "../../src/sheets/resolve-names";
import {
  approximateGraphemes,
  graphemes,
  truncateText,
  truncateWithEllipsis,
  withoutLoneSurrogates,
} from "../../src/sheets/truncate";
import { validateLayouts } from "../../src/sheets/validate-layout";
import { fileNamePart } from "../../src/taskpane/files/file-names";
import { exhibitorResponse } from "../helpers/forms";
import { layout } from "../helpers/layouts";

const TREE = "🌲"; // U+1F332: 2 UTF-16 units
const FLAG = "🇯🇵"; // two regional indicators: 4 units, one character
const FAMILY = "👨‍👩‍👧‍👦"; // four emoji joined by three ZWJs: 11 units, one character
const GA = "か\u3099"; // か + combining voiced mark: 2 units, one character
const E_ACUTE = "e\u0301"; // e + combining acute: 2 units, one character
const SAMPLES = [
  TREE.repeat(40),
  FLAG.repeat(20),
  FAMILY.repeat(6),
  GA.repeat(40),
  E_ACUTE.repeat(40),
  `${"a".repeat(29)}${TREE}`,
  `${"x".repeat(28)}${FAMILY}`,
  `算定_${FLAG}${GA}${TREE}`.repeat(6),
  // Odd offsets, so that a builder's prefix plus slice(0, 31) would cut a tree, a flag or a か\u3099 in half.
  `a${TREE.repeat(40)}`,
  `ab${FLAG.repeat(20)}`,
  `a${GA.repeat(40)}`,
  `ab${E_ACUTE.repeat(40)}`,
];

/** Grapheme clusters as Intl.Segmenter splits them (the reference; independent of the code under test). */
const reference = (text: string): string[] =>
  Array.from(
    new Intl.Segmenter(undefined, { granularity: "grapheme" }).segment(text),
    (s) => s.segment
  );
/** No lone surrogate: encodeURIComponent throws on one. */
const wellFormed = (text: string): boolean => {
  try {
    encodeURIComponent(text);
    return true;
  } catch {
    return false;
  }
};
/** `part` is made of the first whole clusters of `whole`. */
const wholeClustersOf = (part: string, whole: string): boolean => {
  const clusters = reference(part);
  return reference(whole).slice(0, clusters.length).join("") === part;
};

describe("truncateText", () => {
  test("cuts to at most max UTF-16 units, in whole clusters, as long as possible", () => {
    expect(truncateText(TREE.repeat(40), 31)).toBe(TREE.repeat(15));
    expect(truncateText(FLAG.repeat(20), 31)).toBe(FLAG.repeat(7));
    expect(truncateText(`${"a".repeat(25)}${FAMILY}`, 31)).toBe("a".repeat(25));
    expect(truncateText(`${"a".repeat(20)}${FAMILY}b`, 31)).toBe(`${"a".repeat(20)}${FAMILY}`);
    expect(truncateText(GA.repeat(40), 31)).toBe(GA.repeat(15));
    expect(truncateText(E_ACUTE.repeat(40), 31)).toBe(E_ACUTE.repeat(15));
    expect(truncateText(`${"a".repeat(30)}${TREE}`, 31)).toBe("a".repeat(30));
    expect(truncateText("短い", 31)).toBe("短い");
    for (const text of SAMPLES) {
      for (const max of [1, 2, 3, 5, 10, 27, 31, 32]) {
        const cut = truncateText(text, max);
        expect(cut.length).toBeLessThanOrEqual(max);
        expect(wellFormed(cut)).toBe(true);
        expect(wholeClustersOf(cut, text)).toBe(true);
        // As long as possible: the next whole cluster would not fit.
        const next = reference(text)[reference(cut).length];
        if (next !== undefined) expect(cut.length + next.length).toBeGreaterThan(max);
      }
    }
  });

  test("by code points where asked (file names)", () => {
    expect(truncateText(TREE.repeat(100), 60, "codePoints")).toBe(TREE.repeat(60));
    expect(truncateText(FLAG.repeat(40), 61, "codePoints")).toBe(FLAG.repeat(30));
  });

  test("with an ellipsis that counts towards the limit", () => {
    expect(truncateWithEllipsis(TREE.repeat(20), 32)).toBe(`${TREE.repeat(15)}…`);
    expect(truncateWithEllipsis("abc", 32)).toBe("abc");
    expect(promptTitle(TREE.repeat(20))).toBe(`${TREE.repeat(15)}…`);
    expect(promptTitle(`${"a".repeat(30)}${TREE}b`)).toBe(`${"a".repeat(30)}…`);
    expect(promptMessage(GA.repeat(200)).length).toBeLessThanOrEqual(255);
    expect(promptMessage(GA.repeat(200)).endsWith(`${GA}…`)).toBe(true);
  });

  test("the approximation used without Intl.Segmenter splits the samples as Intl.Segmenter does", () => {
    for (const text of [...SAMPLES, "👍🏽👍🏿", "🏴󠁧󠁢󠁳󠁣󠁴󠁿x", "❤️‍🔥a", `${FLAG}${FLAG}🇺`, "abc"])
      expect([text, approximateGraphemes(text)]).toEqual([text, reference(text)]);
    expect(graphemes(FAMILY + FLAG)).toEqual([FAMILY, FLAG]);
  });

  test("without Intl.Segmenter (older Office web views) the cut still keeps clusters whole", () => {
    const original = Intl.Segmenter;
    try {
      (Intl as { Segmenter?: unknown }).Segmenter = undefined;
      jest.isolateModules(() => {
        const fresh =
          // eslint-disable-next-line @typescript-eslint/no-require-imports -- a fresh copy that sees no Intl.Segmenter
          require("../../src/sheets/truncate") as typeof import("../../src/sheets/truncate");
        expect(fresh.truncateText(`${"a".repeat(20)}${FAMILY}b`, 31)).toBe(
          `${"a".repeat(20)}${FAMILY}`
        );
        expect(fresh.truncateText(FLAG.repeat(20), 31)).toBe(FLAG.repeat(7));
        expect(fresh.truncateText(GA.repeat(40), 31)).toBe(GA.repeat(15));
      });
    } finally {
      (Intl as { Segmenter?: unknown }).Segmenter = original;
    }
  });

  test("lone surrogates are removed", () => {
    expect(withoutLoneSurrogates(`abc${TREE.slice(0, 1)}`)).toBe("abc");
    expect(withoutLoneSurrogates(`${TREE.slice(1)}abc${TREE}`)).toBe(`abc${TREE}`);
    expect(withoutLoneSurrogates(FAMILY)).toBe(FAMILY);
  });
});

describe("sheet names", () => {
  test("sanitizeSheetName: ≤ 31 units, well-formed, whole clusters", () => {
    for (const text of SAMPLES) {
      const name = sanitizeSheetName(text);
      expect(name.length).toBeLessThanOrEqual(SHEET_NAME_MAX);
      expect(wellFormed(name)).toBe(true);
      expect(wholeClustersOf(name, text)).toBe(true);
    }
    // What slice(0, 31) used to leave (half a tree) is dropped.
    expect(sanitizeSheetName(TREE.repeat(20).slice(0, 31))).toBe(TREE.repeat(15));
  });

  test('a clash gets " (2)", " (3)" … within 31 units, without breaking the character before it', () => {
    for (const text of SAMPLES) {
      const layouts = [layout("a", text), layout("b", text), layout("c", text)];
      const names = [
        ...planNames(layouts, {
          sheets: [sanitizeSheetName(text)],
          tables: [],
          names: [],
        }).sheets.values(),
      ];
      expect(new Set(names.map((n) => n.normalize("NFKC").toUpperCase())).size).toBe(3);
      names.forEach((name, i) => {
        const suffix = ` (${i + 2})`;
        expect(name.endsWith(suffix)).toBe(true);
        expect(name.length).toBeLessThanOrEqual(SHEET_NAME_MAX);
        expect(wellFormed(name)).toBe(true);
        expect(wholeClustersOf(name.slice(0, -suffix.length), text)).toBe(true);
      });
    }
    expect(
      planNames([layout("a", TREE.repeat(20))], {
        sheets: [TREE.repeat(15)],
        tables: [],
        names: [],
      }).sheets.get("a")
    ).toBe(`${TREE.repeat(13)} (2)`);
  });

  test("identifiers (tables, defined names) are cut in whole characters too", () => {
    const name = sanitizeIdentifier(`表${"𩸽".repeat(200)}`);
    expect(name.length).toBeLessThanOrEqual(255);
    expect(wellFormed(name)).toBe(true);
    const marked = sanitizeIdentifier(`表${GA.repeat(200)}`);
    expect(marked.endsWith(GA)).toBe(true);
  });

  test("SheetGrid cuts the name it is given; builders pass names of any length", () => {
    expect(new SheetGrid("k", `算定_${TREE.repeat(20)}`, [10]).name).toBe(
      `算定_${TREE.repeat(14)}`
    );
    expect(new SheetGrid("k", `算定_${FAMILY.repeat(3)}`, [10]).name).toBe(
      `算定_${FAMILY.repeat(2)}`
    );
  });
});

describe("the builders' sheet names from an event or project named with emoji and combining marks", () => {
  const activities = (): ActivityChoice[] =>
    (findScenario("A1")?.actors ?? []).flatMap((actor) =>
      actor.activities.map((activityKey) => ({
        actorKey: actor.key,
        activityKey,
        methodKey: defaultMethodOf(findActivityType(activityKey)!)!.key,
      }))
    );
  const event = (name: string): EventInfo => ({
    name,
    dates: "2026-06-01",
    place: "区民ホール",
    organizer: "○○区",
    participants: 100,
    days: 1,
    paidEntry: false,
  });
  /** Every name fits and is well-formed; those named after what the clerk typed (prefix → key) keep whole clusters of it. */
  const check = (
    layouts: readonly SheetLayout[],
    source: string,
    typedAfter: Record<string, string>
  ) => {
    for (const l of layouts) {
      expect([l.key, l.name.length <= SHEET_NAME_MAX, wellFormed(l.name)]).toEqual([
        l.key,
        true,
        true,
      ]);
      const prefix = typedAfter[l.key];
      if (prefix === undefined) continue;
      expect(l.name.startsWith(prefix)).toBe(true);
      expect([
        l.key,
        l.name.length > prefix.length,
        wholeClustersOf(l.name.slice(prefix.length), source),
      ]).toEqual([l.key, true, true]);
    }
    expect(Object.keys(typedAfter).every((key) => layouts.some((l) => l.key === key))).toBe(true);
    expect(validateLayouts(layouts).filter((p) => p.where === "name")).toEqual([]);
  };

  test.each(SAMPLES.map((s) => [s] as const))(
    "workbook (boundary, questionnaires, disclosure): %s",
    (name) => {
      const layouts = buildWorkbook({
        scenario: "A1",
        event: event(name),
        activities: activities(),
        settings: DEFAULT_SETTINGS,
        withQuestionnaires: true,
        withDisclosure: true,
        participantsPay: false,
      });
      check(layouts, name, { boundary: "算定_", disclosure: "情報開示_" });
      const names = [...planNames(layouts, { sheets: [], tables: [], names: [] }).sheets.values()];
      expect(new Set(names).size).toBe(layouts.length);
    }
  );

  test.each(SAMPLES.map((s) => [s] as const))("forest and reduction projects: %s", (name) => {
    check(
      [
        buildForestProjectSheet({
          scenario: "B2",
          projectName: name,
          firstYear: 2011,
          years: 5,
          stands: [],
          settings: DEFAULT_SETTINGS,
        }),
      ],
      name,
      { forest: "森林吸収_" }
    );
    check(
      [
        buildReductionProjectSheet({
          projectName: name,
          methodology: "E001",
          settings: DEFAULT_SETTINGS,
        }),
      ],
      name,
      { reduction: "排出削減_" }
    );
  });

  test("collection workbook", () => {
    const name = `${FLAG}${GA}`.repeat(10);
    const responses = [
      exhibitorResponse(
        "回答1.xlsx",
        { organization: "出展団体1", person: "担当者", contact: "03-0000-0000" },
        { "6.count.pre": 10, "6.watts.pre": 40, "6.hours.pre": 8 }
      ),
    ];
    const layouts = buildCollectionWorkbook(collectParsed(responses), {
      settings: DEFAULT_SETTINGS,
      event: event(name),
    });
    check(layouts, name, { boundary: "算定_回収_" });
  });
});

describe("file names", () => {
  test("a long part is cut between whole characters (flags, families, combining marks)", () => {
    expect(fileNamePart(FLAG.repeat(40))).toBe(FLAG.repeat(30));
    const family = fileNamePart(`${"a".repeat(55)}${FAMILY}`);
    expect(family).toBe("a".repeat(55));
    expect(wellFormed(fileNamePart(TREE.repeat(100)))).toBe(true);
  });
});
