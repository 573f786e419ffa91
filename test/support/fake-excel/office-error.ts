/** The error shape of Office.js (OfficeExtension.Error): name "RichApi.Error" and a `code`. */
export class FakeOfficeError extends Error {
  readonly code: string;

  constructor(code: string, message: string) {
    super(message);
    this.name = "RichApi.Error";
    this.code = code;
  }
}

export function propertyNotLoaded(property: string): FakeOfficeError {
  return new FakeOfficeError(
    "PropertyNotLoaded",
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );
}

export const itemNotFound = (what: string): FakeOfficeError =>
  new FakeOfficeError("ItemNotFound", `The requested resource doesn't exist. (${what})`);
