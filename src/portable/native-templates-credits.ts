/** Templates of the credit functions (reductions, credits needed, cost) and of FACTOR and FACTOR_INFO. */
import { resolveSetAndName } from "../core/factor-sets/registry";
import { normalizeName } from "../core/normalize";
import { quote } from "./formula-parser";
import type { FactorRef } from "./factor-sheet";
import { arg, type Arg, type Templates } from "./native-args";
import { NA, blankOrZero, type Translator } from "./native-translator";

/** FACTOR_INFO's fields and their names (factors.ts FIELDS): the column each reads. */
const INFO_FIELDS: readonly {
  readonly names: readonly string[];
  readonly column: FactorRef | "valueText";
}[] = [
  { names: ["value", "値"], column: "valueText" },
  { names: ["unit", "単位"], column: "unit" },
  { names: ["name", "名称", "名前"], column: "name" },
  { names: ["set", "係数セット", "factor set", "セット"], column: "set" },
  { names: ["source", "出典"], column: "source" },
  { names: ["date", "公表日", "日付"], column: "date" },
  { names: ["table", "表"], column: "table" },
];

function fieldValue(t: Translator, factor: Arg, column: FactorRef | "valueText"): string {
  // FACTOR_INFO returns text: the value too (String(value) in the core).
  return column === "valueText"
    ? `(${t.named(factor, null, "value")}&"")`
    : t.named(factor, null, column);
}

export const CREDIT_TEMPLATES: Templates = {
  EMISSION_REDUCTION: {
    params: 2,
    template: (t, a) => `(${t.amount(arg(a, 0))}-${t.amount(arg(a, 1))})`,
  },
  // Credits are whole tonnes rounded up (CEILING differs between programs). kg/1000 in binary may round onto a
  // whole number the exact quotient exceeds, so the remainder is tested on kg itself: n = INT(kg/1000), plus one
  // when kg > 1000n — the core's ceil of the exact quotient for every kg ≥ 0.
  CREDITS_NEEDED: {
    params: 1,
    template: (t, a) => {
      const kg = t.amount(arg(a, 0));
      const whole = `INT(${kg}/1000)`;
      return `(${whole}+IF(${kg}>${whole}*1000,1,0))`;
    },
  },
  OFFSET_COST: { params: 2, template: (t, a) => `(${t.amount(arg(a, 0))}*${t.amount(arg(a, 1))})` },
};

export const FACTOR_TEMPLATES: Templates = {
  FACTOR: { params: 1, template: (t, a) => t.named(arg(a, 0), null, "value") },
  FACTOR_INFO: {
    params: 2,
    template: (t, a) => {
      const factor = arg(a, 0);
      const field = arg(a, 1);
      if (
        field.kind === "omitted" ||
        (field.kind === "string" && field.value.trim() === "") ||
        (field.kind === "number" && field.value === 0)
      )
        return t.named(factor, null, "info");
      if (field.kind === "string") {
        let name: string;
        try {
          name = resolveSetAndName(field.value).name;
        } catch {
          return NA;
        }
        const found = INFO_FIELDS.find((f) =>
          f.names.some((n) => normalizeName(n) === normalizeName(name))
        );
        return found ? fieldValue(t, factor, found.column) : NA;
      }
      if (field.kind === "number") return NA;
      // A field named in a cell: compared in the formula (= ignores case, as the core), after its set if any.
      const x = field.kind === "qualified" ? field.name : t.nameAfterSet(field.text);
      const branches = INFO_FIELDS.reduceRight(
        (otherwise, f) =>
          `IF(OR(${f.names.map((n) => `${x}=${quote(n)}`).join(",")}),${fieldValue(t, factor, f.column)},${otherwise})`,
        NA
      );
      const blank = field.kind === "qualified" ? `${field.whole}=""` : blankOrZero(field.text);
      return `IF(${blank},${t.named(factor, null, "info")},${branches})`;
    },
  },
};
