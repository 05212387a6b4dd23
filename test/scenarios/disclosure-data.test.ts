import {
  CERTIFICATE_EXAMPLE,
  CERTIFICATE_ITEMS,
  MINIMUM_CERTIFICATE_ITEMS,
} from "../../src/scenarios/certificate";
import { DISCLOSURE_FOOTNOTES, DISCLOSURE_TABLES } from "../../src/scenarios/disclosure";
import { NOTICE_PLACEHOLDERS, NOTICES } from "../../src/scenarios/notices";
import {
  PRE_POST_RECONCILIATION,
  PRE_POST_RECONCILIATION_NOTE,
  PRE_POST_RECONCILIATION_TITLE,
} from "../../src/scenarios/reconciliation";
import { OFFSET_THRESHOLDS } from "../../src/scenarios/thresholds";
import type {
  DisclosureItem,
  DisclosureStageKey,
  DisclosureTable,
  NoticeTemplate,
} from "../../src/scenarios/types";
import { seeds } from "../helpers/seeds";

const tables: readonly DisclosureTable[] = Object.values(DISCLOSURE_TABLES).flat();
const table = (key: string): DisclosureTable => {
  const t = tables.find((x) => x.key === key);
  if (!t) throw new Error(`no table ${key}`);
  return t;
};
const item = (key: string, text: string): DisclosureItem => {
  const found = table(key).items.filter((i) => i.item === text);
  if (found.length !== 1) throw new Error(`${key}: ${found.length} items "${text}"`);
  return found[0]!;
};
/** The marks in the table's stage order, as the guidebook prints them left to right. */
const markRow = (key: string, text: string): string =>
  table(key)
    .stages.map((s) => item(key, text).marks[s.key] ?? " ")
    .join("");

const notices: readonly NoticeTemplate[] = Object.values(NOTICES).flat();

