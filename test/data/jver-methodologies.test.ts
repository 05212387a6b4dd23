import { JVER_METHODOLOGIES, type Methodology } from "../../src/core/data/jver-methodologies";

const rows: readonly Methodology[] = JVER_METHODOLOGIES;
const row = (id: string): Methodology => {
  const r = rows.find((x) => x.id === id);
  if (!r) throw new Error(`no row ${id}`);
  return r;
};

describe("JVER_METHODOLOGIES (seed 002 lines 1811-1842, 2023-2031)", () => {
  it("has E001..E024 contiguous, L001 and R001..R003: 28 rows", () => {
    const e = Array.from({ length: 24 }, (_, i) => `E${String(i + 1).padStart(3, "0")}`);
    expect(rows.map((r) => r.id)).toEqual([...e, "L001", "R001", "R002", "R003"]);
  });

  it("marks R rows as removals and the rest as reductions", () => {
    for (const r of rows) expect(r.kind).toBe(r.id.startsWith("R") ? "removal" : "reduction");
    expect(rows.filter((r) => r.citation.table.startsWith("●排出削減量")).length).toBe(25);
    expect(rows.filter((r) => r.citation.table.startsWith("●CO2 吸収量")).length).toBe(3);
    for (const r of rows) expect(r.citation.source).toBe("jver-methodologies-2011");
  });

  it("transcribes E001 in full", () => {
    expect(row("E001")).toEqual({
      id: "E001",
      kind: "reduction",
      projectType: {
        ja: "化石燃料から未利用の木質バイオマスへのボイラー燃料代替",
        en: "Replacing boiler fossil fuel with unused woody biomass",
      },
      baselineActivities: ["化石燃料の使用"],
      projectActivities: [
        "未利用材や木質チップなどの運搬",
        "未利用材の事前処理",
        "設備利用時の補助燃料の使用",
      ],
      citation: {
        source: "jver-methodologies-2011",
        table: "●排出削減量の算定で考慮する排出活動（B1・B2 4(1)③、104～110頁）",
      },
    });
  });

  it("spot values", () => {
    expect(row("E018").baselineActivities).toHaveLength(4);
    expect(row("E018").projectActivities).toEqual([
      "バイオガスによる熱／電気供給設備による化石燃料の使用",
      "バイオガスやその原料の収集・運搬",
      "事前処理における電力または化石燃料の使用",
      "事後処理における電力の使用",
      "バイオガスの漏洩",
    ]);
    expect(row("E024").projectType.ja).toBe("太陽光発電による系統電力の代替");
    expect(row("L001").projectType.ja).toBe(
      "低タンパク配合飼料利用による豚のふん尿処理からのN2O排出抑制"
    );
    expect(row("R002").projectActivities).toEqual([
      "地上部・地下部バイオマス (森林経営活動 [植栽、間伐] の実施による追加分)",
      "主伐に伴う CO2 排出",
    ]);
    expect(row("R003").baselineActivities).toEqual([
      "地上部・地下部バイオマス (植林前の土地利用の状態)",
    ]);
  });

  it("has clean bullets: non-empty, no markup or bullet marks", () => {
    for (const r of rows) {
      expect(r.baselineActivities.length).toBeGreaterThan(0);
      expect(r.projectActivities.length).toBeGreaterThan(0);
      for (const b of [...r.baselineActivities, ...r.projectActivities])
        expect(b).toMatch(/^[^\s<・].*[^\s]$/);
      expect(r.projectType.en.length).toBeGreaterThan(0);
    }
    expect(new Set(rows.map((r) => r.projectType.ja)).size).toBe(rows.length);
  });
});
