/** The one Decimal constructor the core computes with: 34 significant digits, so a chain of ÷365 and ×44/12 stays exact to far below display precision. */
import DecimalJs from "decimal.js";

export const Decimal = DecimalJs.clone({ precision: 34, rounding: DecimalJs.ROUND_HALF_UP });
export type Decimal = InstanceType<typeof Decimal>;

export function dec(value: number | string | Decimal): Decimal {
  // Through String() so 2.59 becomes exactly 2.59, not its binary approximation.
  return new Decimal(typeof value === "number" ? String(value) : value);
}
