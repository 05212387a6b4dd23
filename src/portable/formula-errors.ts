/** A formula the portable translator cannot read. */
export class FormulaParseError extends Error {}