describe("disclosure tables", () => {
  it("has the printed tables with their row counts", () => {
    expect(tables.map((t) => [t.key, t.appliesWhen, t.items.length])).toEqual([
      ["A1-free", "participants-free", 18],
      ["A1-pay", "participants-pay", 25],
      ["A2", "always", 17],
      ["D1-pay", "participants-pay", 25],
    ]);
    expect(Object.keys(DISCLOSURE_FOOTNOTES).sort()).toEqual(tables.map((t) => t.key).sort());
  });

  it("has the printed stage columns", () => {
    expect(tables.map((t) => t.stages.map((s) => `${s.key}:${s.label.ja}`))).toEqual([
      ["advertising:広告・周知", "during:開催中", "after:開催後"],
      ["advertising:広告・周知", "sale:チケット等販売時", "during:開催中", "after:開催後"],
      ["advertising:広告・周知", "after:実施後"],
      ["advertising:広告・周知", "sale:チケット等販売時", "during:実施中", "after:実施後"],
    ]);
  });

  it("stage keys are unique per table and every item has a valid mark for every stage", () => {
    const valid = new Set(["◎", "○", "◆", "-"]);
    for (const t of tables) {
      const keys = t.stages.map((s) => s.key);
      expect(new Set(keys).size).toBe(keys.length);
      for (const i of t.items) {
        expect(Object.keys(i.marks).sort()).toEqual([...keys].sort());
        for (const m of Object.values(i.marks)) expect(valid.has(m)).toBe(true);
      }
    }
  });

  it("free and always tables have no ◆ and no legal notes", () => {
    for (const key of ["A1-free", "A2"]) {
      for (const i of table(key).items) {
        expect(Object.values(i.marks)).not.toContain("◆");
        expect(i.legalNote).toBeUndefined();
      }
    }
  });

  it("A1-free mark rows, including the shifted rows", () => {
    expect(
      markRow("A1-free", "カーボン・オフセットに仕組みの説明(定義、削減努力がまず重要である旨)")
    ).toBe("◎◎○");
    expect(markRow("A1-free", "対象とする活動に伴う排出量とオフセット量(kg、t数)")).toBe("○○◎");
    expect(markRow("A1-free", "クレジットの調達期限・通知方法・頻度")).toBe("○○-");
    expect(markRow("A1-free", "プロジェクト期限")).toBe("○○○");
    expect(markRow("A1-free", "プロジェクトの排出削減・吸収量")).toBe("○○◎");
    expect(item("A1-free", "プロジェクト期限").category).toBe("③ プロジェクト情報");
  });

  it("A1-pay mark rows and legal notes, including the shifted rows", () => {
    expect(markRow("A1-pay", "カーボン・オフセット商品・サービス提供主体の削減努力")).toBe("◎◎◎○");
    expect(markRow("A1-pay", "クレジットの調達状況・無効化方法")).toBe("○◆○◎");
    expect(markRow("A1-pay", "プロジェクト名")).toBe("○○○○");
    expect(markRow("A1-pay", "プロジェクトタイプ")).toBe("◆◆○◎");
    expect(markRow("A1-pay", "プロジェクトの排出削減・吸収量")).toBe("◆◆○◎");
    expect(markRow("A1-pay", "運営統括責任者名")).toBe("◆◆--");
    expect(item("A1-pay", "プロジェクト名").legalNote).toBe(
      "景品表示法、消費者契約法が適用される可能性があるため、適切に表示される必要がある"
    );
    expect(item("A1-pay", "プロジェクトタイプ").legalNote).toBe(
      "景品表示法が適用される可能性があるため、適切に表示される必要がある"
    );
    expect(item("A1-pay", "会議・イベント参加費(チケット費)当たりの販売価格").legalNote).toContain(
      "特定商取引法"
    );
    expect(table("A1-pay").items.filter((i) => i.legalNote).length).toBe(5);
    expect(item("A1-pay", "対象とする活動に伴う排出量とオフセット量(kg、t数)").category).toBe(
      "② 算定量・算定方法"
    );
  });

  it("A2 mark rows", () => {
    expect(markRow("A2", "自己活動実施者の削減努力")).toBe("○◎");
    expect(markRow("A2", "対象とする活動に伴う排出量とオフセット量(kg、t数)")).toBe("◎◎");
    expect(markRow("A2", "プロジェクト期限")).toBe("○○");
    expect(markRow("A2", "プロジェクトの排出削減・吸収量")).toBe("○◎");
  });

  it("D1-pay mark rows and legal notes", () => {
    expect(markRow("D1-pay", "商品・サービス当たりの販売価格")).toBe("◆◆--");
    expect(markRow("D1-pay", "クレジットの調達状況・無効化方法")).toBe("○◆○◎");
    expect(markRow("D1-pay", "プロジェクト概要")).toBe("◆◆○○");
    expect(markRow("D1-pay", "連絡先(所在地、電話番号、e-mail)")).toBe("◆◆○○");
    expect(item("D1-pay", "プロジェクト概要").legalNote).toBe(
      "景品表示法が適用される可能性があるため、適切に表示される必要がある"
    );
    expect(item("D1-pay", "販売事業者(自治体名)").legalNote).toContain("特定商取引法");
    expect(table("D1-pay").items.filter((i) => i.legalNote).length).toBe(6);
  });

  it("A1-pay and D1-pay agree row by row except the two scenario-specific items", () => {
    const a = table("A1-pay").items;
    const d = table("D1-pay").items;
    const differing = a.flatMap((row, n) => (row.item === d[n]?.item ? [] : [row.item]));
    expect(differing).toEqual(["会議・イベント参加費(チケット費)当たりの販売価格"]);
    expect(a.map((r) => [r.category, JSON.stringify(r.marks)])).toEqual(
      d.map((r) => [r.category, JSON.stringify(r.marks)])
    );
  });
});

