/** UI texts of the task pane: Japanese first, English where Office runs in English. */
import type { AnswerStatus } from "../../collect/types";
import type { FunctionCategory } from "../../core/functions/types";
import type { PlanScenario, ScenarioId } from "../../scenarios/types";
import type { FormQuestion, Stage } from "../../xlsx/types";
import type { DisplayLanguage } from "../office/excel-gateway";
import type { CreditKind } from "../../ledger/types";
import type { FormIssue } from "../state/issues";
import { messages } from "../../core/messages";

export type SectionKey =
  | "functions"
  | "sheet"
  | "questionnaire"
  | "collect"
  | "disclosure"
  | "settings"
  | "ledger"
  | "certificate"
  | "project"
  | "plan";

/** The inputs of the credit, certificate, project and plan forms. */
export type InputKey =
  | "kind"
  | "projectName"
  | "projectNumber"
  | "projectType"
  | "region"
  | "period"
  | "projectTotalT"
  | "serialFrom"
  | "serialTo"
  | "acquired"
  | "provider"
  | "name"
  | "municipality"
  | "activityEnd"
  | "creditsNeededT"
  | "holdingId"
  | "targetId"
  | "retired"
  | "retiredBy"
  | "certificateNumber"
  | "direction"
  | "issuer"
  | "issuerContact"
  | "prefix"
  | "firstNumber"
  | "firstYear"
  | "years"
  | "areaHa"
  | "species"
  | "ageAtStart"
  | "growth"
  | "prefecture"
  | "methodology"
  | "title"
  | "department"
  | "side";

const inputLabel = (labels: Readonly<Record<InputKey, string>>, input: string): string =>
  Object.prototype.hasOwnProperty.call(labels, input) ? labels[input as InputKey] : input;

/** クレジット管理 */
export interface LedgerStrings {
  readonly help: string;
  readonly exampleMinato: string;
  readonly exampleJoint: string;
  readonly exampleHelp: string;
  readonly clear: string;
  readonly filledMinato: string;
  readonly filledJoint: string;
  readonly holdingsHeading: string;
  readonly holding: (id: string) => string;
  readonly addHolding: string;
  readonly targetsHeading: string;
  readonly target: (id: string) => string;
  readonly addTarget: string;
  readonly allocationsHeading: string;
  readonly allocation: (n: number) => string;
  readonly addAllocation: string;
  readonly allocationNeeds: string;
  readonly remove: (what: string) => string;
  readonly none: string;
  readonly noName: string;
  readonly kinds: Readonly<Record<CreditKind, string>>;
  readonly targetKinds: Readonly<Record<"event" | "office" | "ecotour", string>>;
  readonly serialPlaceholder: string;
  readonly serialToHint: string;
  readonly periodPlaceholder: string;
  readonly tonnes: (n: number) => string;
  readonly notRead: string;
  readonly allocated: (allocated: number, needed: number) => string;
  readonly notRetired: string;
  readonly retiredOn: (date: string) => string;
  readonly retiredHint: string;
  readonly certificateHint: string;
  readonly activityEndHint: string;
  readonly checksHeading: string;
  readonly checksOk: string;
  readonly checksFailed: (detail: string) => string;
  readonly checksCount: (errors: number, warnings: number) => string;
  readonly withCertificates: string;
}

/** 証書 */
export interface CertificateStrings {
  readonly help: string;
  readonly direction: string;
  readonly received: string;
  readonly issued: string;
  readonly receivedHint: string;
  readonly issuedHint: string;
  readonly issuerReceived: string;
  readonly issuerIssued: string;
  readonly issuerPlaceholder: string;
  readonly contactPlaceholder: string;
  readonly prefixPlaceholder: string;
  readonly firstNumberHint: string;
  readonly withLedger: string;
}

/** プロジェクト */
export interface ProjectStrings {
  readonly help: string;
  readonly kind: string;
  readonly forest: string;
  readonly reduction: string;
  readonly scenario: string;
  readonly scenarios: Readonly<Record<"B2" | "C1" | "C2", string>>;
  readonly projectNamePlaceholder: string;
  readonly reductionNamePlaceholder: string;
  readonly standsHeading: string;
  readonly stand: (n: number) => string;
  readonly addStand: string;
  readonly example: string;
  readonly exampleHelp: string;
  readonly noPrefecture: string;
  readonly regionalHint: string;
  readonly noStands: string;
  readonly methodologyHint: string;
  readonly baseline: string;
  readonly projectSide: string;
}

/** 企画書 */
export interface PlanStrings {
  readonly help: string;
  readonly scenarios: Readonly<Record<PlanScenario, string>>;
  readonly departmentPlaceholder: string;
  readonly offsetSide: string;
  readonly providerSide: string;
  readonly withLedger: string;
  readonly withForest: string;
  readonly withoutSource: string;
}

export interface PaneStrings {
  readonly title: string;
  readonly subtitle: string;
  readonly inExcel: string;
  readonly outsideExcelTitle: string;
  readonly outsideExcel: string;
  /** Excel without custom functions (GHG.*): what the pane does instead. */
  readonly noCustomFunctionsTitle: string;
  readonly noCustomFunctions: string;
  readonly sectionsLabel: string;
  readonly sections: Readonly<Record<SectionKey, string>>;
  readonly loading: string;
  readonly sectionLoadFailedTitle: string;
  readonly sectionLoadFailed: (detail: string) => string;

  // 関数 — functions and factors
  readonly searchLabel: string;
  readonly searchPlaceholder: string;
  readonly count: (shown: number, total: number) => string;
  readonly noMatch: string;
  readonly unit: string;
  readonly noUnit: string;
  readonly parameters: string;
  readonly noParameters: string;
  readonly optional: string;
  readonly example: string;
  readonly exampleResult: string;
  /** What a cell shows when the inputs are wrong: where the message is, and why #NUM! has none. */
  readonly errorsNote: string;
  readonly insert: string;
  readonly insertTitle: (formula: string) => string;
  readonly inserted: (formula: string) => string;
  readonly insertFailedTitle: string;
  readonly insertFailed: (detail: string) => string;
  readonly notInExcelError: string;
  /** Inserting a GHG.* formula refused: this Excel has no custom functions. */
  readonly noCustomFunctionsInsert: (formula: string) => string;
  readonly invalidFormula: (formula: string) => string;
  readonly dismiss: string;
  readonly categories: Readonly<Record<FunctionCategory, string>>;
  readonly functionsHeading: string;
  readonly factorsHeading: string;
  readonly factorCount: (n: number) => string;
  readonly jumpToFactors: (n: number) => string;
  readonly factorValue: string;
  readonly factorSource: string;
  readonly factorFormula: string;

  // Scenario and event
  readonly scenarioLabel: string;
  readonly scenarioFallbackNames: Readonly<Record<ScenarioId, string>>;
  readonly eventHeading: string;
  readonly eventShared: string;
  readonly eventName: string;
  readonly eventNamePlaceholder: string;
  readonly eventDates: string;
  readonly eventDatesPlaceholder: string;
  readonly eventPlace: string;
  readonly eventOrganizer: string;
  readonly eventParticipants: string;
  readonly eventParticipantsHint: string;
  readonly eventDays: string;
  readonly eventPaidEntry: string;

  // Actors and activities
  readonly actorsHeading: string;
  readonly actorsHelp: string;
  readonly freeActor: string;
  readonly freeActorRole: string;
  readonly activitiesSelected: (selected: number, total: number) => string;
  readonly noActors: string;
  readonly noActivities: string;
  readonly method: string;
  readonly level: (level: number) => string;
  readonly noMethod: string;
  readonly addActivity: string;
  readonly addActivityPlaceholder: string;
  readonly unknownActivity: (key: string) => string;

