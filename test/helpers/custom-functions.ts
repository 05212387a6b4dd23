/**
 * A stand-in for Office's CustomFunctions global (the runtime's Error class and its error codes), for tests of
 * src/functions. Install it before requiring the module under test: the adapter reads the global when it loads.
 */
export class FakeCustomFunctionsError extends Error {
  constructor(
    readonly code: string,
    message?: string
  ) {
    super(message);
  }
}

/** The global scope, to set and remove Office's globals (CustomFunctions, Office) in tests. */
export const globals = globalThis as unknown as Record<string, unknown>;

export function installCustomFunctions(): void {
  globals.CustomFunctions = {
    Error: FakeCustomFunctionsError,
    ErrorCode: {
      invalidValue: "#VALUE!",
      notAvailable: "#N/A",
      invalidNumber: "#NUM!",
      invalidName: "#NAME?",
    },
  };
}