describe("notices", () => {
  const used = new Set(
    notices.flatMap((n) =>
      n.lines.flatMap((l) => [...l.matchAll(/\{([A-Z_]+)\}/g)].map((m) => m[1]!))
    )
  );

  it("has the printed examples", () => {
    expect(notices.map((n) => n.key)).toEqual([
      "A1-flyer",
      "A1-during",
      "A1-report",
      "A2-report",
      "D1-flyer",
    ]);
    for (const n of notices) expect(n.lines.length).toBeGreaterThan(5);
  });

  it("uses only declared placeholders, and every declared one is used", () => {
    expect([...used].sort()).toEqual(Object.keys(NOTICE_PLACEHOLDERS).sort());
  });

  it("leaves no braces that are not placeholders", () => {
    for (const n of notices)
      for (const l of n.lines) expect(l.replace(/\{[A-Z_]+\}/g, "")).not.toMatch(/[{}]/);
  });

  it("replaces the example's concrete values", () => {
    const text = notices.map((n) => n.lines.join("\n")).join("\n");
    for (const v of [
      "1.67",
      "2.00t",
      "217.31",
      "JP-200",
      "エコライフ・フェア",
      "花火大会",
      "南アフリカ",
      "2008年",
      "1,200t",
      "△△村",
    ]) {
      expect(text).not.toContain(v);
    }
  });
});

describe("certificates", () => {
  it("has 8 desirable items and the example's 7 fields", () => {
    expect(CERTIFICATE_ITEMS).toHaveLength(8);
    expect(CERTIFICATE_EXAMPLE.fields).toHaveLength(7);
    expect(CERTIFICATE_EXAMPLE.notice.ja).toContain("転売・譲渡はできません");
    const itemKeys = new Set<string>(CERTIFICATE_ITEMS.map((i) => i.key));
    for (const f of CERTIFICATE_EXAMPLE.fields)
      for (const k of f.items) expect(itemKeys.has(k)).toBe(true);
  });

  it("has 6 minimum items for C1 and C2, with the same keys", () => {
    expect(MINIMUM_CERTIFICATE_ITEMS.C1).toHaveLength(6);
    expect(MINIMUM_CERTIFICATE_ITEMS.C2).toHaveLength(6);
    expect(MINIMUM_CERTIFICATE_ITEMS.C1.map((i) => i.key)).toEqual(
      MINIMUM_CERTIFICATE_ITEMS.C2.map((i) => i.key)
    );
    expect(MINIMUM_CERTIFICATE_ITEMS.C2[4]?.label.ja).toBe("証書の交付先（自治体）名");
  });
});

describe("thresholds and reconciliation", () => {
  it("transcribes the prefectural thresholds", () => {
    expect(OFFSET_THRESHOLDS.map((t) => [t.key, t.conditions, t.combine])).toEqual([
      ["gifu", { participants: 1000, tCo2: 5 }, "all"],
      ["hyogo", { participantsPerDay: 1000, kwhPerDay: 1000, paidEntry: true }, "all"],
    ]);
    expect(OFFSET_THRESHOLDS.map((t) => t.consequence.ja)).toEqual([
      "カーボン・オフセットの実施を検討",
      "カーボン・オフセットの努力義務",
    ]);
  });

  it("has one option when the result is larger and two when smaller", () => {
    expect(PRE_POST_RECONCILIATION.map((r) => [r.when, r.options.length])).toEqual([
      ["post-larger", 1],
      ["post-smaller", 2],
    ]);
    expect(PRE_POST_RECONCILIATION[0].options[0].ja).toBe("クレジットを補填し、購入（契約確定）");
    expect(PRE_POST_RECONCILIATION[1].options[1].ja).toBe(
      "②事後算定結果（実績）に基づき、必要なクレジット量のみを購入（契約確定）"
    );
  });
});

/** The seeds the data was transcribed from (guidebook 002, 岐阜県's guideline 000); these checks run where the seeds are present. */
const SEEDS = seeds("002", "000");
const itSeed = SEEDS.test;