  // 算定シート
  readonly sheetHelp: string;
  readonly outputsHeading: string;
  readonly withQuestionnaires: string;
  readonly withDisclosure: string;
  readonly participantsPay: string;

  // 調査票
  readonly questionnaireHelp: string;
  readonly questionnaireActor: string;
  readonly replyBy: string;
  readonly replyByPlaceholder: string;
  readonly contact: string;
  readonly contactPlaceholder: string;

  // Files (.xlsx) saved from the pane
  readonly saveQuestionnaireFile: string;
  readonly questionnaireFileHelp: string;
  readonly questionnaireFilePrefix: string;
  readonly savePortable: string;
  readonly portableHelp: string;
  readonly portableFilePrefix: string;
  readonly makingFile: string;
  readonly savedTitle: string;
  readonly saved: (fileName: string) => string;
  readonly saveFailedTitle: string;
  readonly saveFailed: (detail: string) => string;
  readonly fileToolsLoadFailed: (detail: string) => string;

  // 回収
  readonly collectHelp: string;
  readonly collectPick: string;
  readonly collectDrop: string;
  readonly collectPrivacy: string;
  readonly collectReading: (done: number, total: number) => string;
  readonly collectChecking: (done: number, total: number) => string;
  readonly collectClear: string;
  readonly collectFailedTitle: string;
  readonly collectFailed: (detail: string) => string;
  readonly collectSummaryTitle: string;
  readonly summaryFiles: string;
  readonly summaryCollected: string;
  readonly summaryComplete: string;
  readonly summaryDuplicates: string;
  readonly summarySkipped: string;
  readonly duplicatesTitle: string;
  readonly duplicateOf: (fileName: string) => string;
  readonly skippedTitle: string;
  readonly respondentsTitle: string;
  readonly respondentComplete: string;
  readonly respondentProblems: (n: number) => string;
  readonly respondentNoAnswers: string;
  readonly stagePending: (stage: Stage, questions: number) => string;
  readonly noRespondentName: string;
  readonly answerStatus: Readonly<Record<Exclude<AnswerStatus, "ok">, string>>;
  readonly questionLabel: (question: FormQuestion) => string;
  readonly collectSheetsHeading: string;
  readonly writeToExcel: string;
  readonly collectWriteNote: string;

  // 情報開示
  readonly disclosureHelp: string;
  readonly whoPaysIrrelevant: string;

  // Preview and build
  readonly preview: string;
  readonly hidePreview: string;
  readonly build: string;
  readonly buildOnlyInExcel: string;
  readonly building: string;
  readonly builtTitle: string;
  readonly built: (names: readonly string[]) => string;
  readonly warningsTitle: string;
  readonly buildFailedTitle: string;
  readonly buildFailed: (detail: string) => string;
  readonly writerLoadFailed: (detail: string) => string;
  readonly invalidLayout: (detail: string) => string;
  readonly partialSheets: (names: readonly string[]) => string;
  /** Sheets a failed build finished before it failed. */
  readonly completeSheets: (names: readonly string[]) => string;
  readonly builderFailedTitle: string;
  readonly builderFailed: (detail: string) => string;
  /** Built with native formulas over the factor sheet `sheet` (Excel without custom functions). */
  readonly builtNative: (sheet: string) => string;
  readonly nativeFailedTitle: string;
  readonly untranslatableFunctions: (functions: readonly string[]) => string;
  readonly nativeFailed: (detail: string) => string;
  readonly previewNative: string;
  readonly checkInputTitle: string;
  readonly previewHeading: string;
  readonly previewNote: string;
  readonly previewSheets: string;
  readonly rowsTruncated: (shown: number, total: number) => string;
  readonly columnsTruncated: (shown: number, total: number) => string;
  readonly emptyLayout: string;
  readonly noLayouts: string;
  readonly summaryValidations: (n: number) => string;
  readonly summaryConditionalFormats: (n: number) => string;
  readonly summaryTables: (names: readonly string[]) => string;
  readonly summaryNames: (names: readonly string[]) => string;
  readonly summaryProtected: string;
  readonly summaryFreeze: (rows: number, columns: number) => string;
  readonly inputCell: string;

  // 設定
  readonly settingsHeading: string;
  readonly settingsHelp: string;
  readonly factorSet: string;
  readonly electricity: string;
  readonly electricityCustom: string;
  readonly customElectricity: string;
  readonly electricitySource: (title: string, table: string) => string;
  readonly yenPerTonne: string;
  readonly yenHelp: (min: number, max: number) => string;
  readonly resetSettings: string;
  readonly settingsNotSaved: string;
  readonly settingsInvalid: string;

  readonly ledger: LedgerStrings;
  readonly certificate: CertificateStrings;
  readonly project: ProjectStrings;
  readonly plan: PlanStrings;
  /** Labels of the inputs of the credit, certificate, project and plan forms (FormIssue.input names them too). */
  readonly inputs: Readonly<Record<InputKey, string>>;

  readonly issue: (issue: FormIssue, activityName: (key: string) => string) => string;
}

const yen = (n: number) => n.toLocaleString("ja-JP");
/** A question's unit worth printing ("—" marks a question without one). */
const unitOf = (q: FormQuestion): string => (q.unit && !/^[—–-]$/.test(q.unit.trim()) ? q.unit.trim() : "");


const JA_INPUTS: Readonly<Record<InputKey, string>> = {
  kind: "種類",
  projectName: "プロジェクト名",
  projectNumber: "プロジェクト番号",
  projectType: "プロジェクトの種類",
  region: "実施地域",
  period: "プロジェクト期間",
  projectTotalT: "プロジェクトの排出削減・吸収量（t-CO2）",
  serialFrom: "シリアル番号（始）",
  serialTo: "シリアル番号（終）",
  acquired: "取得日",
  provider: "購入先",
  name: "名称",
  municipality: "自治体",
  activityEnd: "終了日",
  creditsNeededT: "必要量（t-CO2）",
  holdingId: "使うクレジット",
  targetId: "オフセットの対象",
  retired: "無効化日",
  retiredBy: "無効化の実施者",
  certificateNumber: "証書番号",
  direction: "証書",
  issuer: "証書の管理者",
  issuerContact: "連絡先",
  prefix: "証書番号の接頭部",
  firstNumber: "証書の最初の番号",
  firstYear: "開始年度",
  years: "年数",
  areaHa: "面積（ha）",
  species: "樹種",
  ageAtStart: "林齢（開始年度）",
  growth: "成長量（m³/ha・年）",
  prefecture: "都道府県",
  methodology: "方法論",
  title: "件名",
  department: "担当部署",
  side: "企画書の立場",
};

/** Where a row's issue is, worded as the ledger's checks word it (保有「H1」, 割当 2 行目). */
const JA_PLACES: Readonly<Record<string, (row: number) => string>> = {
  holding: (n) => `保有「H${n}」`,
  target: (n) => `対象「T${n}」`,
  allocation: (n) => `割当 ${n} 行目`,
  stand: (n) => `林分 ${n}`,
};

