/**
 * The 47 prefectures of Japan, in JIS X 0401 code order (01 北海道 … 47 沖縄県).
 * Not a guidebook table: the guidebook's regional factors (e.g. その他針葉樹 / その他広葉樹 in
 * forest-coefficients.ts) name prefectures by short name, so those rows refer to the keys here.
 * Aliases are what users type: the short name without 都/府/県, romaji with suffix, macron spellings.
 */
import type { Label } from "./types";

export interface Prefecture {
  /** Romaji, lower case, no macrons; stable id used by other data modules. */
  readonly key: string;
  readonly name: Label;
  readonly aliases: readonly string[];
}

export const PREFECTURES = [
  { key: "hokkaido", name: { ja: "北海道", en: "Hokkaido" }, aliases: ["Hokkaidō", "hokkaido"] },
  {
    key: "aomori",
    name: { ja: "青森県", en: "Aomori" },
    aliases: ["青森", "Aomori-ken", "aomori"],
  },
  { key: "iwate", name: { ja: "岩手県", en: "Iwate" }, aliases: ["岩手", "Iwate-ken", "iwate"] },
  {
    key: "miyagi",
    name: { ja: "宮城県", en: "Miyagi" },
    aliases: ["宮城", "Miyagi-ken", "miyagi"],
  },
  { key: "akita", name: { ja: "秋田県", en: "Akita" }, aliases: ["秋田", "Akita-ken", "akita"] },
  {
    key: "yamagata",
    name: { ja: "山形県", en: "Yamagata" },
    aliases: ["山形", "Yamagata-ken", "yamagata"],
  },
  {
    key: "fukushima",
    name: { ja: "福島県", en: "Fukushima" },
    aliases: ["福島", "Fukushima-ken", "fukushima"],
  },
  {
    key: "ibaraki",
    name: { ja: "茨城県", en: "Ibaraki" },
    aliases: ["茨城", "Ibaraki-ken", "ibaraki"],
  },
  {
    key: "tochigi",
    name: { ja: "栃木県", en: "Tochigi" },
    aliases: ["栃木", "Tochigi-ken", "tochigi"],
  },
  { key: "gunma", name: { ja: "群馬県", en: "Gunma" }, aliases: ["群馬", "Gunma-ken", "gunma"] },
  {
    key: "saitama",
    name: { ja: "埼玉県", en: "Saitama" },
    aliases: ["埼玉", "Saitama-ken", "saitama"],
  },
  { key: "chiba", name: { ja: "千葉県", en: "Chiba" }, aliases: ["千葉", "Chiba-ken", "chiba"] },
  {
    key: "tokyo",
    name: { ja: "東京都", en: "Tokyo" },
    aliases: ["東京", "Tokyo-to", "Tōkyō", "tokyo"],
  },
  {
    key: "kanagawa",
    name: { ja: "神奈川県", en: "Kanagawa" },
    aliases: ["神奈川", "Kanagawa-ken", "kanagawa"],
  },
  {
    key: "niigata",
    name: { ja: "新潟県", en: "Niigata" },
    aliases: ["新潟", "Niigata-ken", "niigata"],
  },
  {
    key: "toyama",
    name: { ja: "富山県", en: "Toyama" },
    aliases: ["富山", "Toyama-ken", "toyama"],
  },
  {
    key: "ishikawa",
    name: { ja: "石川県", en: "Ishikawa" },
    aliases: ["石川", "Ishikawa-ken", "ishikawa"],
  },
  { key: "fukui", name: { ja: "福井県", en: "Fukui" }, aliases: ["福井", "Fukui-ken", "fukui"] },
  {
    key: "yamanashi",
    name: { ja: "山梨県", en: "Yamanashi" },
    aliases: ["山梨", "Yamanashi-ken", "yamanashi"],
  },
  {
    key: "nagano",
    name: { ja: "長野県", en: "Nagano" },
    aliases: ["長野", "Nagano-ken", "nagano"],
  },
  { key: "gifu", name: { ja: "岐阜県", en: "Gifu" }, aliases: ["岐阜", "Gifu-ken", "gifu"] },
  {
    key: "shizuoka",
    name: { ja: "静岡県", en: "Shizuoka" },
    aliases: ["静岡", "Shizuoka-ken", "shizuoka"],
  },
  { key: "aichi", name: { ja: "愛知県", en: "Aichi" }, aliases: ["愛知", "Aichi-ken", "aichi"] },
  { key: "mie", name: { ja: "三重県", en: "Mie" }, aliases: ["三重", "Mie-ken", "mie"] },
  { key: "shiga", name: { ja: "滋賀県", en: "Shiga" }, aliases: ["滋賀", "Shiga-ken", "shiga"] },
  {
    key: "kyoto",
    name: { ja: "京都府", en: "Kyoto" },
    aliases: ["京都", "Kyoto-fu", "Kyōto", "kyoto"],
  },
  {
    key: "osaka",
    name: { ja: "大阪府", en: "Osaka" },
    aliases: ["大阪", "Osaka-fu", "Ōsaka", "osaka"],
  },
  {
    key: "hyogo",
    name: { ja: "兵庫県", en: "Hyogo" },
    aliases: ["兵庫", "Hyogo-ken", "Hyōgo", "hyogo"],
  },
  { key: "nara", name: { ja: "奈良県", en: "Nara" }, aliases: ["奈良", "Nara-ken", "nara"] },
  {
    key: "wakayama",
    name: { ja: "和歌山県", en: "Wakayama" },
    aliases: ["和歌山", "Wakayama-ken", "wakayama"],
  },
  {
    key: "tottori",
    name: { ja: "鳥取県", en: "Tottori" },
    aliases: ["鳥取", "Tottori-ken", "tottori"],
  },
  {
    key: "shimane",
    name: { ja: "島根県", en: "Shimane" },
    aliases: ["島根", "Shimane-ken", "shimane"],
  },
  {
    key: "okayama",
    name: { ja: "岡山県", en: "Okayama" },
    aliases: ["岡山", "Okayama-ken", "okayama"],
  },
  {
    key: "hiroshima",
    name: { ja: "広島県", en: "Hiroshima" },
    aliases: ["広島", "Hiroshima-ken", "hiroshima"],
  },
  {
    key: "yamaguchi",
    name: { ja: "山口県", en: "Yamaguchi" },
    aliases: ["山口", "Yamaguchi-ken", "yamaguchi"],
  },
  {
    key: "tokushima",
    name: { ja: "徳島県", en: "Tokushima" },
    aliases: ["徳島", "Tokushima-ken", "tokushima"],
  },
  {
    key: "kagawa",
    name: { ja: "香川県", en: "Kagawa" },
    aliases: ["香川", "Kagawa-ken", "kagawa"],
  },
  { key: "ehime", name: { ja: "愛媛県", en: "Ehime" }, aliases: ["愛媛", "Ehime-ken", "ehime"] },
  {
    key: "kochi",
    name: { ja: "高知県", en: "Kochi" },
    aliases: ["高知", "Kochi-ken", "Kōchi", "kochi"],
  },
  {
    key: "fukuoka",
    name: { ja: "福岡県", en: "Fukuoka" },
    aliases: ["福岡", "Fukuoka-ken", "fukuoka"],
  },
  { key: "saga", name: { ja: "佐賀県", en: "Saga" }, aliases: ["佐賀", "Saga-ken", "saga"] },
  {
    key: "nagasaki",
    name: { ja: "長崎県", en: "Nagasaki" },
    aliases: ["長崎", "Nagasaki-ken", "nagasaki"],
  },
  {
    key: "kumamoto",
    name: { ja: "熊本県", en: "Kumamoto" },
    aliases: ["熊本", "Kumamoto-ken", "kumamoto"],
  },
  {
    key: "oita",
    name: { ja: "大分県", en: "Oita" },
    aliases: ["大分", "Oita-ken", "Ōita", "oita"],
  },
  {
    key: "miyazaki",
    name: { ja: "宮崎県", en: "Miyazaki" },
    aliases: ["宮崎", "Miyazaki-ken", "miyazaki"],
  },
  {
    key: "kagoshima",
    name: { ja: "鹿児島県", en: "Kagoshima" },
    aliases: ["鹿児島", "Kagoshima-ken", "kagoshima"],
  },
  {
    key: "okinawa",
    name: { ja: "沖縄県", en: "Okinawa" },
    aliases: ["沖縄", "Okinawa-ken", "okinawa"],
  },
] as const satisfies readonly Prefecture[];

export type PrefectureKey = (typeof PREFECTURES)[number]["key"];

/** 「東北6県」 as the forest table writes it (guidebook B1・B2 4(2)①, seed 002 line 1964). */
export const TOHOKU_SIX = [
  "aomori",
  "iwate",
  "miyagi",
  "akita",
  "yamagata",
  "fukushima",
] as const satisfies readonly PrefectureKey[];
