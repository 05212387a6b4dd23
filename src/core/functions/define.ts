/**
 * defineFunction: a GHG.* function is its public description plus typed parameters and a pure body. `call` is the
 * only entry point adapters use: it coerces raw values, runs the body, and turns every failure into a CalcError,
 * so no exception ever reaches Excel, the CLI or the pane.
 */
import type { Param } from "../args";
import { Decimal } from "../decimal";
import { messages } from "../messages";
import { CalcError, type CalcResult } from "../result";
import type { FunctionInfo } from "./types";

type ArgsOf<P extends readonly Param<unknown>[]> = {
  [K in keyof P]: P[K] extends Param<infer T> ? T : never;
};

export type BodyResult = Decimal | string | CalcError;

export interface FunctionSpec<P extends readonly Param<unknown>[]> extends Omit<
  FunctionInfo,
  "params"
> {
  readonly params: P;
  readonly evaluate: (...args: ArgsOf<P>) => BodyResult;
}

export interface CalcFunction extends FunctionInfo {
  readonly params: readonly Param<unknown>[];
  call(args: readonly unknown[]): CalcResult;
}

export function defineFunction<const P extends readonly Param<unknown>[]>(
  spec: FunctionSpec<P>
): CalcFunction {
  const { evaluate, ...info } = spec;
  return {
    ...info,
    call(args) {
      try {
        if (args.length > spec.params.length)
          return new CalcError("#VALUE!", messages.tooManyArguments(spec.name, spec.params.length));
        const coerced = spec.params.map((param, index) =>
          param.coerce(args[index])
        ) as unknown as ArgsOf<P>;
        return toCellValue(evaluate(...coerced));
      } catch (error) {
        if (error instanceof CalcError) return error;
        return new CalcError(
          "#VALUE!",
          messages.internal(error instanceof Error ? error.message : String(error))
        );
      }
    },
  };
}

function toCellValue(result: BodyResult): CalcResult {
  if (typeof result === "string" || result instanceof CalcError) return result;
  const value = result.toNumber();
  // -0 would show as 0 anyway; keep results canonical for equality checks.
  // The only #NUM!: no input is wrong, the result is beyond a double. Excel shows no message with #NUM!, so the
  // CLI prints it and the README's error paragraph explains it.
  if (!Number.isFinite(value)) return new CalcError("#NUM!", messages.resultOverflow());
  return Object.is(value, -0) ? 0 : value;
}