/** Issues of the ledger, certificate, project and plan forms (they name a row and an input); undefined for others. */
function rowIssueJa(issue: FormIssue): string | undefined {
  if (issue.field === "stand" && issue.code === "none-selected") return "林分がありません。見出しだけのシートになります。";
  if (issue.input === undefined) return undefined;
  const label = inputLabel(JA_INPUTS, issue.input);
  const place = issue.row !== undefined ? JA_PLACES[issue.field]?.(issue.row) : undefined;
  const at = (text: string) => (place ? `${place}: ${text}` : text);
  if (issue.message) return at(issue.message.ja);
  const d = issue.detail ?? "";
  switch (issue.code) {
    case "required":
      if (issue.field === "plan") return `${label}が空欄です。企画書には「〇〇部〇〇課」と表示されます。`;
      return at(issue.severity === "error" ? `${label}を入力してください。` : `${label}が空欄です。`);
    case "serial":
      return at(`${label}「${d}」を読み取れません。JP-200-000-000-011-157 のように、英字と数字の区切りをハイフン（-）でつないで入力してください。`);
    case "serial-range":
      return at("シリアル番号（終）が（始）より前か、（始）と英字・桁の区切りが違います。");
    case "date":
      return at(`${label}「${d}」を日付として読み取れません（例: 2011-10-16）。`);
    case "not-a-number":
      return at(`${label}は 0 以上の数で入力してください。`);
    case "positive-number":
      return at(`${label}は 0 より大きい数で入力してください。`);
    case "whole-number":
      return at(`${label}は整数で入力してください。`);
    case "too-small":
      return at(`${label}は ${d} 以上にしてください。`);
    case "too-large":
      return at(`${label}は ${d} 以下にしてください。`);
    case "missing-ref":
      return at(`${label}を選んでください。`);
    case "unknown":
      return at(issue.input === "species" ? `樹種「${d}」は係数の表にありません。` : `${label}「${d}」が見つかりません。`);
    default:
      return at(`${label}: ${issue.code}`);
  }
}

