/**
 * The guidebook's scenarios (seed 002): A1 会議・イベントでのオフセット, A2 事務事業等でのオフセット,
 * D1 住民等が取り組む機会の提供 (its エコツアー example), and a blank scenario. Actors and roles are the 役割分担 tables (A1 lines 107-115,
 * A2 lines 905-909, D1 lines 3075-3080); each actor's activities follow the バウンダリの設定例 (A1 lines 178-183,
 * A2 lines 945-951, D1 lines 3123-3126). A2's 役割分担 has only the municipality and the provider, so the units of its
 * boundary example (庁舎・公共施設, 庁有車・コミュニティバス, 刊行物の発行) are actors too; their roles quote the
 * 事務事業における排出削減対策の例. Retirement timing: 無効化の時期 (A1 line 696, A2 line 1208, D1 line 3406).
 */
import { DISCLOSURE_TABLES } from "./disclosure";
import { NOTICES } from "./notices";
import type { Scenario } from "./types";

const PROVIDER = {
  key: "offset-provider",
  name: { ja: "オフセット・プロバイダー", en: "Offset provider" },
  role: {
    ja: "クレジットの調達、無効化、口座管理",
    en: "Procures and retires credits, manages the account",
  },
  activities: [],
} as const;

export const SCENARIOS = [
  {
    id: "A1",
    name: { ja: "会議・イベントでのオフセット", en: "Offsetting a meeting or event" },
    unit: "event",
    actors: [
      {
        key: "organizer",
        name: {
          ja: "主催者（自治体〔実施担当〕、実行委員会）",
          en: "Organizer (municipality, executive committee)",
        },
        role: {
          ja: "オフセット会議等の企画・運営／温室効果ガス排出量の算定／削減努力の実施／住民、参加者などへの情報提供、周知／オフセット・プロバイダーにクレジットの無効化等を委託",
          en: "Plans and runs the offset event / calculates emissions / reduces emissions / informs residents and participants / commissions the offset provider to retire credits",
        },
        activities: [
          "venue-electricity",
          "equipment-transport",
          "generator-fuel",
          "flyers",
          "staff-travel",
        ],
      },
      {
        key: "exhibitors",
        name: { ja: "協力団体、出展団体", en: "Cooperating organizations and exhibitors" },
        role: {
          ja: "削減努力の実施／カーボン・オフセットの実施への協力",
          en: "Reduce emissions / cooperate in the carbon offset",
        },
        activities: ["venue-electricity", "equipment-transport"],
      },
      {
        key: "participants",
        name: { ja: "参加者", en: "Participants" },
        role: { ja: "削減努力の実施", en: "Reduce emissions" },
        activities: ["participant-rail"],
      },
      {
        key: "event-company",
        name: { ja: "イベント企画会社", en: "Event management company" },
        role: {
          ja: "会議・イベントの運営支援／削減努力の実施／カーボン・オフセットの実施への協力",
          en: "Supports running the meeting or event / reduces emissions / cooperates in the carbon offset",
        },
        activities: [],
      },
      PROVIDER,
    ],
    disclosure: DISCLOSURE_TABLES.A1,
    notices: NOTICES.A1,
    retirement: {
      ja: "オフセット会議等での無効化は、開催後に速やかに行うことが望まれます。ただし、時間的な制約がある場合などは、半年から1年以内の実施が望まれます。",
      en: "Retire the credits promptly after the event; where time is short, within six months to a year.",
    },
    citation: {
      source: "guidebook-2011",
      table:
        "取組方法 A1：会議・イベントでのオフセット【市場流通型】（2 役割分担、3(2)① バウンダリの設定例、3(7)① クレジットの無効化）",
    },
  },
  {
    id: "A2",
    name: { ja: "事務事業等でのオフセット", en: "Offsetting municipal office work and services" },
    unit: "office",
    actors: [
      {
        key: "municipality",
        name: { ja: "自治体（実施担当）", en: "Municipality (department in charge)" },
        role: {
          ja: "企画、実施／温室効果ガス排出量の算定／削減努力の実施／住民等への情報提供／オフセット・プロバイダーにクレジットの無効化等を委託",
          en: "Plans and carries out the offset / calculates emissions / reduces emissions / informs residents / commissions the offset provider to retire credits",
        },
        activities: [],
      },
      {
        key: "facilities",
        name: { ja: "庁舎・公共施設", en: "Town hall and public facilities" },
        role: {
          ja: "太陽光発電、太陽熱温水器などの設置／LED 照明などの省エネルギー設備の導入／省エネルギーに配慮した空調機器等の運転管理／緑のカーテンの導入／リサイクル製品の購入・利用",
          en: "Install solar power and solar water heaters / energy-saving equipment such as LED lighting / run air conditioning economically / green curtains / buy recycled products",
        },
        activities: ["office-electricity", "office-fuel", "office-heat", "staff-rail"],
      },
      {
        key: "vehicles",
        name: { ja: "庁有車、コミュニティバス", en: "Official vehicles and community bus" },
        role: {
          ja: "保有台数の削減／使用燃料の変更（ガソリン→ハイブリッド・電気自動車、バイオマス燃料バス）／エコドライブ、アイドリングストップの実施／運行経路、頻度の見直し",
          en: "Fewer vehicles / cleaner fuels (hybrid and electric cars, biofuel buses) / eco-driving and no idling / review routes and frequency",
        },
        activities: ["official-car", "community-bus"],
      },
      {
        key: "publications",
        name: { ja: "刊行物の発行", en: "Publications" },
        role: {
          ja: "印刷、発行工程（製造・運搬・使用・廃棄）の見直し／省資源化／印刷部数の削減／ページ構成の削減／発行頻度の削減／ホームページ掲載の活用を検討",
          en: "Review printing and distribution (production, transport, use, disposal) / save resources / fewer copies, pages and issues / consider publishing on the website",
        },
        activities: ["publications", "goods-services"],
      },
      PROVIDER,
    ],
    disclosure: DISCLOSURE_TABLES.A2,
    notices: NOTICES.A2,
    retirement: {
      ja: "無効化は、対象活動を終了し、温室効果ガス排出量の算定を行った後できるだけ早期に行うべきであり、概ね半年以内の実施が望まれます。",
      en: "Retire the credits as early as possible after the activity ends and emissions are calculated, generally within six months.",
    },
    citation: {
      source: "guidebook-2011",
      table:
        "取組方法 A2：事務事業等でのオフセット【市場流通型】（2 役割分担、3(2)① バウンダリの設定例・② 排出削減対策の例、3(3)③ クレジットの無効化）",
    },
  },
  {
    id: "D1",
    name: {
      ja: "住民等が取り組む機会の提供（エコツアー）",
      en: "Offering residents a chance to offset (eco-tour)",
    },
    unit: "per-participant",
    actors: [
      {
        // The boundary is counted per participant; the organizer collects the bus, ship and lodging data from the
        // operators (※ バス事業者・旅客船事業者・当該宿泊施設から入手), participants report how they reach the meeting point.
        key: "organizer",
        name: {
          ja: "主催者（自治体〔実施担当〕、企画会社）",
          en: "Organizer (municipality, tour company)",
        },
        role: {
          ja: "オフセット・エコツアーの企画、実施／温室効果ガス排出量の算定・把握、削減努力の実施／住民、参加者などへの情報提供、周知／オフセット・プロバイダーへの委託",
          en: "Plans and runs the offset eco-tour / calculates emissions and reduces them / informs residents and participants / commissions the offset provider",
        },
        activities: ["participant-bus", "participant-ship", "lodging"],
      },
      {
        key: "participants",
        name: { ja: "参加者または利用者（住民等）", en: "Participants or users (residents)" },
        role: {
          ja: "削減努力の実施／オフセット費用（一部）の負担",
          en: "Reduce emissions / pay part of the offset cost",
        },
        activities: ["participant-rail"],
      },
      PROVIDER,
    ],
    disclosure: DISCLOSURE_TABLES.D1,
    notices: NOTICES.D1,
    retirement: {
      ja: "無効化は、取り組む機会の実施後に速やかに行うべきであり、概ね数週間から1か月以内の実施が望まれます。",
      en: "Retire the credits promptly after the tour, generally within a few weeks to a month.",
    },
    citation: {
      source: "guidebook-2011",
      table:
        "取組方法 D1：住民等が取り組む機会の提供〈例〉エコツアー（2 役割分担、3(2)① バウンダリの設定例、3(7)① クレジットの無効化）",
    },
  },
  {
    id: "blank",
    name: { ja: "白紙（活動を自由に選択）", en: "Blank (choose any activity)" },
    unit: "event",
    actors: [
      {
        key: "organizer",
        name: { ja: "主催者", en: "Organizer" },
        role: {
          ja: "カーボン・オフセットの企画・実施、温室効果ガス排出量の算定、削減努力の実施、情報提供",
          en: "Plans and carries out the offset, calculates emissions, reduces them and informs the public",
        },
        activities: [],
      },
    ],
    disclosure: [],
    notices: [],
    retirement: {
      ja: "排出量の算定後、できるだけ早期に無効化する（ガイドブックの目安：会議・イベントは開催後速やかに〔半年から1年以内〕、事務事業は概ね半年以内、住民等の取組機会は概ね数週間から1か月以内）。",
      en: "Retire the credits as early as possible after the calculation (guidebook: events promptly, within 6–12 months; office work within about 6 months; residents' offsets within a few weeks to a month).",
    },
    citation: {
      source: "guidebook-2011",
      table: "第2章 取組方法 A1 3(7)①・A2 3(3)③・D1 3(7)① クレジットの無効化",
    },
  },
] as const satisfies readonly Scenario[];