describe("against the seed text", () => {
  const squash = (s: string): string => s.replace(/\s+/g, "");
  const seedLines = (): string[] => SEEDS.text("002").split("\n");
  let squashed: { seed: string; seed000: string } | undefined;
  const texts = () =>
    (squashed ??= {
      seed: squash(SEEDS.text("002")),
      seed000: squash(SEEDS.text("000")).replace(/\*\*/g, ""),
    });
  const inSeed = (s: string): boolean => texts().seed.includes(squash(s));

  /** 1-based, inclusive line ranges of each table's rows. */
  const ranges: Record<string, [number, number]> = {
    "A1-free": [777, 794],
    "A1-pay": [805, 829],
    A2: [1276, 1292],
    "D1-pay": [3435, 3459],
  };

  itSeed("every item, category sub-heading and legal note occurs in the seed", () => {
    for (const t of tables) {
      expect(inSeed(t.title.ja)).toBe(true);
      for (const s of t.stages) expect(inSeed(s.label.ja)).toBe(true);
      for (const i of t.items) {
        expect([t.key, i.item, inSeed(i.item)]).toEqual([t.key, i.item, true]);
        expect(inSeed(i.category.replace(/^[①-⑤]\s*/, ""))).toBe(true);
        if (i.legalNote) expect(inSeed(i.legalNote)).toBe(true);
      }
    }
  });

  itSeed(
    "reading each seed row (item cell, then the next non-empty cells) gives the transcribed marks and notes",
    () => {
      for (const t of tables) {
        const [from, to] = ranges[t.key]!;
        const rows = seedLines()
          .slice(from - 1, to)
          .map((l) => l.split("\t").map(squash));
        expect(rows).toHaveLength(t.items.length);
        t.items.forEach((i, n) => {
          const cells = rows[n]!;
          const at = cells.indexOf(squash(i.item));
          expect([t.key, i.item, at >= 0]).toEqual([t.key, i.item, true]);
          const rest = cells.slice(at + 1).filter((c) => c !== "");
          const marks = Object.fromEntries(t.stages.map((s, k) => [s.key, rest[k]])) as Record<
            DisclosureStageKey,
            string
          >;
          expect([t.key, i.item, marks]).toEqual([t.key, i.item, i.marks]);
          expect([t.key, i.item, rest.slice(t.stages.length).join("")]).toEqual([
            t.key,
            i.item,
            squash(i.legalNote ?? ""),
          ]);
        });
      }
    }
  );

  itSeed("certificate, reconciliation and threshold texts occur in the seeds", () => {
    for (const i of CERTIFICATE_ITEMS) expect(inSeed(i.label.ja)).toBe(true);
    for (const i of [...MINIMUM_CERTIFICATE_ITEMS.C1, ...MINIMUM_CERTIFICATE_ITEMS.C2])
      expect(inSeed(i.label.ja)).toBe(true);
    for (const f of CERTIFICATE_EXAMPLE.fields) {
      expect(inSeed(`◆${f.label.ja}`)).toBe(true);
      for (const l of f.lines) expect([l, inSeed(l)]).toEqual([l, true]);
    }
    expect(inSeed(CERTIFICATE_EXAMPLE.notice.ja)).toBe(true);
    expect(inSeed(PRE_POST_RECONCILIATION_TITLE.ja)).toBe(true);
    expect(inSeed(PRE_POST_RECONCILIATION_NOTE.ja)).toBe(true);
    for (const r of PRE_POST_RECONCILIATION) {
      expect(inSeed(r.condition.ja)).toBe(true);
      for (const o of r.options) expect(inSeed(o.ja)).toBe(true);
    }
    expect(texts().seed000.includes(squash(OFFSET_THRESHOLDS[0].rule.ja))).toBe(true);
    expect(inSeed(OFFSET_THRESHOLDS[1].rule.ja)).toBe(true);
  });

  itSeed("notice lines without placeholders or blanks added here occur in the seed", () => {
    const edited =
      /\{[A-Z_]+\}|○○kg|○○t-CO₂|プロジェクト概要：○○|〇〇認証|〇〇するプロジェクト|電子メールでの問い合わせ 〇|全部又は一部を、他の|海岸|0120-000-000$|^・/;
    let checked = 0;
    for (const n of notices) {
      expect(inSeed(n.title.ja)).toBe(true);
      for (const l of n.lines) {
        if (edited.test(l)) continue;
        checked++;
        expect([n.key, l, inSeed(l)]).toEqual([n.key, l, true]);
      }
    }
    expect(checked).toBeGreaterThan(50);
  });
});
