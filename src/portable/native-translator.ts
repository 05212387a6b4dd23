/**
 * The building blocks of the templates: how an argument becomes native text as an amount, a divisor, a fraction, a
 * name looked up in the 係数表 sheet (factor-sheet.ts), or a vehicle or truck key. Literal arguments are resolved
 * here with the core; others become formulas resolved in the sheet.
 */
import { defaultFactorSet } from "../core";
import type { Lookup } from "../core/lookup";
import { lookupsOf, type SetLookups } from "../core/factor-sets/lookups";
import { resolveSetAndName } from "../core/factor-sets/registry";
import { normalizeName } from "../core/normalize";
import { quote } from "./formula-parser";
import type { Arg } from "./native-args";
import {
  FACTOR_KINDS,
  KEI_LOAD,
  KEI_NAMES,
  NAME_IGNORED,
  matchText,
  type FactorKind,
  type FactorRef,
  type FactorRefs,
} from "./factor-sheet";

export const NA = "NA()";
/** The core's plain-number text (args.ts): 1,000 / 9.5 / .5 after NFKC. */
const NUMERIC_TEXT = /^[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$|^[+-]?\.\d+$/;

function numberText(value: number): string {
  // Excel reads 1E-07, not every program reads 1e-7.
  return String(value).toUpperCase();
}

/** The table of the core a kind names: where a literal name is resolved when translating. */
const KIND_TABLES: Record<
  FactorKind,
  (l: SetLookups) => Lookup<{ readonly key: string; readonly name: { readonly ja: string } }>
> = {
  [FACTOR_KINDS.fuel]: (l) => l.fuel,
  [FACTOR_KINDS.electricity]: (l) => l.electricity,
  [FACTOR_KINDS.heat]: (l) => l.heat,
  [FACTOR_KINDS.rail]: (l) => l.rail,
  [FACTOR_KINDS.cfp]: (l) => l.cfp,
  [FACTOR_KINDS.constant]: (l) => l.scalar,
};

export class Translator {
  private readonly defaultSet = defaultFactorSet();

  constructor(private readonly refs: FactorRefs) {}

  /** How formulas refer to a block of the factor sheet. */
  ref(name: FactorRef): string {
    return this.refs[name];
  }

  /** The text without NAME_IGNORED characters, as the 検索名 columns hold names. */
  private stripped(text: string): string {
    return NAME_IGNORED.reduce((acc, ch) => `SUBSTITUTE(${acc},${quote(ch)},"")`, text);
  }

  /** `x` = a cell or expression: its set part (default set when it has no colon) and its name part. */
  private splitSet(text: string): { set: string; name: string } {
    // The core splits after NFKC, so a full-width colon separates the set too (one character for another).
    const colon = `FIND(":",SUBSTITUTE(${text},"：",":"))`;
    // As in the core, only a known set id before the colon names a set: guidebook names contain colons too.
    const named = `ISNUMBER(MATCH(IFERROR(LEFT(${text},${colon}-1),""),${this.ref("set")},0))`;
    return {
      set: `IF(${named},LEFT(${text},${colon}-1),${quote(this.defaultSet.id)})`,
      name: `IF(${named},MID(${text},${colon}+1,LEN(${text})),${text})`,
    };
  }

  /** The name part of a text expression (after its first colon, if any). */
  nameAfterSet(x: string): string {
    return this.splitSet(x).name;
  }

  // ---- numbers

  /** An amount ≥ 0; blank / "" / omitted count 0. */
  amount(arg: Arg): string {
    switch (arg.kind) {
      case "omitted":
        return "0";
      case "number":
        return arg.value < 0 ? NA : numberText(arg.value);
      case "string":
        return this.literalNumber(arg.value, { blank: 0, min: "zero" });
      case "qualified":
      case "expr": {
        const x = arg.kind === "expr" ? arg.text : arg.whole;
        return `IF(${x}="",0,IF(${x}<0,${NA},${x}))`;
      }
    }
  }

  /**
   * A divisor > 0 that cannot be blank; `fallback` (an optional argument's default) when blank or omitted, and when
   * 0 — an override that cannot be 0 reads a 0 (desktop Excel's blank cell) as blank, as the core does.
   */
  positive(arg: Arg, fallback?: string): string {
    switch (arg.kind) {
      case "omitted":
        return fallback ?? NA;
      case "number":
        if (arg.value === 0 && fallback !== undefined) return fallback;
        return arg.value > 0 ? numberText(arg.value) : NA;
      case "string":
        if (arg.value.trim() === "" && fallback !== undefined) return fallback;
        return this.literalNumber(arg.value, { blank: null, min: "positive" });
      case "qualified":
      case "expr": {
        const x = arg.kind === "expr" ? arg.text : arg.whole;
        const checked = `IF(${x}>0,${x},${NA})`;
        return fallback === undefined ? checked : `IF(${blankOrZero(x)},${fallback},${checked})`;
      }
    }
  }

  /** A share 0–1 that cannot be blank. */
  fraction(arg: Arg): string {
    switch (arg.kind) {
      case "omitted":
        return NA;
      case "number":
        return arg.value >= 0 && arg.value <= 1 ? numberText(arg.value) : NA;
      case "string": {
        const value = this.literalNumber(arg.value, { blank: null, min: "zero" });
        return value !== NA && Number(value) <= 1 ? value : NA;
      }
      case "qualified":
      case "expr": {
        const x = arg.kind === "expr" ? arg.text : arg.whole;
        return `IF(${x}="",${NA},IF(${x}<0,${NA},IF(${x}>1,${NA},${x})))`;
      }
    }
  }

  private literalNumber(
    text: string,
    rule: { blank: number | null; min: "zero" | "positive" }
  ): string {
    const t = text.normalize("NFKC").trim();
    if (t === "") return rule.blank === null ? NA : numberText(rule.blank);
    if (!NUMERIC_TEXT.test(t)) return NA;
    const value = Number(t.replace(/,/g, ""));
    return value < 0 || (rule.min === "positive" && value === 0) ? NA : numberText(value);
  }

  /** A number given directly where a name may be (> 0, or ≥ 0 for a factor); NA for anything else. */
  private numberOf(x: string, min: "zero" | "positive" = "positive"): string {
    return `IF(${x}${min === "zero" ? ">=" : ">"}0,${x},${NA})`;
  }

  // ---- names

  /**
   * The lookup text of a name argument in the 係数 block: `kind|set:name` (or `set:name` without a kind), null
   * when the argument cannot be a name there. Literal names are resolved now, with the core's own matching.
   */
  private nameKey(arg: Arg, kind: FactorKind | null): string | null {
    const prefix = kind === null ? "" : `${kind}|`;
    switch (arg.kind) {
      case "omitted":
      case "number":
        return null;
      case "string": {
        const row = this.resolveLiteral(arg.value, (l) =>
          kind === null ? l.scalar : KIND_TABLES[kind](l)
        );
        return row ? quote(`${prefix}${row.set}:${matchText(row.name)}`) : null;
      }
      case "qualified":
        return `${prefix ? `${quote(prefix)}&` : ""}${arg.set}&":"&${this.stripped(arg.name)}`;
      case "expr": {
        const { set, name } = this.splitSet(arg.text);
        return `${prefix ? `${quote(prefix)}&` : ""}${set}&":"&${this.stripped(name)}`;
      }
    }
  }

  private resolveLiteral(
    text: string,
    table: (
      l: SetLookups
    ) => Lookup<{ readonly key: string; readonly name: { readonly ja: string } }>
  ): { set: string; name: string } | null {
    try {
      const { set, name } = resolveSetAndName(text);
      const row = table(lookupsOf(set)).find(name);
      return row ? { set: set.id, name: row.name.ja } : null;
    } catch {
      return null;
    }
  }

  /** INDEX(column, MATCH(key, 係数_区分検索名 or 係数_検索名, 0)). */
  private factorColumn(key: string, kind: FactorKind | null, column: FactorRef): string {
    return `INDEX(${this.ref(column)},MATCH(${key},${this.ref(kind === null ? "lookup" : "kindLookup")},0))`;
  }

  /** A column of the row a name argument names (FACTOR's table when kind is null). NA when it cannot be found. */
  named(arg: Arg, kind: FactorKind | null, column: FactorRef): string {
    const key = this.nameKey(arg, kind);
    return key === null ? NA : this.factorColumn(key, kind, column);
  }

  /** A row of the default set by key (an omitted argument's documented default). */
  defaultFactor(kind: FactorKind, key: string, column: FactorRef = "value"): string {
    const row = KIND_TABLES[kind](lookupsOf(this.defaultSet)).find(key);
    if (!row) throw new Error(`default ${key} missing in ${this.defaultSet.id}`);
    return this.factorColumn(
      quote(`${kind}|${this.defaultSet.id}:${matchText(row.name.ja)}`),
      kind,
      column
    );
  }

  /** An optional name: blank, 0 (desktop Excel's blank cell) or omitted → `fallback`. */
  optionalNamed(arg: Arg, kind: FactorKind, column: FactorRef, fallback: string): string {
    if (
      arg.kind === "omitted" ||
      (arg.kind === "string" && arg.value.trim() === "") ||
      (arg.kind === "number" && arg.value === 0)
    )
      return fallback;
    const value = this.named(arg, kind, column);
    return arg.kind === "expr" ? `IF(${blankOrZero(arg.text)},${fallback},${value})` : value;
  }

  /**
   * A number or a name of one of `kinds` (the first found); a set-qualified numeric text ("jver-2011:9.5") is that
   * number. `min`: whether 0 is a real value ("zero": a factor) or not ("positive"). `fallback`: the optional
   * argument's default when blank or omitted — and when 0, with `min` "positive" (a 0 is then the blank it stands for).
   */
  numberOrNamed(
    arg: Arg,
    kinds: readonly FactorKind[],
    column: FactorRef,
    min: "zero" | "positive",
    fallback?: string
  ): string {
    const zeroIsBlank = min === "positive" && fallback !== undefined;
    const lookups = (a: Arg): string | null => {
      const found = kinds.map((kind) => this.named(a, kind, column)).filter((text) => text !== NA);
      if (found.length === 0) return null;
      return found.reduce((acc, text) => `IFERROR(${acc},${text})`);
    };
    switch (arg.kind) {
      case "omitted":
        return fallback ?? NA;
      case "number":
        if (arg.value === 0 && zeroIsBlank) return fallback;
        return arg.value > 0 || (arg.value === 0 && min === "zero") ? numberText(arg.value) : NA;
      case "string": {
        if (arg.value.trim() === "") return fallback ?? NA;
        let name: string;
        try {
          name = resolveSetAndName(arg.value).name;
        } catch {
          return NA;
        }
        if (NUMERIC_TEXT.test(name) || name === "")
          return this.literalNumber(name, { blank: null, min });
        return lookups(arg) ?? NA;
      }
      case "qualified": {
        // "set:" + a blank cell is a blank name, an error (VALUE of a blank cell would be 0).
        const n = arg.name;
        const found = lookups(arg) ?? NA;
        return `IF(${n}="",${NA},IF(ISNUMBER(${n}),${this.numberOf(n, min)},IFERROR(${found},${this.numberOf(`VALUE(${n})`, min)})))`;
      }
      case "expr": {
        const x = arg.text;
        const found = lookups(arg) ?? NA;
        const afterColon = this.splitSet(x).name;
        const value = `IF(ISNUMBER(${x}),${this.numberOf(x, min)},IFERROR(${found},${this.numberOf(`VALUE(${afterColon})`, min)}))`;
        return `IF(${zeroIsBlank ? blankOrZero(x) : `${x}=""`},${fallback ?? NA},${value})`;
      }
    }
  }

  /** A number only (a set-qualified numeric text too): the factor of a diesel rail rate. */
  numberOnly(arg: Arg): string {
    switch (arg.kind) {
      case "omitted":
        return NA;
      case "number":
        return arg.value > 0 ? numberText(arg.value) : NA;
      case "string": {
        try {
          return this.literalNumber(resolveSetAndName(arg.value).name, {
            blank: null,
            min: "positive",
          });
        } catch {
          return NA;
        }
      }
      case "qualified":
        return `IF(ISNUMBER(${arg.name}),${this.numberOf(arg.name)},${this.numberOf(`VALUE(${arg.name})`)})`;
      case "expr":
        return `IF(ISNUMBER(${arg.text}),${this.numberOf(arg.text)},${this.numberOf(`VALUE(${this.splitSet(arg.text).name})`)})`;
    }
  }

  // ---- vehicles and trucks

  /** The 車種 lookup text (set:name); blank, 0 or omitted → the default set's 乗用車. */
  vehicleKey(arg: Arg): string | null {
    const fallback = (): string => {
      const row = lookupsOf(this.defaultSet).vehicle.find("car");
      if (!row) throw new Error(`default vehicle car missing in ${this.defaultSet.id}`);
      return quote(`${this.defaultSet.id}:${matchText(row.name.ja)}`);
    };
    switch (arg.kind) {
      case "omitted":
        return fallback();
      case "number":
        return arg.value === 0 ? fallback() : null;
      case "string": {
        if (arg.value.trim() === "") return fallback();
        const row = this.resolveLiteral(arg.value, (l) => l.vehicle);
        return row ? quote(`${row.set}:${matchText(row.name)}`) : null;
      }
      case "qualified":
        return `${arg.set}&":"&${this.stripped(arg.name)}`;
      case "expr": {
        const { set, name } = this.splitSet(arg.text);
        return `IF(${blankOrZero(arg.text)},${fallback()},${set}&":"&${this.stripped(name)})`;
      }
    }
  }

  /** km/ℓ standard value for a vehicle and the fuel's key; "—" in the table (no value) makes the formula an error. */
  standardEconomy(vehicleKey: string | null, fuel: Arg): string {
    if (vehicleKey === null) return NA;
    const fuelKey = this.named(fuel, FACTOR_KINDS.fuel, "key");
    return `INDEX(${this.ref("vehicleEconomy")},MATCH(${vehicleKey},${this.ref("vehicleLookup")},0),MATCH(${fuelKey},${this.ref("vehicleFuels")},0))`;
  }

  /** The maximum load as the truck table's band columns read it: kg, or -1 for 軽. */
  truckLoad(arg: Arg): string {
    switch (arg.kind) {
      case "omitted":
        return NA;
      case "number":
        // No truck carries 0 kg: a 0 is desktop Excel's blank cell, an error as a blank is (the core's max_load).
        return arg.value <= 0 ? NA : numberText(arg.value);
      case "string": {
        const keiNames = new Set(KEI_NAMES.map(normalizeName));
        if (keiNames.has(normalizeName(arg.value))) return numberText(KEI_LOAD);
        return this.literalNumber(arg.value, { blank: null, min: "zero" });
      }
      case "qualified":
      case "expr": {
        const x = arg.kind === "expr" ? arg.text : arg.whole;
        return `IF(ISNUMBER(MATCH(${this.stripped(x)},${this.ref("keiNames")},0)),${KEI_LOAD},IF(${x}="",${NA},IF(${x}<=0,${NA},${x})))`;
      }
    }
  }

  /** 営業用 / 自家用 as the truck table's use key; blank, 0 or omitted → commercial. */
  truckUse(arg: Arg): string {
    const commercial = quote("commercial");
    switch (arg.kind) {
      case "omitted":
        return commercial;
      case "number":
        return arg.value === 0 ? commercial : NA;
      case "string": {
        if (arg.value.trim() === "") return commercial;
        try {
          const { set, name } = resolveSetAndName(arg.value);
          const row = lookupsOf(set).truckUse.find(name);
          return row ? quote(row.key) : NA;
        } catch {
          return NA;
        }
      }
      case "qualified":
      case "expr": {
        const x = arg.kind === "expr" ? arg.text : arg.whole;
        return `IF(${blankOrZero(x)},${commercial},INDEX(${this.ref("useKeys")},MATCH(${this.stripped(x)},${this.ref("useNames")},0)))`;
      }
    }
  }

  /** Criteria of the truck table for a fuel, a load (kg or -1) and a use key. */
  truckCriteria(fuel: Arg, load: string, use: string): string {
    const bound = (op: string) =>
      /^-?[\d.]+$/.test(load) ? quote(`${op}${load}`) : `${quote(op)}&${load}`;
    return [
      this.ref("truckFuel"),
      this.named(fuel, FACTOR_KINDS.fuel, "setKey"),
      this.ref("truckUse"),
      use,
      this.ref("truckMin"),
      bound("<="),
      this.ref("truckLimit"),
      bound(">"),
    ].join(",");
  }
}

/**
 * A blank, "" or 0 (desktop Excel's blank cell) — what an optional name or override reads as "the default". A text
 * "0" is not 0 here (text and numbers never compare equal), as in the core.
 */
export function blankOrZero(x: string): string {
  return `OR(${x}="",${x}=0)`;
}
