/**
 * Bookkeeping problems are values, collected and never thrown (zod issues, beancount errors).
 * Each names the table, the sheet row, the column and the value, so the pane can jump to the cell.
 */

export const OPS_TABLES = [
  "Sales",
  "Purchases",
  "Receipts",
  "Payments",
  "Expenses",
  "Returns",
  "StockMoves",
  "Journals",
] as const;
export type OpsTable = (typeof OPS_TABLES)[number];
export type TableName = OpsTable | "HandoffSettings" | "LedgerMap";

export type Severity = "error" | "warning";

export interface Finding {
  table: TableName;
  /** Sheet row number (the header is usually row 1, so the first data row is 2); 0 for a whole-table problem. */
  row: number;
  /** The column header as the contract names it; "" for a whole-row or whole-table problem. */
  column: string;
  severity: Severity;
  /** Stable machine code, e.g. "gstin.check-character"; tests and the pane key on it. */
  code: string;
  /** One plain sentence a bookkeeper understands, naming the value that is wrong. */
  message: string;
  /** What the cell held, as text, when the finding is about one cell. */
  value?: string;
}

/** Shows a cell's value inside a message: quoted, trimmed to a readable length. */
export function quoteValue(value: unknown): string {
  const text = value === null || value === undefined ? "" : String(value);
  const short = text.length > 40 ? `${text.slice(0, 37)}...` : text;
  return `"${short}"`;
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