const ja: PaneStrings = {
  title: "カーボン・オフセット算定",
  subtitle: "自治体向けガイドブックに沿った排出量の算定",
  inExcel: "Excel に接続中",
  outsideExcelTitle: "Excel の外で開いています",
  outsideExcel:
    "関数の一覧とシートのプレビューは使えます。セルへの挿入と「Excel に作成」は Excel の中でだけ使えます。",
  noCustomFunctionsTitle: "この Excel ではアドインの関数（GHG.*）が使えません",
  noCustomFunctions:
    "カスタム関数に対応していない Excel です（ボリューム ライセンス版の Office 2019 以前、iPad の Excel など）。シートは GHG.* 関数の代わりに Excel 標準の数式と「係数表」シートで作成するので、そのまま計算できます。関数をセルに挿入することはできません。",
  sectionsLabel: "機能",
  sections: {
    functions: "関数",
    sheet: "算定シート",
    questionnaire: "調査票",
    collect: "回収",
    disclosure: "情報開示",
    settings: "設定",
    ledger: "クレジット管理",
    certificate: "証書",
    project: "プロジェクト",
    plan: "企画書",
  },
  loading: "読み込み中…",
  sectionLoadFailedTitle: "この機能を読み込めませんでした",
  sectionLoadFailed: (detail) => `ネットワークを確認し、作業ウィンドウを開き直してください。（${detail}）`,

  searchLabel: "関数・係数を検索",
  searchPlaceholder: "例: 軽油、電力、森林",
  count: (shown, total) => (shown === total ? `${total} 件の関数` : `${total} 件中 ${shown} 件`),
  noMatch: "一致する関数はありません。",
  unit: "単位",
  noUnit: "（文字列）",
  parameters: "引数",
  noParameters: "引数なし",
  optional: "省略可",
  example: "使用例",
  exampleResult: "結果",
  errorsNote: `入力に誤りがあると #VALUE! または #N/A になり、セルのエラー表示にマウスを合わせると直し方が出ます。#NUM! はメッセージを表示できません: ${messages.resultOverflow().ja}。`,
  insert: "選択セルに挿入",
  insertTitle: (formula) => `${formula} を選択中のセルに入力します`,
  inserted: (formula) => `${formula} をセルに入力しました。`,
  insertFailedTitle: "挿入できませんでした",
  insertFailed: (detail) => `セルに数式を書き込めませんでした。セルの編集中やシートが保護されていないか確認してください。（${detail}）`,
  notInExcelError: "Excel の外ではセルに挿入できません。",
  noCustomFunctionsInsert: (formula) =>
    `この Excel ではアドインの関数が使えないため、${formula} は入力しませんでした（#NAME? になります）。「Excel に作成」で作るシートは Excel 標準の数式で計算します。`,
  invalidFormula: (formula) => `数式が正しくありません: ${formula}`,
  dismiss: "閉じる",
  categories: {
    energy: "エネルギー",
    transport: "運輸・移動",
    "lodging-print": "宿泊・印刷",
    forest: "森林吸収",
    credits: "クレジット",
    factors: "係数",
  },
  functionsHeading: "関数",
  factorsHeading: "係数",
  factorCount: (n) => `${n} 件の係数`,
  jumpToFactors: (n) => `係数 ${n} 件へ`,
  factorValue: "値",
  factorSource: "出典",
  factorFormula: "数式",

  scenarioLabel: "シナリオ",
  scenarioFallbackNames: { A1: "会議・イベント", A2: "事務事業", D1: "エコツアー", blank: "白紙（自由に設定）" },
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
  actorsHelp: "算定に含める主体・活動と算定方法を選びます。初期値はガイドブックのバウンダリ設定例と、各活動の推奨の算定方法です。",
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

  sheetHelp: "シナリオと行事の情報から、バウンダリ・算定シートを作成します。",
  outputsHeading: "一緒に作成するシート",
  withQuestionnaires: "調査票も作成",
  withDisclosure: "情報開示シートも作成",
  participantsPay: "参加者がオフセットの費用を負担する",

  questionnaireHelp: "主体ごとに、活動量を記入してもらう調査票を作成します。",
  questionnaireActor: "主体（回答者）",
  replyBy: "回答期限",
  replyByPlaceholder: "例: 2011年11月30日",
  contact: "提出先・問い合わせ先",
  contactPlaceholder: "例: 環境政策課 ○○（内線 1234）",

  saveQuestionnaireFile: "ファイルとして保存 (.xlsx)",
  questionnaireFileHelp:
    "保存したファイルをメールなどで回答者に送ってください。回答者は入力欄に記入して保存し、そのまま返送します（アドインは不要です）。返ってきたファイルは「回収」タブでまとめて読み込めます。",
  questionnaireFilePrefix: "調査票",
  savePortable: "互換ブックとして保存 (.xlsx)",
  portableHelp: "アドインがなくても計算できるブックです（Excel、Excel on the web、その他の表計算ソフトで開けます）。",
  portableFilePrefix: "算定シート",
  makingFile: "ファイルを作成中…",
  savedTitle: "ファイルを保存しました",
  saved: (fileName) => `「${fileName}」を保存しました。見つからないときは「ダウンロード」フォルダーを確認してください。`,
  saveFailedTitle: "ファイルを作成できませんでした",
  saveFailed: (detail) => `ファイルを作成できませんでした。（${detail}）`,
  fileToolsLoadFailed: (detail) => `ファイルを扱う機能を読み込めませんでした。ネットワークを確認し、作業ウィンドウを開き直してください。（${detail}）`,

  collectHelp: "返送された調査票（.xlsx）を読み込み、回答を一覧にします。回答者ごとに未回答や誤りを確かめ、回収一覧と算定シートを Excel に書き込めます。",
  collectPick: "ファイルを選択",
  collectDrop: "返送された調査票をここにドロップするか、「ファイルを選択」で選んでください（複数可）。",
  collectPrivacy: "ファイルはこのパソコンの中で読み取ります。どこにも送信しません。",
  collectReading: (done, total) => `ファイルを読み込み中（${done} / ${total} 件）`,
  collectChecking: (done, total) => `回答を確認中（${done} / ${total} 件）`,
  collectClear: "選んだファイルをすべて外す",
  collectFailedTitle: "読み込めませんでした",
  collectFailed: (detail) => `ファイルを読み込めませんでした。（${detail}）`,
  collectSummaryTitle: "回収の状況",
  summaryFiles: "ファイル",
  summaryCollected: "回収",
  summaryComplete: "回答完了",
  summaryDuplicates: "重複",
  summarySkipped: "読み取れず",
  duplicatesTitle: "重複しているファイル（集計に含めません）",
  duplicateOf: (fileName) => `「${fileName}」と同じ内容です。`,
  skippedTitle: "読み取れなかったファイル",
  respondentsTitle: "回答者ごとの状況",
  respondentComplete: "すべて回答済み",
  respondentProblems: (n) => `確認が必要な回答 ${n} 件`,
  respondentNoAnswers: "まだ回答がありません",
  stagePending: (stage, n) => `${stage === "pre" ? "事前" : "事後"}の回答はまだありません（${n} 項目）。`,
  noRespondentName: "（団体名なし）",
  answerStatus: {
    missing: "未回答",
    "not-a-number": "数値ではない",
    negative: "負の値",
    "unknown-choice": "一覧にない選択肢",
    "unknown-form": "不明な様式",
  },
  questionLabel: (q) => `No.${q.activityNumber} ${q.item}${unitOf(q) ? `（${unitOf(q)}）` : ""}・${q.stage === "pre" ? "事前" : "事後"}`,
  collectSheetsHeading: "回収一覧と算定シート",
  writeToExcel: "Excel に書き込む",
  collectWriteNote: "同じ名前のシートがあるときは「(2)」などを付けた新しいシートに書き込みます。既存のシートは変更しません。",

  disclosureHelp: "ガイドブックの「提供すべき情報」の表と、周知・報告の文例をシートにします。",
  whoPaysIrrelevant: "このシナリオの表は、費用の負担者によらず共通です。",

  preview: "プレビュー",
  hidePreview: "プレビューを閉じる",
  build: "Excel に作成",
  buildOnlyInExcel: "Excel の作業ウィンドウで開いたときに使えます",
  building: "作成中…",
  builtTitle: "シートを作成しました",
  built: (names) => `${names.length} 枚: ${names.join("、")}`,
  warningsTitle: "確認してください",
  buildFailedTitle: "作成できませんでした",
  buildFailed: (detail) => `Excel にシートを書き込めませんでした。セルの編集中でないか、ブックが保護されていないか確認してください。（${detail}）`,
  writerLoadFailed: (detail) => `作成機能を読み込めませんでした。作業ウィンドウを開き直してください。（${detail}）`,
  invalidLayout: (detail) => `シートの内容に不整合があるため、何も書き込みませんでした。（${detail}）`,
  partialSheets: (names) => `次のシートは作成が完了していません（途中までの内容が残っています）。不要なら削除してから作り直してください: ${names.join("、")}`,
  completeSheets: (names) => `次のシートは最後まで作成済みです: ${names.join("、")}`,
  builderFailedTitle: "シートの内容を組み立てられませんでした",
  builderFailed: (detail) => `選んだ内容ではシートを作れません。（${detail}）`,
  builtNative: (sheet) =>
    `この Excel ではアドインの関数が使えないため、GHG.* 関数の代わりに Excel 標準の数式で作成しました。係数は「${sheet}」シートにあります。`,
  nativeFailedTitle: "この Excel では作成できません",
  untranslatableFunctions: (functions) =>
    `${functions.map((f) => `GHG.${f}`).join("、")} は Excel 標準の数式に置き換えられないため、カスタム関数のないこの Excel では計算できるシートを作れません。何も書き込んでいません。Microsoft 365 や Excel on the web など、カスタム関数に対応した Excel で作成してください。`,
  nativeFailed: (detail) => `数式を Excel 標準の数式に置き換えられなかったため、何も書き込んでいません。（${detail}）`,
  previewNative: "この Excel では、GHG.* 関数を Excel 標準の数式に置き換え、「係数表」シートを加えて作成します。",
  checkInputTitle: "入力を確認してください",
  previewHeading: "プレビュー",
  previewNote: "Excel に作成される内容です。数式は文字のまま表示しています。",
  previewSheets: "シート",
  rowsTruncated: (shown, total) => `先頭 ${shown} 行のみ表示しています（全 ${total} 行）。`,
  columnsTruncated: (shown, total) => `先頭 ${shown} 列のみ表示しています（全 ${total} 列）。`,
  emptyLayout: "このシートは空です。",
  noLayouts: "作成されるシートはありません。",
  summaryValidations: (n) => `入力規則 ${n} 件`,
  summaryConditionalFormats: (n) => `条件付き書式 ${n} 件`,
  summaryTables: (names) => `テーブル: ${names.join("、")}`,
  summaryNames: (names) => `名前: ${names.join("、")}`,
  summaryProtected: "シート保護（入力欄のみ編集可）",
  summaryFreeze: (rows, columns) => (columns > 0 ? `ウィンドウ枠の固定: ${rows} 行・${columns} 列` : `ウィンドウ枠の固定: ${rows} 行`),
  inputCell: "入力欄",

  settingsHeading: "新しく作成するシートの既定値",
  settingsHelp:
    "ここでの値は、作成するシートに見えるセルとして書き込まれます。作成済みのシートの計算結果は変わりません。値はこの作業ウィンドウにだけ保存され、ブックには隠れた設定として残りません。",
  factorSet: "係数セット",
  electricity: "電力の排出係数",
  electricityCustom: "その他（数値を入力）",
  customElectricity: "電力の排出係数（kg-CO2/kWh）",
  electricitySource: (title, table) => `出典: ${title}（${table}）`,
  yenPerTonne: "クレジット単価（円/t-CO2）",
  yenHelp: (min, max) => `ガイドブックの目安は ${yen(min)}〜${yen(max)} 円/t-CO2 です。費用の見積もりに使います。`,
  resetSettings: "既定値に戻す",
  settingsNotSaved: "設定をこのパソコンに保存できませんでした。作業ウィンドウを閉じるまで有効です。",
  settingsInvalid: "設定タブの値に誤りがあります。",

  ledger: {
    help: "保有しているクレジット、オフセットの対象、割当て（無効化）を記録し、クレジット管理台帳を作成します。入力中も二重使用・不足・無効化の遅れなどを確認します。",
    exampleMinato: "例: エコライフ・フェアMINATO",
    exampleJoint: "例: 共同購入 100 t",
    exampleHelp: "例を入力すると、いまの入力は置き換えられます。共同購入の例の名称・日付・シリアル番号は説明用の架空の値です。",
    clear: "すべて消去",
    filledMinato: "ガイドブックの例（港区 エコライフ・フェアMINATO 2010）を入力しました。日付・購入先・無効化はガイドブックに記載がないため空欄です。",
    filledJoint: "共同購入の例（100 t を複数の自治体のイベントで分けて使用）を入力しました。",
    holdingsHeading: "保有クレジット",
    holding: (id) => `保有 ${id}`,
    addHolding: "保有を追加",
    targetsHeading: "オフセットの対象",
    target: (id) => `対象 ${id}`,
    addTarget: "対象を追加",
    allocationsHeading: "割当て・無効化",
    allocation: (n) => `割当 ${n}`,
    addAllocation: "割当てを追加",
    allocationNeeds: "割当てには、保有クレジットとオフセットの対象が 1 件ずつ以上必要です。",
    remove: (what) => `${what}を削除`,
    none: "まだありません。",
    noName: "（名称なし）",
    kinds: {
      "j-ver": "J-VER",
      kyoto: "京都メカニズムクレジット",
      jpa: "JPA（自主参加型国内排出量取引制度の排出枠）",
      "other-ver": "その他VER",
      "green-power": "グリーン電力証書",
    },
    targetKinds: { event: "会議・イベント", office: "事務事業", ecotour: "エコツアー" },
    serialPlaceholder: "例: JP-200-000-000-011-157",
    serialToHint: "1 t なら空欄。末尾の番号だけ（例: 158）でも構いません。",
    periodPlaceholder: "例: 2008-04〜2013-03",
    tonnes: (n) => `${n.toLocaleString("ja-JP")} t-CO2`,
    notRead: "シリアル番号未入力",
    allocated: (allocated, needed) => `割当て ${allocated.toLocaleString("ja-JP")} / 必要 ${needed.toLocaleString("ja-JP")} t-CO2`,
    notRetired: "未無効化",
    retiredOn: (date) => `${date} 無効化`,
    retiredHint: "まだ無効化していなければ空欄",
    certificateHint: "この割当てで発行・受領した証書の番号（証書シートが照合します）。なければ空欄。",
    activityEndHint: "無効化の目安: 会議・イベントは終了後速やかに（遅くとも半年〜1年以内）、事務事業は概ね半年以内。",
    checksHeading: "台帳のチェック",
    checksOk: "問題は見つかりませんでした。",
    checksFailed: (detail) => `台帳のチェックを実行できませんでした。（${detail}）`,
    checksCount: (errors, warnings) => `エラー ${errors} 件・注意 ${warnings} 件`,
    withCertificates: "証書シートも作成（番号などは「証書」タブで設定）",
  },
  certificate: {
    help: "カーボン・オフセットの証書を記録・発行するシートを作成します。番号は再利用せず、続きから振ります。",
    direction: "証書",
    received: "受け取った証書",
    issued: "発行する証書",
    receivedHint: "オフセット・プロバイダーなどから受け取った証書を記録します。",
    issuedHint: "自治体が企業や他の自治体に発行する証書です（C1・C2）。",
    issuerReceived: "証書の管理者（団体）",
    issuerIssued: "証書の管理者・発行者（団体）",
    issuerPlaceholder: "例: ○○市環境部環境政策課",
    contactPlaceholder: "例: 03-0000-0000、○○@city.example.lg.jp",
    prefixPlaceholder: "例: ○○市CO-",
    firstNumberHint: "証書番号は接頭部と連番（ゼロ埋め）です。続きから振るときは、前回の最後の番号の次を入れてください。",
    withLedger: "クレジット管理台帳（「クレジット管理」タブの内容）も作成",
  },
  project: {
    help: "排出削減・吸収プロジェクトの算定シートを作成します。森林吸収は林分ごと・年度ごとの吸収量を、排出削減は方法論の排出活動を一覧にします。",
    kind: "プロジェクトの種類",
    forest: "森林吸収（B2・C1・C2）",
    reduction: "排出削減（B1）",
    scenario: "取組方法",
    scenarios: {
      B2: "B2 吸収活動によるクレジットの創出",
      C1: "C1 企業等への排出削減・吸収価値の提供",
      C2: "C2 自治体同士での排出削減・吸収価値の交換",
    },
    projectNamePlaceholder: "例: ○○市公有林の森林整備プロジェクト",
    reductionNamePlaceholder: "例: ○○市木質ペレットストーブ導入プロジェクト",
    standsHeading: "林分",
    stand: (n) => `林分 ${n}`,
    addStand: "林分を追加",
    example: "例を入力",
    exampleHelp: "スギ・ヒノキ・その他広葉樹の 3 林分、5 年間の例です（面積・林齢・成長量は説明用の値）。",
    noPrefecture: "（選択なし）",
    regionalHint: "その他針葉樹・その他広葉樹は、都道府県によって係数が変わります。",
    noStands: "林分がありません。「林分を追加」で加えてください。",
    methodologyHint: "J-VER の方法論（2011年3月15日現在）。算定で考慮する排出活動:",
    baseline: "ベースライン",
    projectSide: "プロジェクト",
  },
  plan: {
    help: "ガイドブックの企画書の例に沿って、企画書のシートを作成します。数値は一緒に作成するシートから式で引用し、ないところは〇〇と表示します。",
    scenarios: {
      A1: "A1 会議・イベントでのオフセット",
      A2: "A2 事務事業等でのオフセット",
      B2: "B2 吸収活動によるクレジットの創出",
      C1: "C1 企業等への排出削減・吸収価値の提供",
      C2: "C2 自治体同士での排出削減・吸収価値の交換",
    },
    departmentPlaceholder: "例: 環境部環境政策課",
    offsetSide: "オフセット側",
    providerSide: "提供側",
    withLedger: "算定シート（共通の名称・日程と、シナリオの既定の対象活動）とクレジット管理台帳（「クレジット管理」タブの内容）と一緒に作成し、数値を引用する",
    withForest: "森林吸収プロジェクトのシート（「プロジェクト」タブの内容）と一緒に作成し、数値を引用する",
    withoutSource: "一緒に作成しないときは、数値の欄は〇〇になります。",
  },
  inputs: JA_INPUTS,

  issue: (issue, activityName) => {
    const row = rowIssueJa(issue);
    if (row !== undefined) return row;
    switch (`${issue.field}/${issue.code}`) {
      case "participants/whole-number":
      case "participants/too-small":
        return "参加者数は 0 以上の整数で入力してください（分からなければ空欄）。";
      case "days/whole-number":
      case "days/too-small":
        return "日数は 1 以上の整数で入力してください。";
      case "yenPerTonne/positive-number":
        return "クレジット単価は 0 より大きい数で入力してください。";
      case "yenPerTonne/outside-guide-range":
        return `クレジット単価がガイドブックの目安（${issue.detail ?? ""} 円/t-CO2）の範囲外です。`;
      case "electricity/positive-number":
        return "電力の排出係数は 0 より大きい数（kg-CO2/kWh）で入力してください。";
      case "electricity/unknown":
        return "選んだ電力の排出係数がこの係数セットにありません。";
      case "factorSet/unknown":
        return "係数セットが見つかりません。";
      case "settings/unknown":
        return "設定タブの値に誤りがあります。設定を確認してください。";
      case "scenario/no-data":
        return `シナリオ ${issue.detail ?? ""} のデータはまだこの版に入っていません。選んだ内容だけでシートを作成します。`;
      case "actor/none-selected":
        return "主体を選んでください。";
      case "activities/none-selected":
        return "活動が 1 つも選ばれていません。見出しだけのシートになります。";
      case "method/no-method":
        return `「${activityName(issue.detail ?? "")}」には選べる算定方法がないため、含められません。`;
      default:
        return `${issue.field}: ${issue.code}`;
    }
  },
};

