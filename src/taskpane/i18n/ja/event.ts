/** シナリオと行事: the scenario, the shared event details, actors and activities. (Japanese) */
import type { EventStrings } from "../types/event";

export const event: EventStrings = {
  scenarioLabel: "シナリオ",
  scenarioFallbackNames: {
    A1: "会議・イベント",
    A2: "事務事業",
    D1: "エコツアー",
    blank: "白紙（自由に設定）",
  },
  eventHeading: "名称・日程など",
  eventShared: "算定シート・調査票・情報開示で共通の項目です。",
  eventName: "名称",
  eventNamePlaceholder: "例: ○○市環境フェスタ 2011",
  eventDates: "日程",
  eventDatesPlaceholder: "例: 2011年10月1日〜2日",
  eventPlace: "場所",
  eventOrganizer: "主催者",
  eventParticipants: "参加者数",
  eventParticipantsHint: "分からなければ空欄",
  eventDays: "日数",
  eventPaidEntry: "有料（参加費・入場料あり）",
  actorsHeading: "主体と活動",
  actorsHelp:
    "算定に含める主体・活動と算定方法を選びます。初期値はガイドブックのバウンダリ設定例と、各活動の推奨の算定方法です。",
  freeActor: "自組織",
  freeActorRole: "活動を追加して算定範囲を決めます",
  activitiesSelected: (selected, total) => `${total} 件中 ${selected} 件`,
  noActors: "このシナリオでは主体を選べません。",
  noActivities: "活動がありません。下の「活動を追加」から選べます。",
  method: "算定方法",
  level: (level) => `レベル${level}`,
  noMethod: "算定方法のデータがありません",
  addActivity: "活動を追加",
  addActivityPlaceholder: "追加する活動を選択",
  unknownActivity: (key) => `不明な活動（${key}）`,
};
