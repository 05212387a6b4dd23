/** The glossary the pane's term tooltips read: every term the issue names, in both languages, with its source. */
import { GLOSSARY, glossaryEntry } from "../../src/scenarios/glossary";
import { seeds } from "../helpers/seeds";

const SEEDS = seeds("002");

const NAMED = [
  "バウンダリ",
  "レベル",
  "積み上げ法",
  "按分法",
  "燃料法",
  "燃費法",
  "受電端",
  "発電端",
  "調整後排出係数",
  "J-VER",
  "方法論",
  "BEF",
  "林班",
  "小班",
  "無効化",
  "証書",
  "特定者間完結型",
];

test.each(NAMED)(
  "%s is explained in Japanese and English, with where the guidebook says it",
  (term) => {
    const entry = glossaryEntry(term);
    expect(entry).toBeDefined();
    expect(entry!.ja.length).toBeGreaterThan(20);
    expect(entry!.en.length).toBeGreaterThan(20);
    expect(entry!.source).not.toBe("");
  }
);

test("a term as the pane writes it finds its entry (レベル2, レベル３)", () => {
  expect(glossaryEntry("レベル2")?.term).toBe("レベル");
  expect(glossaryEntry("レベル３")?.term).toBe("レベル");
  expect(glossaryEntry("未知の語")).toBeUndefined();
});

test("every term appears once", () => {
  const terms = GLOSSARY.map((e) => e.term);
  expect(new Set(terms).size).toBe(terms.length);
});

/** 林班・小班 are forest-planning words the guidebook's forest sheets take as given; every other term is its own. */
const FROM_THE_GUIDEBOOK = GLOSSARY.filter((e) => !e.source.startsWith("森林計画"));

SEEDS.test.each(FROM_THE_GUIDEBOOK.map((e) => [e.term] as const))(
  "%s is a word of the guidebook (seed 002)",
  (term) => {
    expect(SEEDS.text("002")).toContain(term);
  }
);
