/**
 * 「●オフセット量の確定にあたり、調達・確保したクレジット量と事後算定結果（実績）に乖離がある場合の対応」,
 * A1 3(7)① クレジットの無効化, seed 002 lines 700-709. Options keep their printed numbering ①②.
 */
import type { Label } from "../core/data/types";

export interface ReconciliationCase {
  /** post-larger: the post-event result exceeds the credits secured; post-smaller: credits are left over. */
  readonly when: "post-larger" | "post-smaller";
  readonly condition: Label;
  readonly options: readonly Label[];
}

export const PRE_POST_RECONCILIATION_TITLE = {
  ja: "オフセット量の確定にあたり、調達・確保したクレジット量と事後算定結果（実績）に乖離がある場合の対応",
  en: "What to do when the credits secured differ from the post-event calculation (actual) when fixing the offset amount",
} as const satisfies Label;

export const PRE_POST_RECONCILIATION = [
  {
    when: "post-larger",
    condition: {
      ja: "事後算定結果の方が大きく、調達・確保してあったクレジット量が小さかった場合",
      en: "The post-event result is larger and the credits secured fall short",
    },
    options: [
      {
        ja: "クレジットを補填し、購入（契約確定）",
        en: "Make up the shortfall and buy the credits (contract finalised)",
      },
    ],
  },
  {
    when: "post-smaller",
    condition: {
      ja: "事後算定結果の方が小さく、調達・確保してあったクレジット量に余剰が出た場合",
      en: "The post-event result is smaller and the credits secured are in surplus",
    },
    options: [
      {
        ja: "①調達済みのクレジット量のとおり、余剰分を含めてクレジットを購入（契約確定）",
        en: "(1) Buy the credits as secured, surplus included (contract finalised)",
      },
      {
        ja: "②事後算定結果（実績）に基づき、必要なクレジット量のみを購入（契約確定）",
        en: "(2) Buy only the credits needed by the post-event result (actual) (contract finalised)",
      },
    ],
  },
] as const satisfies readonly ReconciliationCase[];

export const PRE_POST_RECONCILIATION_NOTE = {
  ja: "※オフセット・プロバイダーによって対応が異なる場合がある",
  en: "* Handling may differ between offset providers",
} as const satisfies Label;
