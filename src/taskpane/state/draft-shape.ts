/**
 * Reading stored JSON back as a typed value without trusting it: a shape says what each field must be, and a value
 * that does not fit is refused (undefined) rather than let into the pane, where a missing string or an unknown kind
 * would break a form. Fields the shape does not name are dropped.
 */

/** A field's shape: any text, a switch, one of some texts, a list of rows, a record of fields, or a map by key. */
export type Shape =
  | { readonly kind: "text" }
  | { readonly kind: "flag" }
  | { readonly kind: "oneOf"; readonly values: readonly string[] }
  | { readonly kind: "list"; readonly item: Shape }
  | { readonly kind: "record"; readonly fields: Readonly<Record<string, Shape>> }
  | { readonly kind: "map"; readonly keys: readonly string[]; readonly value: Shape };

export const text: Shape = { kind: "text" };
export const flag: Shape = { kind: "flag" };
export const oneOf = (values: readonly string[]): Shape => ({ kind: "oneOf", values });
export const list = (item: Shape): Shape => ({ kind: "list", item });
export const record = (fields: Readonly<Record<string, Shape>>): Shape => ({
  kind: "record",
  fields,
});
/** An object whose keys are some of `keys` (others dropped), each value of the same shape. */
export const map = (keys: readonly string[], value: Shape): Shape => ({ kind: "map", keys, value });

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The value as the shape has it, or undefined when any part of it does not fit. */
export function conform(value: unknown, shape: Shape): unknown {
  switch (shape.kind) {
    case "text":
      return typeof value === "string" ? value : undefined;
    case "flag":
      return typeof value === "boolean" ? value : undefined;
    case "oneOf":
      return typeof value === "string" && shape.values.includes(value) ? value : undefined;
    case "list": {
      if (!Array.isArray(value)) return undefined;
      const items = value.map((v) => conform(v, shape.item));
      return items.every((v) => v !== undefined) ? items : undefined;
    }
    case "record": {
      if (!isObject(value)) return undefined;
      const out: Record<string, unknown> = {};
      for (const [key, field] of Object.entries(shape.fields)) {
        const v = conform(value[key], field);
        if (v === undefined) return undefined;
        out[key] = v;
      }
      return out;
    }
    case "map": {
      if (!isObject(value)) return undefined;
      const out: Record<string, unknown> = {};
      for (const key of shape.keys) {
        if (!(key in value)) continue;
        const v = conform(value[key], shape.value);
        if (v === undefined) return undefined;
        out[key] = v;
      }
      return out;
    }
  }
}
