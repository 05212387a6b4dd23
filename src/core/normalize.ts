/**
 * How a typed name is compared with the names in the tables: users type full-width letters, spaces,
 * 「・」 or brackets in many ways (「Ａ重油」「A 重油」「東京電力・実排出係数」), and all of them mean the same row.
 */
const IGNORED = /[\s・･·()（）「」『』【】［］[\]{}_\-‐－―‑–—/／,，、.。:：'"`]/gu;

export function normalizeName(text: string): string {
  return text.normalize("NFKC").toLowerCase().replace(IGNORED, "");
}
