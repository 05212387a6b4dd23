import { PREFECTURES, TOHOKU_SIX, type Prefecture } from "../../src/core/data/prefectures";
import { sharedSpellings } from "./names";

const rows: readonly Prefecture[] = PREFECTURES;

describe("PREFECTURES", () => {
  it("has the 47 prefectures in JIS code order", () => {
    expect(rows).toHaveLength(47);
    expect(rows[0]?.name.ja).toBe("北海道");
    expect(rows[12]).toEqual({
      key: "tokyo",
      name: { ja: "東京都", en: "Tokyo" },
      aliases: ["東京", "Tokyo-to", "Tōkyō", "tokyo"],
    });
    expect(rows[26]?.name.ja).toBe("大阪府");
    expect(rows[46]?.name.ja).toBe("沖縄県");
    expect(rows.filter((p) => p.name.ja.endsWith("県"))).toHaveLength(43);
  });

  it("uses lower-case ascii keys", () => {
    for (const p of rows) expect(p.key).toMatch(/^[a-z]+$/);
  });

  it("never gives two prefectures the same key, name or alias", () => {
    expect(sharedSpellings(rows, (p) => [p.key, p.name.ja, p.name.en, ...p.aliases])).toEqual([]);
  });

  it("TOHOKU_SIX is 青森 岩手 宮城 秋田 山形 福島", () => {
    const names = TOHOKU_SIX.map((k) => rows.find((p) => p.key === k)?.name.ja);
    expect(names).toEqual(["青森県", "岩手県", "宮城県", "秋田県", "山形県", "福島県"]);
  });
});
