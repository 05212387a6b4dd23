/** The few colours and formats every built sheet shares, so the sheets look like one product. */
import { truncateWithEllipsis } from "../truncate";

export const COLORS = {
  title: "#1F4E3D",
  header: "#DDEBE2",
  section: "#1F6F50",
  input: "#FFF8D6",
  notAsked: "#EDEDED",
  /** A cell that reads another sheet's answer (a questionnaire, the collection). */
  linked: "#DDEBF7",
  total: "#F2F2F2",
  must: "#F8D7DA",
  should: "#FFF3CD",
  tab: "#2E7D5B",
} as const;

export const NUMBER_FORMATS = {
  kg: "#,##0.0",
  t: "#,##0.000",
  wholeT: "#,##0",
  yen: "#,##0",
  factor: "0.000",
  count: "#,##0",
} as const;

/** Excel limits the input message title to 32 characters and the message to 255. */
export const promptTitle = (text: string): string => truncateWithEllipsis(text, 32);
export const promptMessage = (text: string): string => truncateWithEllipsis(text, 255);