const usd = (n: number) => n.toLocaleString("en-US");


const EN_INPUTS: Readonly<Record<InputKey, string>> = {
  kind: "Type",
  projectName: "Project name",
  projectNumber: "Project number",
  projectType: "Project type",
  region: "Region",
  period: "Project period",
  projectTotalT: "Project's total reductions (t-CO2)",
  serialFrom: "First serial",
  serialTo: "Last serial",
  acquired: "Acquired on",
  provider: "Bought from",
  name: "Name",
  municipality: "Municipality",
  activityEnd: "Ends on",
  creditsNeededT: "Needed (t-CO2)",
  holdingId: "Credits used",
  targetId: "Offset target",
  retired: "Retired on",
  retiredBy: "Retired by",
  certificateNumber: "Certificate number",
  direction: "Certificates",
  issuer: "Keeper",
  issuerContact: "Contact",
  prefix: "Number prefix",
  firstNumber: "First certificate number",
  firstYear: "First year",
  years: "Years",
  areaHa: "Area (ha)",
  species: "Species",
  ageAtStart: "Age (first year)",
  growth: "Growth (m³/ha·yr)",
  prefecture: "Prefecture",
  methodology: "Methodology",
  title: "Title",
  department: "Department",
  side: "Side",
};

const EN_PLACES: Readonly<Record<string, (row: number) => string>> = {
  holding: (n) => `Holding "H${n}"`,
  target: (n) => `Target "T${n}"`,
  allocation: (n) => `Allocation row ${n}`,
  stand: (n) => `Stand ${n}`,
};

