/** The formulas of ■ 算定結果: each method's GHG call over its input cells, before and after, and where its factor comes from. */
import type { ActivityInput, CalculationMethod } from "../../scenarios/types";
import { cellAddress, formula } from "../grid";
import type { CellContent } from "../layout";
import { blankAsText, placeholderArguments, takesBlankCellStraight } from "./blank-cells";
import { at, ELEC_VALUE_CELL, HEADER, SET_CELL } from "./boundary-header";
import { isNameKind, isSetQualified } from "./inputs";

export type Stage = "pre" | "post";

/**
 * The reference a formula uses for one input at one stage; undefined when the input is not asked at that stage.
 * `blankText`: the input cell is passed as IF(ISBLANK(x),"",x), for a GHG argument where desktop Excel's blank (0)
 * would not mean blank (blank-cells.ts). A set-qualified name is "" when blank in such an argument, "set:name" otherwise.
 */
function inputReference(
  input: ActivityInput,
  row: number,
  stage: Stage,
  blankText = false
): string | undefined {
  const pre = cellAddress(row, 6);
  const post = cellAddress(row, 7);
  const cell = (ref: string) => (blankText && !isSetQualified(input.kind) ? blankAsText(ref) : ref);
  let ref: string | undefined;
  if (stage === "pre") ref = input.asked.pre ? cell(pre) : undefined;
  else if (!input.asked.post) ref = input.asked.pre ? cell(pre) : undefined;
  // A name not repeated for the actual figures (the same fuel, the same operator) carries over from the estimate.
  else
    ref =
      isNameKind(input.kind) && input.asked.pre
        ? `IF(${post}="",${cell(pre)},${post})`
        : cell(post);
  if (ref === undefined) return undefined;
  if (!isSetQualified(input.kind)) return ref;
  const qualified = `${SET_CELL}&":"&${ref}`;
  // Into an optional argument a blank name is "" — the function's default (乗用車, the standard rail rate) — rather
  // than "set:", which reads as a blank name and is an error for a required one.
  return blankText ? `IF(${ref}="","",${qualified})` : qualified;
}

/** 事前/事後 result of one activity: the method's formula over the input cells, 0 while no quantity is entered. */
export function resultFormula(
  method: CalculationMethod,
  inputRows: Map<string, number>,
  stage: Stage
): CellContent {
  const { call, args } = placeholderArguments(method.formula);
  // Inside the GHG call an input may need "" for blank (an optional or a blank-sensitive argument); in the tail
  // (*{passengers}) a blank multiplies as 0 on every host.
  const refs = new Map<string, string>();
  const argumentRefs = new Map<string, string>();
  for (const input of method.inputs) {
    const row = inputRows.get(input.key) as number;
    const ref = inputReference(input, row, stage);
    if (ref === undefined && method.formula.includes(`{${input.key}}`)) return "—";
    if (ref === undefined) continue;
    refs.set(input.key, ref);
    const target = args.get(input.key);
    const blankText = target !== undefined && !takesBlankCellStraight(target.name, target.index);
    argumentRefs.set(
      input.key,
      blankText ? (inputReference(input, row, stage, true) as string) : ref
    );
  }
  const substitute = (text: string, from: Map<string, string>) =>
    text.replace(/\{([A-Za-z0-9_]+)\}/g, (_, key: string) =>
      key === "ELEC" ? ELEC_VALUE_CELL : (from.get(key) ?? "0")
    );
  const body = substitute(call, argumentRefs) + substitute(method.formula.slice(call.length), refs);
  const quantities = method.inputs
    .filter((input) => input.kind === "number" && method.formula.includes(`{${input.key}}`))
    .map((input) =>
      cellAddress(inputRows.get(input.key) as number, stage === "pre" || !input.asked.post ? 6 : 7)
    );
  return quantities.length === 0
    ? formula(body)
    : formula(`IF(COUNT(${quantities.join(",")})=0,0,${body})`);
}

export function citationFormula(
  method: CalculationMethod,
  inputRows: Map<string, number>
): CellContent {
  if (method.factor && "electricity" in method.factor) return formula(`${at(HEADER.source)}`);
  if (method.factor && "input" in method.factor) {
    const row = inputRows.get(method.factor.input);
    if (row !== undefined)
      return formula(
        `IFERROR(GHG.FACTOR_INFO(${SET_CELL}&":"&IF(${cellAddress(row, 7)}="",${cellAddress(row, 6)},${cellAddress(row, 7)})),"")`
      );
  }
  return `ガイドブック ${method.citation.table}`;
}
