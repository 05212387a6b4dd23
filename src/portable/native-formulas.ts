/**
 * GHG.* calls → native Excel formulas over the 係数表 sheet (factor-sheet.ts), for portable copies that compute
 * without the add-in (Excel, Excel on the web, LibreOffice). Only functions every one of them has are used: IF,
 * IFERROR, ISERROR, ISNUMBER, INDEX, MATCH, SUMIFS, COUNTIFS, SUBSTITUTE, FIND, MID, LEFT, LEN, VALUE, INT, OR, NA.
 *
 * A formula is tokenized and parsed into a small expression tree (Excel's precedence: comparison < & < + - < * / <
 * ^ < unary < %), GHG calls are replaced bottom-up by per-function templates, and the tree is printed back; the
 * rest of the formula is printed as it was. Arguments known when translating (literals, omitted ones) are resolved
 * with the core itself (names → the row's key, defaults of the default set); others are resolved in the sheet:
 *  - a name `$C$13&":"&F57` (set-qualified, as the builders write it) → MATCH("燃料|"&$C$13&":"&<F57 without the
 *    ignored characters>, 係数_区分検索名, 0); any other text expression is split at its first ":" in the formula;
 *  - a number-or-name argument → IF(ISNUMBER(x), x, IFERROR(<the name's value>, VALUE(<text after the colon>)));
 *  - amounts → IF(x="",0,IF(x<0,NA(),x)) (a blank or "" counts 0, as in the core), divisors → IF(x>0,x,NA());
 *  - a 0 means what it means in the core (args.ts): a blank in a name and in an optional override that cannot be 0
 *    (km/ℓ, a rail rate → the default), the number 0 in an electricity factor (a zero-emission tariff → 0 kg).
 * Valid inputs give the core's numbers (in binary floating point rather than the core's decimals). Invalid ones
 * give an Excel error (#N/A, #VALUE!, #DIV/0!) where the core gives its own, with these exceptions: a text that is a
 * number is not read as one where it is compared (shares, maximum loads), and names match only in the spellings
 * factor-sheet.ts describes.
 */
import { defaultFactorSet } from "../core";
import type { Lookup } from "../core/lookup";
import { lookupsOf, type SetLookups } from "../core/factor-sets/lookups";
import { resolveSetAndName } from "../core/factor-sets/registry";
import { normalizeName } from "../core/normalize";
import { atom, parseExcelFormula, printFormula, quote, type Node } from "./formula-parser";
import {
  FACTOR_KINDS,
  KEI_LOAD,
  KEI_NAMES,
  NAME_IGNORED,
  RAIL_DIESEL,
  factorRefs,
  matchText,
  type FactorKind,
  type FactorRef,
  type FactorRefs,
} from "./factor-sheet";

// ---------------------------------------------------------------------------------------------------------------
// Errors