function rowIssueEn(issue: FormIssue): string | undefined {
  if (issue.field === "stand" && issue.code === "none-selected") return "No stands: the sheet will only have headings.";
  if (issue.input === undefined) return undefined;
  const label = inputLabel(EN_INPUTS, issue.input);
  const place = issue.row !== undefined ? EN_PLACES[issue.field]?.(issue.row) : undefined;
  const at = (text: string) => (place ? `${place}: ${text}` : text);
  if (issue.message) return at(issue.message.en);
  const d = issue.detail ?? "";
  switch (issue.code) {
    case "required":
      if (issue.field === "plan") return `${label} is empty; the plan will show 〇〇部〇〇課.`;
      return at(issue.severity === "error" ? `Enter the ${label.toLowerCase()}.` : `${label} is empty.`);
    case "serial":
      return at(`${label} “${d}” is not a serial number; enter letters and digit groups joined by hyphens, like JP-200-000-000-011-157.`);
    case "serial-range":
      return at("The last serial comes before the first, or the two differ in letters or digit groups.");
    case "date":
      return at(`${label} “${d}” is not a date (e.g. 2011-10-16).`);
    case "not-a-number":
      return at(`Enter the ${label.toLowerCase()} as a number of 0 or more.`);
    case "positive-number":
      return at(`Enter the ${label.toLowerCase()} as a number greater than 0.`);
    case "whole-number":
      return at(`Enter the ${label.toLowerCase()} as a whole number.`);
    case "too-small":
      return at(`${label} must be at least ${d}.`);
    case "too-large":
      return at(`${label} must be at most ${d}.`);
    case "missing-ref":
      return at(`Choose the ${label.toLowerCase()}.`);
    case "unknown":
      return at(issue.input === "species" ? `Species “${d}” is not in the coefficient table.` : `${label} “${d}” was not found.`);
    default:
      return at(`${label}: ${issue.code}`);
  }
}

