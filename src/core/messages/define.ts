/**
 * The shape of one entry in the messages module: a code's severity and the one sentence a
 * bookkeeper reads. Rules and readers only pick a code and give its parameters.
 */
import type { Severity, TableName } from "../findings";

/** What every sentence can use: the table, the column header and the cell's value, already quoted. */
export interface Words {
  table: TableName;
  column: string;
  q: string;
}

/** Parameters of a code whose sentence needs only the table, column and value. */
export type NoParams = Record<never, never>;

export interface CodeDef<P> {
  /** Fixed per code, or chosen by the reader when one code can be either (a setting that is only advised). */
  severity: Severity | ((p: P) => Severity);
  text: (p: P & Words) => string;
}

export const def = <P = NoParams>(severity: CodeDef<P>["severity"], text: (p: P & Words) => string): CodeDef<P> => ({
  severity,
  text,
});

/** Shows a cell's value inside a message: quoted, trimmed to a readable length. */
export function quoteValue(value: unknown): string {
  const text = value === null || value === undefined ? "" : String(value);
  const short = text.length > 40 ? `${text.slice(0, 37)}...` : text;
  return `"${short}"`;
}
