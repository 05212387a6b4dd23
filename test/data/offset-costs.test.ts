import {
  CREDIT_PRICE_YEN_PER_T,
  CREDIT_TYPES,
  PROJECT_COST_ITEMS,
  PROVIDER_COST_ITEMS,
  type CostItem,
} from "../../src/core/data/offset-costs";

const provider: readonly CostItem[] = PROVIDER_COST_ITEMS;
const project: readonly CostItem[] = PROJECT_COST_ITEMS;

describe("offset costs", () => {
  it("has 6 provider cost rows, 3 credit types, 6 project cost rows", () => {
    expect(provider).toHaveLength(6);
    expect(CREDIT_TYPES).toHaveLength(3);
    expect(project).toHaveLength(6);
  });

  it("transcribes the account-management row in full", () => {
    expect(provider.find((r) => r.key === "account-management")).toEqual({
      key: "account-management",
      item: {
        ja: "クレジット購入・管理費（オフセット・プロバイダーを活用する場合）",
        en: "Credit purchase and management (when using an offset provider)",
      },
      detail: { ja: "管理口座の管理運営※", en: "Running the management account*" },
      amount: "5～10 万／年間",
      minYen: 50000,
      maxYen: 100000,
      per: "year",
      citation: { source: "guidebook-2011", table: "A1 5 必要経費・概算金額（62頁）" },
    });
  });

  it("spot amounts as printed", () => {
    expect(provider.map((r) => [r.amount, r.per])).toEqual([
      ["数十万円", "each"],
      ["3～5 万／初回のみ", "once"],
      ["5～10 万／年間", "year"],
      ["3～5 万／実施毎", "each"],
      ["5,000～20,000 円／t-CO2", "t-CO2"],
      ["必要金額は規模・回数・仕様により変動", "varies"],
    ]);
    expect(project[3]?.amount).toBe("0円 (2010〔平成22〕年11月現在、環境省の設定により無料)");
    expect([project[3]?.minYen, project[3]?.maxYen]).toEqual([0, 0]);
    expect(project[0]?.item.ja).toBe("①計画策定調査費");
  });

  it("credit price range matches the credit-purchase row: 5,000–20,000 yen/t-CO2", () => {
    const purchase = provider.find((r) => r.key === "credit-purchase");
    expect([CREDIT_PRICE_YEN_PER_T.min, CREDIT_PRICE_YEN_PER_T.max]).toEqual([5000, 20000]);
    expect([purchase?.minYen, purchase?.maxYen]).toEqual([5000, 20000]);
  });

  it("has min ≤ max, set together, and unique keys", () => {
    for (const r of [...provider, ...project]) {
      expect(r.minYen === undefined).toBe(r.maxYen === undefined);
      if (r.minYen !== undefined && r.maxYen !== undefined)
        expect(r.minYen).toBeLessThanOrEqual(r.maxYen);
    }
    expect(new Set(provider.map((r) => r.key)).size).toBe(6);
    expect(new Set(project.map((r) => r.key)).size).toBe(6);
  });

  it("transcribes the credit types", () => {
    expect(CREDIT_TYPES.map((c) => [c.name.ja, c.where, c.kyotoContribution])).toEqual([
      ["京都メカニズムクレジット", "海外", true],
      ["オフセット・クレジット (J-VER)", "国内", false],
      ["自主参加型国内排出量取引制度の排出枠 (JPA)", "国内", false],
    ]);
    expect(CREDIT_TYPES[0]?.feature).toBe(
      "海外での排出削減・吸収プロジェクトへの支援につながる。クレジットの料金は、比較的安価。"
    );
  });
});
