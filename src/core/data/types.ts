/** Shared shapes of the bundled data tables. Values are transcribed from the guidebook; see each module's header. */

/** A text shown to users: Japanese first, English where Office runs in English. */
export interface Label {
  readonly ja: string;
  readonly en: string;
}

/** Where a value comes from: the original source the guidebook names, and the guidebook table it was read from. */
export interface Citation {
  readonly source: SourceId;
  /** The guidebook (chapter 2) table or passage the value was transcribed from, e.g. "別表：排出係数一覧（48頁）". */
  readonly table: string;
}

export type SourceId =
  | "jver-default-v1.1"
  | "elec-operator-2009"
  | "ghg-calculation-guideline"
  | "jver-forest-monitoring-v2.1"
  | "chiba-forest-2009"
  | "cfp-pcr-pa-bs-01"
  | "cfp-certified-products"
  | "jver-methodologies-2011"
  | "guidebook-2011"
  | "moe-market-mechanisms-2011";

export interface Source {
  readonly title: Label;
  readonly publisher: Label;
  /** ISO date of publication or of the state the guidebook quotes ("as of"). */
  readonly date: string;
  readonly note?: Label;
}
