import {
  CFP_EXAMPLES,
  MINATO_FLYER_EXAMPLE,
  type CfpExample,
} from "../../src/core/data/cfp-examples";
import { sharedSpellings } from "./names";

const rows: readonly CfpExample[] = CFP_EXAMPLES;
const row = (key: string): CfpExample => {
  const r = rows.find((x) => x.key === key);
  if (!r) throw new Error(`no row ${key}`);
  return r;
};

describe("CFP_EXAMPLES", () => {
  it("has 6 printed items (5 CFP + 港区) and 8 products", () => {
    expect(rows.filter((r) => r.kind === "printed")).toHaveLength(6);
    expect(rows.filter((r) => r.kind === "product")).toHaveLength(8);
  });

  it("transcribes the DNP pamphlet in full", () => {
    expect(row("dnp-pamphlet")).toEqual({
      key: "dnp-pamphlet",
      name: {
        ja: "DNP パンフレット (エコプロダクツ 2010 配布用)",
        en: "DNP pamphlet (Eco-Products 2010 handout)",
      },
      maker: "大日本印刷株式会社",
      spec: "A4 判、水なしオフセット 4 色刷、糊綴じ、8 頁、部数：10,000 部、重量 (1 部あたり)：26.8g",
      value: 91.2,
      unit: "g-CO2/部",
      gramsPerUnit: 91.2,
      kind: "printed",
      aliases: ["パンフレット", "pamphlet"],
      citation: {
        source: "cfp-certified-products",
        table: "刊行物の製作：具体的な算定例（A1 3(2)、40～48頁）",
      },
    });
  });

  it.each([
    ["dnp-leaflet", 152, "g-CO2/部"],
    ["ecopro-insert-flyer", 32.6, "g-CO2/部"],
    ["ecopro-guide-tabloid", 114, "g-CO2/部"],
    ["kankyo-business-special", 72.2, "g-CO2/冊"],
    ["minato-flyer-b5", 9.5, "g-CO2/部"],
    ["garbage-bag-nonburnable", 1.4, "kg-CO2/10枚"],
    ["garbage-bag-burnable", 1.4, "kg-CO2/10枚"],
    ["work-jacket-men", 15.8, "kg-CO2/枚"],
    ["office-jacket-women", 13.9, "kg-CO2/枚"],
    ["work-pants-men", 12.9, "kg-CO2/枚"],
    ["oil-marker", 153, "kg-CO2/本"],
    ["tube-file", 2.22, "kg-CO2/冊"],
    ["school-training-pants", 10.7, "kg-CO2/枚"],
  ])("%s is %d %s as printed", (key, value, unit) => {
    expect([row(key).value, row(key).unit]).toEqual([value, unit]);
  });

  it("converts every value to g-CO2 per single item", () => {
    for (const r of rows) {
      const m = /^(k?g)-CO2\/(\d*)(部|冊|枚|本)$/.exec(r.unit);
      expect(m).not.toBeNull();
      const factor = m?.[1] === "kg" ? 1000 : 1;
      const pack = m?.[2] ? Number(m[2]) : 1;
      expect(r.gramsPerUnit).toBeCloseTo((r.value * factor) / pack, 9);
    }
    expect(row("garbage-bag-burnable").gramsPerUnit).toBe(140);
    expect(row("tube-file").gramsPerUnit).toBe(2220);
    expect(row("oil-marker").gramsPerUnit).toBe(153000); // as printed; see the module comment
    expect(row("dnp-leaflet").gramsPerUnit).toBe(152);
  });

  it("cites the CFP programme, and the guidebook for the 港区 example", () => {
    for (const r of rows)
      expect(r.citation.source).toBe(
        r.key === "minato-flyer-b5" ? "guidebook-2011" : "cfp-certified-products"
      );
  });

  it("has unique keys and aliases (NFKC, lower case)", () => {
    expect(sharedSpellings(rows, (r) => [r.key, r.name.ja, r.name.en, ...r.aliases])).toEqual([]);
  });
});

describe("MINATO_FLYER_EXAMPLE (seed 002 lines 402-415)", () => {
  it("lists the seven steps with their kg-CO2", () => {
    expect(MINATO_FLYER_EXAMPLE.steps.map((s) => [s.process.ja, s.kgCo2])).toEqual([
      ["用紙", 146.48],
      ["版材", 17.55],
      ["インキ", 0.83],
      ["印版", 0.51],
      ["印刷", 32.46],
      ["加工", 0.02],
      ["輸送", 0.73],
    ]);
  });

  it("adds up to the printed total 198.58 kg and 9.5 g per copy of 21,000", () => {
    const sum = MINATO_FLYER_EXAMPLE.steps.reduce((a, s) => a + s.kgCo2, 0);
    expect(sum).toBeCloseTo(MINATO_FLYER_EXAMPLE.totalKg, 9);
    expect(MINATO_FLYER_EXAMPLE.totalKg).toBe(198.58);
    expect(MINATO_FLYER_EXAMPLE.copies).toBe(21000);
    expect(
      Math.round(((MINATO_FLYER_EXAMPLE.totalKg * 1000) / MINATO_FLYER_EXAMPLE.copies) * 10) / 10
    ).toBe(MINATO_FLYER_EXAMPLE.perCopyG);
    expect(row("minato-flyer-b5").value).toBe(MINATO_FLYER_EXAMPLE.perCopyG);
  });
});
