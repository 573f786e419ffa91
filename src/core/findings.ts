/**
 * Bookkeeping problems are values, collected and never thrown (zod issues, beancount errors).
 * Each names the table, the sheet row, the column and the value, so the pane can jump to the cell.
 */
import { MESSAGES, quoteValue, type CodeDef, type FindingCode, type ParamsOf, type Words } from "./messages";

export const OPS_TABLES = ["Sales", "Purchases", "Receipts", "Payments", "Expenses", "Returns", "StockMoves", "Journals"] as const;
export type OpsTable = (typeof OPS_TABLES)[number];
export type TableName = OpsTable | "HandoffSettings" | "LedgerMap";

export type Severity = "error" | "warning";

/** The cell a finding points at; value is what the cell held, as text. */
export interface At {
  table: TableName;
  /** Sheet row number (the header is usually row 1, so the first data row is 2); 0 for a whole-table problem. */
  row: number;
  /** The column header as the contract names it; "" for a whole-row or whole-table problem. */
  column: string;
  /** What the cell held, as text, when the finding is about one cell. */
  value?: string;
}

/** One finding of one code, with the parameters its sentence was made from. */
export type FindingOf<C extends FindingCode> = At & {
  severity: Severity;
  /** Stable machine code, e.g. "gstin.check-character"; tests and the pane key on it. */
  code: C;
  /** One plain sentence a bookkeeper understands, naming the value that is wrong (messages/). */
  message: string;
  /** What the sentence says, as data: the pane reads these, never the sentence. */
  params: ParamsOf<C>;
};

/** A finding of any code; narrow on `code` to read its `params`. */
export type Finding = { [C in FindingCode]: FindingOf<C> }[FindingCode];

type ParamArgs<C extends FindingCode> = [keyof ParamsOf<C>] extends [never] ? [] : [ParamsOf<C>];

/** Builds a finding from a code, the cell it is about and the code's parameters; the words come from messages/. */
export function finding<C extends FindingCode>(code: C, at: At, ...given: ParamArgs<C>): FindingOf<C> {
  const entry = MESSAGES[code] as CodeDef<ParamsOf<C>>;
  const params = (given[0] ?? {}) as ParamsOf<C> & object;
  const words = { ...params, table: at.table, column: at.column, q: quoteValue(at.value ?? "") } as ParamsOf<C> & Words;
  const severity = typeof entry.severity === "function" ? entry.severity(params) : entry.severity;
  const result = { table: at.table, row: at.row, column: at.column, severity, code, message: entry.text(words), params } as FindingOf<C>;
  if (at.value !== undefined) result.value = at.value;
  return result;
}

export function hasErrors(findings: readonly Finding[]): boolean {
  return findings.some((f) => f.severity === "error");
}

/** Errors first, then by table order, row and column: the order the pane shows. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  const tableOrder = (t: TableName) => {
    const i = (OPS_TABLES as readonly string[]).indexOf(t);
    return i < 0 ? -1 : i;
  };
  return [...findings].sort(
    (a, b) =>
      (a.severity === b.severity ? 0 : a.severity === "error" ? -1 : 1) ||
      tableOrder(a.table) - tableOrder(b.table) ||
      a.row - b.row ||
      a.column.localeCompare(b.column),
  );
}
