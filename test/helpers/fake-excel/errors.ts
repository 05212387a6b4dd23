/** Office's errors as the fake raises them: a code and message, like OfficeExtension.Error. */

export class FakeOfficeError extends Error {
  readonly code: string;
  readonly debugInfo: { readonly code: string; readonly message: string };

  constructor(code: string, message: string) {
    super(message);
    this.name = "RichApi.Error";
    this.code = code;
    this.debugInfo = { code, message };
  }
}

export function notLoaded(property: string): FakeOfficeError {
  return new FakeOfficeError(
    "PropertyNotLoaded",
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`
  );
}

export const invalid = (message: string) =>
  new FakeOfficeError(
    "InvalidArgument",
    `The argument is invalid or missing or has an incorrect format. (${message})`
  );
