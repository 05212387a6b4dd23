/** Helpers the languages share when they word a text. */
import type { FormQuestion } from "../../xlsx/types";

/** A question's unit worth printing ("—" marks a question without one). */
export const unitOf = (q: FormQuestion): string =>
  q.unit && !/^[—–-]$/.test(q.unit.trim()) ? q.unit.trim() : "";