/** A GHG function with no native translation (or not a GHG function at all). */
export class UntranslatableFunctionError extends Error {
  constructor(readonly functionName: string) {
    super(
      `GHG.${functionName} は互換ブックの式に変換できません / GHG.${functionName} has no native translation (translated: ${TRANSLATED_FUNCTIONS.join(", ")})`
    );
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Arguments

/** An argument as the templates see it. */
type Arg =
  | { readonly kind: "omitted" }
  | { readonly kind: "string"; readonly value: string }
  | { readonly kind: "number"; readonly value: number }
  /** `set & ":" & name` written out in the formula: the set and name parts as formula text (atomic). */
  | {
      readonly kind: "qualified";
      readonly whole: string;
      readonly set: string;
      readonly name: string;
      readonly single: boolean;
    }
  | { readonly kind: "expr"; readonly text: string };

function concatElements(node: Node): Node[] {
  return node.type === "binary" && node.op === "&"
    ? [...concatElements(node.left), ...concatElements(node.right)]
    : [node];
}

function classify(node: Node | null): Arg {
  if (node === null) return { kind: "omitted" };
  if (node.type === "string") return { kind: "string", value: node.value };
  if (node.type === "number") return { kind: "number", value: Number(node.text) };
  if (node.type === "prefix" && node.operand.type === "number") {
    const value = Number(node.operand.text);
    return { kind: "number", value: node.op === "-" ? -value : value };
  }
  const elements = concatElements(node);
  if (elements.length > 1) {
    if (elements.every((e) => e.type === "string"))
      return {
        kind: "string",
        value: elements.map((e) => (e as { value: string }).value).join(""),
      };
    const colon = elements.findIndex((e) => e.type === "string" && e.value.includes(":"));
    if (colon >= 0) {
      const literal = (elements[colon] as { value: string }).value;
      const cut = literal.indexOf(":");
      const setParts = [
        ...elements.slice(0, colon).map(atom),
        ...(cut > 0 ? [quote(literal.slice(0, cut))] : []),
      ];
      const nameParts = [
        ...(cut < literal.length - 1 ? [quote(literal.slice(cut + 1))] : []),
        ...elements.slice(colon + 1).map(atom),
      ];
      const join = (parts: string[]) =>
        parts.length === 0
          ? '""'
          : parts.length === 1
            ? (parts[0] as string)
            : `(${parts.join("&")})`;
      return {
        kind: "qualified",
        whole: atom(node),
        set: join(setParts),
        name: join(nameParts),
        single: nameParts.length === 1,
      };
    }
  }
  return { kind: "expr", text: atom(node) };
}

// ---------------------------------------------------------------------------------------------------------------
// Templates

const NA = "NA()";
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

class Translator {
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
function blankOrZero(x: string): string {
  return `OR(${x}="",${x}=0)`;
}

type Template = (t: Translator, args: readonly Arg[]) => string;

/** kg-CO2/kWh: a number (0 for a zero-emission tariff), a name of an electricity factor, or (blank / omitted) the default set's default. */
const electricity = (t: Translator, arg: Arg): string =>
  t.numberOrNamed(
    arg,
    [FACTOR_KINDS.electricity],
    "value",
    "zero",
    t.defaultFactor(FACTOR_KINDS.electricity, defaultFactorSet().defaultElectricityKey)
  );

const fuelValue = (t: Translator, arg: Arg): string => t.named(arg, FACTOR_KINDS.fuel, "value");

const arg = (args: readonly Arg[], index: number): Arg => args[index] ?? { kind: "omitted" };

/** One template per translated function; each gets the arguments classified and returns native text. */
const TEMPLATES: Readonly<
  Record<string, { readonly params: number; readonly template: Template }>
> = {
  CO2_FUEL: {
    params: 2,
    template: (t, a) => `(${t.amount(arg(a, 1))}*${fuelValue(t, arg(a, 0))})`,
  },
  CO2_ELEC: {
    params: 2,
    template: (t, a) => `(${t.amount(arg(a, 0))}*${electricity(t, arg(a, 1))})`,
  },
  CO2_HEAT: {
    params: 2,
    template: (t, a) => {
      const fallback = t.defaultFactor(FACTOR_KINDS.heat, defaultFactorSet().defaultHeatKey);
      return `(${t.amount(arg(a, 0))}*${t.optionalNamed(arg(a, 1), FACTOR_KINDS.heat, "value", fallback)})`;
    },
  },
  CO2_EQUIPMENT: {
    params: 4,
    template: (t, a) =>
      `(${t.amount(arg(a, 0))}*${t.amount(arg(a, 1))}*${t.amount(arg(a, 2))}*${electricity(t, arg(a, 3))}/1000)`,
  },
  CO2_FLOOR_AREA: {
    params: 3,
    template: (t, a) =>
      `(${t.amount(arg(a, 0))}*${t.amount(arg(a, 1))}*${t.amount(arg(a, 2))}/365)`,
  },
  FUEL_ECONOMY: {
    params: 3,
    template: (t, a) => {
      const criteria = t.truckCriteria(arg(a, 0), t.truckLoad(arg(a, 1)), t.truckUse(arg(a, 2)));
      return `IF(COUNTIFS(${criteria})=1,SUMIFS(${t.ref("truckEconomy")},${criteria}),${NA})`;
    },
  },
  CO2_TRUCK: {
    params: 5,
    template: (t, a) => {
      const load = t.truckLoad(arg(a, 2));
      const use = t.truckUse(arg(a, 3));
      const table = `SUMIFS(${t.ref("truckEconomy")},${t.truckCriteria(arg(a, 1), load, use)})`;
      const given = arg(a, 4);
      const base = (economy: string) =>
        `(${t.amount(arg(a, 0))}/${economy}*${fuelValue(t, arg(a, 1))})`;
      // No table value when 0 rows match: SUMIFS gives 0 and the division #DIV/0!.
      if (given.kind === "omitted") return base(table);
      // With a fuel economy given, the core still rejects a blank or unknown maximum load or use.
      const economy = t.positive(given, table);
      if (load === NA || use === NA) return NA;
      const literal = /^(-?[\d.]+|"[a-z]+")$/;
      if (literal.test(load) && literal.test(use)) return base(economy);
      return `IF(ISERROR(${load}&${use}),${NA},${base(economy)})`;
    },
  },
  CO2_VEHICLE: {
    params: 4,
    template: (t, a) => {
      const standard = t.standardEconomy(t.vehicleKey(arg(a, 2)), arg(a, 1));
      return `(${t.amount(arg(a, 0))}/${t.positive(arg(a, 3), standard)}*${fuelValue(t, arg(a, 1))})`;
    },
  },
  CO2_RAIL: {
    params: 4,
    template: (t, a) => {
      const rate = arg(a, 2);
      const set = defaultFactorSet();
      const defaultRail = lookupsOf(set).rail.find(set.defaultRailKey);
      if (!defaultRail) throw new Error(`default rail rate missing in ${set.id}`);
      const fallback = t.defaultFactor(FACTOR_KINDS.rail, set.defaultRailKey);
      const rateValue = t.numberOrNamed(rate, [FACTOR_KINDS.rail], "value", "positive", fallback);
      const amounts = `${t.amount(arg(a, 0))}*${t.amount(arg(a, 1))}*${rateValue}`;
      const factor = arg(a, 3);
      // A diesel rate (MJ/人・km) needs a number in kg-CO2/MJ; an electric one an electricity factor.
      const blank =
        rate.kind === "omitted" ||
        (rate.kind === "string" && rate.value.trim() === "") ||
        (rate.kind === "number" && rate.value === 0);
      let diesel: string;
      if (blank) diesel = defaultRail.energy === "diesel" ? "TRUE" : "FALSE";
      else if (rate.kind === "number") diesel = "FALSE";
      else if (rate.kind === "string")
        diesel = literalRailEnergy(rate.value) === "diesel" ? "TRUE" : "FALSE";
      else
        diesel = `IFERROR(${t.named(rate, FACTOR_KINDS.rail, "railEnergy")}=${quote(RAIL_DIESEL)},FALSE())`;
      if (diesel === "FALSE") return `(${amounts}*${electricity(t, factor)})`;
      if (diesel === "TRUE") return `(${amounts}*${t.numberOnly(factor)})`;
      return `(${amounts}*IF(${diesel},${t.numberOnly(factor)},${electricity(t, factor)}))`;
    },
  },
  CO2_BUS: {
    params: 4,
    template: (t, a) => {
      const standard = t.standardEconomy(
        t.vehicleKey({ kind: "string", value: `${defaultFactorSet().id}:bus` }),
        arg(a, 2)
      );
      return `(${t.amount(arg(a, 0))}/${t.positive(arg(a, 3), standard)}*${fuelValue(t, arg(a, 2))}/${t.positive(arg(a, 1))})`;
    },
  },
  CO2_SHIP: {
    params: 4,
    template: (t, a) =>
      `(${t.amount(arg(a, 0))}/${t.positive(arg(a, 3))}*${fuelValue(t, arg(a, 2))}/${t.positive(arg(a, 1))})`,
  },
  CO2_FUEL_PER_PERSON: {
    params: 3,
    template: (t, a) =>
      `(${t.amount(arg(a, 1))}*${fuelValue(t, arg(a, 0))}/${t.positive(arg(a, 2))})`,
  },
  CO2_LODGING: {
    params: 6,
    template: (t, a) => {
      const factor = t.numberOrNamed(
        arg(a, 1),
        [FACTOR_KINDS.electricity, FACTOR_KINDS.fuel],
        "value",
        "zero"
      );
      return `(${t.amount(arg(a, 0))}*${factor}*${t.fraction(arg(a, 2))}/${t.positive(arg(a, 3))}*${t.amount(arg(a, 4))}/${t.positive(arg(a, 5))})`;
    },
  },
  CO2_PRINT: {
    params: 2,
    template: (t, a) =>
      `(${t.amount(arg(a, 0))}*${t.numberOrNamed(arg(a, 1), [FACTOR_KINDS.cfp], "cfpGrams", "positive")}/1000)`,
  },
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

function literalRailEnergy(text: string): string | undefined {
  try {
    const { set, name } = resolveSetAndName(text);
    return lookupsOf(set).rail.find(name)?.energy;
  } catch {
    return undefined;
  }
}

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

/** The GHG functions with a native translation. */
export const TRANSLATED_FUNCTIONS: readonly string[] = Object.keys(TEMPLATES);

export interface NativeOptions {
  /** How formulas refer to the factor sheet's blocks (default: `{{name:factors.*}}` placeholders). */
  readonly refs?: FactorRefs;
}

function isGhg(name: string): boolean {
  return /^GHG\./i.test(name);
}

function transform(node: Node, translator: Translator): Node {
  switch (node.type) {
    case "call": {
      const args = node.args.map((a) => (a ? transform(a, translator) : null));
      if (!isGhg(node.name)) return { ...node, args };
      const name = node.name.slice(4).toUpperCase();
      const spec = TEMPLATES[name];
      if (!spec) throw new UntranslatableFunctionError(name);
      // Too many arguments: the core answers #VALUE!.
      if (args.length > spec.params) return { type: "native", text: NA };
      return { type: "native", text: atomic(spec.template(translator, args.map(classify))) };
    }
    case "paren":
      return { ...node, inner: transform(node.inner, translator) };
    case "prefix":
    case "percent":
      return { ...node, operand: transform(node.operand, translator) };
    case "binary":
      return {
        ...node,
        left: transform(node.left, translator),
        right: transform(node.right, translator),
      };
    default:
      return node;
  }
}

/** The text as one operand: as it is when it is a call or parenthesized as a whole, else in parentheses. */
function atomic(text: string): string {
  const open = /^[A-Za-z.]*\(/.exec(text);
  if (!open) return `(${text})`;
  let depth = 0;
  let inString = false;
  for (let i = open[0].length - 1; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"') inString = !inString;
    if (inString) continue;
    if (ch === "(") depth++;
    else if (ch === ")" && --depth === 0) return i === text.length - 1 ? text : `(${text})`;
  }
  return `(${text})`;
}

/** Whether a formula calls any GHG function (outside string literals). */
export function hasGhgCall(formula: string): boolean {
  return /(^|[^A-Za-z0-9_.])GHG\.[A-Za-z_]/i.test(formula.replace(/"(?:[^"]|"")*"/g, '""'));
}

/**
 * The formula with every GHG.* call replaced by native functions over the factor sheet; a leading "=" is kept.
 * Throws UntranslatableFunctionError for a GHG function without a template, FormulaParseError for bad syntax.
 */
export function toNativeFormula(formula: string, options: NativeOptions = {}): string {
  if (!hasGhgCall(formula)) return formula;
  const translator = new Translator(options.refs ?? factorRefs());
  const text = printFormula(transform(parseExcelFormula(formula), translator));
  return /^\s*=/.test(formula) ? `=${text}` : text;
}