const en: PaneStrings = {
  title: "Carbon Offset Calculator",
  subtitle: "Emissions by the municipal offset guidebook",
  inExcel: "In Excel",
  outsideExcelTitle: "Open outside Excel",
  outsideExcel:
    "Functions and sheet previews work here; inserting into cells and “Create in Excel” only work inside Excel.",
  noCustomFunctionsTitle: "The add-in's functions (GHG.*) are not available in this Excel",
  noCustomFunctions:
    "This Excel does not run custom functions (volume-licensed Office 2019 and earlier, Excel on iPad, …). Sheets are built with native Excel formulas over a factor sheet (係数表) instead of GHG.* functions, so they still compute. Functions cannot be inserted into cells.",
  sectionsLabel: "Sections",
  sections: {
    functions: "Functions",
    sheet: "Sheet",
    questionnaire: "Survey",
    collect: "Collect",
    disclosure: "Disclosure",
    settings: "Settings",
    ledger: "Credits",
    certificate: "Certificates",
    project: "Projects",
    plan: "Plan",
  },
  loading: "Loading…",
  sectionLoadFailedTitle: "This section could not be loaded",
  sectionLoadFailed: (detail) => `Check the network and reopen the task pane. (${detail})`,

  searchLabel: "Search functions and factors",
  searchPlaceholder: "e.g. diesel, electricity, forest",
  count: (shown, total) => (shown === total ? `${total} functions` : `${shown} of ${total} functions`),
  noMatch: "No function matches.",
  unit: "Unit",
  noUnit: "(text)",
  parameters: "Parameters",
  noParameters: "No parameters",
  optional: "optional",
  example: "Example",
  exampleResult: "Result",
  errorsNote: `Wrong inputs give #VALUE! or #N/A; hover over the cell's error sign to read how to fix it. #NUM! shows no message: ${messages.resultOverflow().en}.`,
  insert: "Insert into selected cell",
  insertTitle: (formula) => `Enter ${formula} into the active cell`,
  inserted: (formula) => `Entered ${formula} into the cell.`,
  insertFailedTitle: "Could not insert",
  insertFailed: (detail) =>
    `The formula could not be written to the cell. Check that no cell is being edited and the sheet is not protected. (${detail})`,
  notInExcelError: "Cells can only be filled inside Excel.",
  noCustomFunctionsInsert: (formula) =>
    `This Excel cannot run the add-in's functions, so ${formula} was not entered (it would show #NAME?). Sheets made with “Create in Excel” compute with native formulas.`,
  invalidFormula: (formula) => `Invalid formula: ${formula}`,
  dismiss: "Dismiss",
  categories: {
    energy: "Energy",
    transport: "Transport",
    "lodging-print": "Lodging & printing",
    forest: "Forest absorption",
    credits: "Credits",
    factors: "Factors",
  },
  functionsHeading: "Functions",
  factorsHeading: "Factors",
  factorCount: (n) => `${n} factor${n === 1 ? "" : "s"}`,
  jumpToFactors: (n) => `${n} factor${n === 1 ? "" : "s"} ↓`,
  factorValue: "Value",
  factorSource: "Source",
  factorFormula: "Formula",

  scenarioLabel: "Scenario",
  scenarioFallbackNames: { A1: "Meeting or event", A2: "Office operations", D1: "Eco-tour", blank: "Blank (choose freely)" },
  eventHeading: "Name, dates and place",
  eventShared: "Shared by the calculation sheet, survey and disclosure.",
  eventName: "Name",
  eventNamePlaceholder: "e.g. City Environment Festival 2011",
  eventDates: "Dates",
  eventDatesPlaceholder: "e.g. 1–2 October 2011",
  eventPlace: "Place",
  eventOrganizer: "Organizer",
  eventParticipants: "Participants",
  eventParticipantsHint: "Leave empty if unknown",
  eventDays: "Days",
  eventPaidEntry: "Paid entry (participants pay a fee)",

  actorsHeading: "Actors and activities",
  actorsHelp:
    "Choose the actors, activities and calculation methods to include. The defaults are the guidebook's example boundary and each activity's recommended method.",
  freeActor: "Own organization",
  freeActorRole: "Add activities to set the boundary",
  activitiesSelected: (selected, total) => `${selected} of ${total}`,
  noActors: "This scenario has no actors to choose.",
  noActivities: "No activities. Add one below.",
  method: "Method",
  level: (level) => `Level ${level}`,
  noMethod: "No calculation method available",
  addActivity: "Add an activity",
  addActivityPlaceholder: "Choose an activity to add",
  unknownActivity: (key) => `Unknown activity (${key})`,

  sheetHelp: "Creates the boundary and calculation sheet from the scenario and the event details.",
  outputsHeading: "Also create",
  withQuestionnaires: "Surveys",
  withDisclosure: "Disclosure sheet",
  participantsPay: "Participants pay for the offset",

  questionnaireHelp: "Creates a survey per actor, asking for the activity data.",
  questionnaireActor: "Actor (respondent)",
  replyBy: "Reply by",
  replyByPlaceholder: "e.g. 30 November 2011",
  contact: "Return to / contact",
  contactPlaceholder: "e.g. Environment Policy Division, ext. 1234",

  saveQuestionnaireFile: "Save as file (.xlsx)",
  questionnaireFileHelp:
    "Send the saved file to the respondent, e.g. by email. They fill in the input cells, save and send it back — no add-in needed. Read the returned files on the Collect tab.",
  questionnaireFilePrefix: "survey",
  savePortable: "Save as portable workbook (.xlsx)",
  portableHelp: "A workbook that computes without the add-in (Excel, Excel on the web and other spreadsheet programs).",
  portableFilePrefix: "calculation",
  makingFile: "Making the file…",
  savedTitle: "File saved",
  saved: (fileName) => `Saved “${fileName}”. If you cannot find it, look in your Downloads folder.`,
  saveFailedTitle: "Could not make the file",
  saveFailed: (detail) => `The file could not be made. (${detail})`,
  fileToolsLoadFailed: (detail) => `The file tools could not be loaded; check the network and reopen the task pane. (${detail})`,

  collectHelp:
    "Reads returned surveys (.xlsx) and lists the answers. Check what each respondent left missing or invalid, then write the collection list and calculation sheet into Excel.",
  collectPick: "Choose files",
  collectDrop: "Drop returned surveys here, or use “Choose files” (several at once).",
  collectPrivacy: "Files are read on this computer and sent nowhere.",
  collectReading: (done, total) => `Reading files (${done} of ${total})`,
  collectChecking: (done, total) => `Checking answers (${done} of ${total})`,
  collectClear: "Remove all chosen files",
  collectFailedTitle: "Could not read the files",
  collectFailed: (detail) => `The files could not be read. (${detail})`,
  collectSummaryTitle: "Collection status",
  summaryFiles: "Files",
  summaryCollected: "Collected",
  summaryComplete: "Complete",
  summaryDuplicates: "Duplicates",
  summarySkipped: "Unreadable",
  duplicatesTitle: "Duplicate files (not counted)",
  duplicateOf: (fileName) => `Same content as “${fileName}”.`,
  skippedTitle: "Files that could not be read",
  respondentsTitle: "By respondent",
  respondentComplete: "All answered",
  respondentProblems: (n) => `${n} answer${n === 1 ? "" : "s"} to check`,
  respondentNoAnswers: "No answers yet",
  stagePending: (stage, n) => `No ${stage === "pre" ? "before-the-event" : "after-the-event"} answers yet (${n} question${n === 1 ? "" : "s"}).`,
  noRespondentName: "(no organization)",
  answerStatus: {
    missing: "missing",
    "not-a-number": "not a number",
    negative: "negative",
    "unknown-choice": "not in the list",
    "unknown-form": "unknown form",
  },
  questionLabel: (q) => `No.${q.activityNumber} ${q.item}${unitOf(q) ? ` (${unitOf(q)})` : ""}, ${q.stage === "pre" ? "before" : "after"}`,
  collectSheetsHeading: "Collection list and calculation sheet",
  writeToExcel: "Write to Excel",
  collectWriteNote: "If a sheet of the same name exists, a new sheet with “(2)” etc. is written; existing sheets are left unchanged.",

  disclosureHelp: "Creates the guidebook's table of information to provide, with notice and report templates.",
  whoPaysIrrelevant: "This scenario's table is the same whoever pays.",

  preview: "Preview",
  hidePreview: "Close preview",
  build: "Create in Excel",
  buildOnlyInExcel: "Available when the pane runs in Excel",
  building: "Creating…",
  builtTitle: "Sheets created",
  built: (names) => `${names.length}: ${names.join(", ")}`,
  warningsTitle: "Please check",
  buildFailedTitle: "Could not create the sheets",
  buildFailed: (detail) =>
    `The sheets could not be written to Excel. Check that no cell is being edited and the workbook is not protected. (${detail})`,
  writerLoadFailed: (detail) => `The sheet writer could not be loaded; reopen the task pane. (${detail})`,
  invalidLayout: (detail) => `The sheets are inconsistent, so nothing was written. (${detail})`,
  partialSheets: (names) => `These sheets were not completed (what was written so far is still there); delete them and build again: ${names.join(", ")}`,
  completeSheets: (names) => `These sheets were completed: ${names.join(", ")}`,
  builderFailedTitle: "Could not assemble the sheet",
  builderFailed: (detail) => `The sheet cannot be made from these choices. (${detail})`,
  builtNative: (sheet) =>
    `This Excel cannot run the add-in's functions, so the sheets use native Excel formulas instead of GHG.* functions. The factors are on the sheet “${sheet}”.`,
  nativeFailedTitle: "Cannot be built in this Excel",
  untranslatableFunctions: (functions) =>
    `${functions.map((f) => `GHG.${f}`).join(", ")} cannot be replaced by native Excel formulas, so this Excel (without custom functions) cannot build sheets that compute. Nothing was written. Build them in an Excel with custom functions (Microsoft 365, Excel on the web).`,
  nativeFailed: (detail) => `The formulas could not be replaced by native Excel formulas, so nothing was written. (${detail})`,
  previewNative: "In this Excel, GHG.* functions are replaced by native Excel formulas and a factor sheet (係数表) is added.",
  checkInputTitle: "Please check the input",
  previewHeading: "Preview",
  previewNote: "What will be created in Excel. Formulas are shown as text.",
  previewSheets: "Sheets",
  rowsTruncated: (shown, total) => `Showing the first ${shown} of ${total} rows.`,
  columnsTruncated: (shown, total) => `Showing the first ${shown} of ${total} columns.`,
  emptyLayout: "This sheet is empty.",
  noLayouts: "No sheet would be created.",
  summaryValidations: (n) => `${n} data validation rule${n === 1 ? "" : "s"}`,
  summaryConditionalFormats: (n) => `${n} conditional format${n === 1 ? "" : "s"}`,
  summaryTables: (names) => `Tables: ${names.join(", ")}`,
  summaryNames: (names) => `Names: ${names.join(", ")}`,
  summaryProtected: "Protected (only input cells editable)",
  summaryFreeze: (rows, columns) => (columns > 0 ? `Frozen: ${rows} rows, ${columns} columns` : `Frozen: ${rows} rows`),
  inputCell: "Input cell",

  settingsHeading: "Defaults for new sheets",
  settingsHelp:
    "These values are written into the sheets you create, as visible cells. Sheets already created keep their results. The values are kept in this task pane only, never as a hidden setting in the workbook.",
  factorSet: "Factor set",
  electricity: "Electricity emission factor",
  electricityCustom: "Other (enter a number)",
  customElectricity: "Electricity factor (kg-CO2/kWh)",
  electricitySource: (title, table) => `Source: ${title} (${table})`,
  yenPerTonne: "Credit price (yen/t-CO2)",
  yenHelp: (min, max) => `The guidebook's guide range is ${usd(min)}–${usd(max)} yen/t-CO2. Used for the cost estimate.`,
  resetSettings: "Restore defaults",
  settingsNotSaved: "The settings could not be saved on this computer; they apply until the pane is closed.",
  settingsInvalid: "A value on the Settings tab is invalid.",

  ledger: {
    help: "Record the credits you hold, what they offset and which serials were retired for what, and create the credit ledger. The entries are checked as you type (double use, shortfalls, late retirement …).",
    exampleMinato: "Example: Eco-Life Fair MINATO",
    exampleJoint: "Example: joint purchase of 100 t",
    exampleHelp: "An example replaces what you entered. The names, dates and serials of the joint-purchase example are made up.",
    clear: "Clear all",
    filledMinato: "Filled in the guidebook's example (Minato City, Eco-Life Fair MINATO 2010). Dates, provider and retirement are not in the guidebook and are left empty.",
    filledJoint: "Filled in a joint purchase: 100 t shared by events of several municipalities.",
    holdingsHeading: "Credits held",
    holding: (id) => `Holding ${id}`,
    addHolding: "Add a holding",
    targetsHeading: "What is offset",
    target: (id) => `Target ${id}`,
    addTarget: "Add a target",
    allocationsHeading: "Allocations and retirement",
    allocation: (n) => `Allocation ${n}`,
    addAllocation: "Add an allocation",
    allocationNeeds: "An allocation needs at least one holding and one target.",
    remove: (what) => `Remove ${what}`,
    none: "None yet.",
    noName: "(no name)",
    kinds: {
      "j-ver": "J-VER",
      kyoto: "Kyoto Mechanism credits",
      jpa: "JPA (JVETS allowances)",
      "other-ver": "Other VER",
      "green-power": "Green power certificates",
    },
    targetKinds: { event: "Meeting or event", office: "Office operations", ecotour: "Eco-tour" },
    serialPlaceholder: "e.g. JP-200-000-000-011-157",
    serialToHint: "Empty for 1 t; the last block alone (e.g. 158) will do.",
    periodPlaceholder: "e.g. 2008-04 to 2013-03",
    tonnes: (n) => `${n.toLocaleString("en-US")} t-CO2`,
    notRead: "no serials yet",
    allocated: (allocated, needed) => `${allocated.toLocaleString("en-US")} of ${needed.toLocaleString("en-US")} t-CO2 allocated`,
    notRetired: "not retired",
    retiredOn: (date) => `retired ${date}`,
    retiredHint: "Leave empty until retired",
    certificateHint: "Number of the certificate issued or received for these credits (the certificate sheet checks it); empty if none.",
    activityEndHint: "Retire soon after: events promptly (within 6–12 months at most), office operations within about 6 months.",
    checksHeading: "Ledger checks",
    checksOk: "No problems found.",
    checksFailed: (detail) => `The ledger checks could not run. (${detail})`,
    checksCount: (errors, warnings) => `${errors} error${errors === 1 ? "" : "s"}, ${warnings} warning${warnings === 1 ? "" : "s"}`,
    withCertificates: "Also create the certificate sheet (numbering on the Certificates tab)",
  },
  certificate: {
    help: "Creates a sheet to record or issue carbon-offset certificates. Numbers are never reused; numbering continues from the last one.",
    direction: "Certificates",
    received: "Received",
    issued: "Issued by us",
    receivedHint: "Certificates received from an offset provider or another party.",
    issuedHint: "Certificates the municipality issues to companies or other municipalities (C1, C2).",
    issuerReceived: "Kept by (organization)",
    issuerIssued: "Issued and kept by (organization)",
    issuerPlaceholder: "e.g. Environment Policy Division",
    contactPlaceholder: "e.g. phone, e-mail",
    prefixPlaceholder: "e.g. CITY-CO-",
    firstNumberHint: "A certificate number is the prefix and a zero-padded sequence number. To continue a series, enter the number after the last one used.",
    withLedger: "Also create the credit ledger (from the Credits tab)",
  },
  project: {
    help: "Creates the calculation sheet of an emission-reduction or removal project: a forest project by stand and year, a reduction project with its methodology's emission sources.",
    kind: "Project type",
    forest: "Forest removal (B2, C1, C2)",
    reduction: "Emission reduction (B1)",
    scenario: "Approach",
    scenarios: {
      B2: "B2 Credits from removal activities",
      C1: "C1 Providing value to companies",
      C2: "C2 Exchange between municipalities",
    },
    projectNamePlaceholder: "e.g. City forest management project",
    reductionNamePlaceholder: "e.g. City wood-pellet stove project",
    standsHeading: "Stands",
    stand: (n) => `Stand ${n}`,
    addStand: "Add a stand",
    example: "Fill in an example",
    exampleHelp: "Three stands (sugi, hinoki, other broadleaves) over 5 years; areas, ages and growth are made up.",
    noPrefecture: "(none)",
    regionalHint: "Other conifers and other broadleaves take the coefficients of the prefecture.",
    noStands: "No stands. Add one with “Add a stand”.",
    methodologyHint: "J-VER methodology (as of 15 March 2011). Emission sources counted:",
    baseline: "Baseline",
    projectSide: "Project",
  },
  plan: {
    help: "Creates a plan sheet following the guidebook's example plans. Figures are quoted by formula from the sheets built with it; otherwise they show 〇〇.",
    scenarios: {
      A1: "A1 Offsetting a meeting or event",
      A2: "A2 Offsetting office operations",
      B2: "B2 Credits from removal activities",
      C1: "C1 Providing value to companies",
      C2: "C2 Exchange between municipalities",
    },
    departmentPlaceholder: "e.g. Environment Policy Division",
    offsetSide: "Offsetting side",
    providerSide: "Providing side",
    withLedger: "Build with a boundary sheet (the shared name and dates, the scenario's default activities) and the credit ledger (from the Credits tab), and quote their figures",
    withForest: "Build with the forest project sheet (from the Projects tab) and quote its figures",
    withoutSource: "Otherwise the figures show 〇〇.",
  },
  inputs: EN_INPUTS,

  issue: (issue, activityName) => {
    const row = rowIssueEn(issue);
    if (row !== undefined) return row;
    switch (`${issue.field}/${issue.code}`) {
      case "participants/whole-number":
      case "participants/too-small":
        return "Enter the participants as a whole number of 0 or more (empty if unknown).";
      case "days/whole-number":
      case "days/too-small":
        return "Enter the days as a whole number of 1 or more.";
      case "yenPerTonne/positive-number":
        return "Enter the credit price as a number greater than 0.";
      case "yenPerTonne/outside-guide-range":
        return `The credit price is outside the guidebook's range (${issue.detail ?? ""} yen/t-CO2).`;
      case "electricity/positive-number":
        return "Enter the electricity factor as a number greater than 0 (kg-CO2/kWh).";
      case "electricity/unknown":
        return "The chosen electricity factor is not in this factor set.";
      case "factorSet/unknown":
        return "The factor set was not found.";
      case "settings/unknown":
        return "A value on the Settings tab is invalid; please check it.";
      case "scenario/no-data":
        return `Scenario ${issue.detail ?? ""} has no data in this version yet; the sheet is made from your choices only.`;
      case "actor/none-selected":
        return "Choose an actor.";
      case "activities/none-selected":
        return "No activity is selected; the sheet will only have headings.";
      case "method/no-method":
        return `“${activityName(issue.detail ?? "")}” has no calculation method and is left out.`;
      default:
        return `${issue.field}: ${issue.code}`;
    }
  },
};

export function paneStrings(language: DisplayLanguage): PaneStrings {
  return language === "en" ? en : ja;
}
