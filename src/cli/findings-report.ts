/**
 * Findings as the command line shows them: one line per finding starting with its cell
 * (Sales!D6), as JSON for programs, and a per-table summary of rows, vouchers, errors and
 * warnings.
 */
import { addressText, findingAddress } from "../adapters/xlsx/cell-address";
import type { XlsxBook } from "../adapters/xlsx/read-xlsx";
import type { Finding, TableName } from "../core/findings";
import type { Handoff } from "../core/handoff";
import { countPerTable, type TableCount } from "../core/table-counts";

export interface FindingJson {
  sheet: string;
  /** A1 address without the sheet ("D6"); "" when the finding has no cell in the workbook. */
  cell: string;
  table: TableName;
  row: number;
  column: string;
  severity: Finding["severity"];
  code: string;
  message: string;
  value?: string;
}

export function findingsJson(book: XlsxBook, findings: readonly Finding[]): FindingJson[] {
  return findings.map((f) => {
    const { sheet, cell } = findingAddress(book, f);
    return {
      sheet,
      cell,
      table: f.table,
      row: f.row,
      column: f.column,
      severity: f.severity,
      code: f.code,
      message: f.message,
      value: f.value,
    };
  });
}

/** `Sales!D6  error    Customer GSTIN "27AB..." has a wrong last character; ...` */
export function findingLines(book: XlsxBook, findings: readonly Finding[]): string[] {
  const placed = findings.map((f) => ({ f, where: addressText(findingAddress(book, f)) || f.table }));
  const width = Math.max(0, ...placed.map((p) => p.where.length));
  return placed.map(({ f, where }) => `${where.padEnd(width)}  ${f.severity.padEnd(7)}  ${f.message}`);
}

/** A small table: Table, Rows, Vouchers ready, Errors, Warnings (the pane's counts, in its order), and a total line. */
export function summaryLines(handoff: Handoff): string[] {
  const counts = countPerTable(handoff);
  const head = ["Table", "Rows", "Vouchers ready", "Errors", "Warnings"];
  const body = counts.map((c) => [c.table, String(c.rows), String(c.vouchers), String(c.errors), String(c.warnings)]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((r) => r[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join("  ");
  const sum = (k: keyof Omit<TableCount, "table">) => counts.reduce((n, c) => n + c[k], 0);
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
  return [
    line(head),
    ...body.map(line),
    `Total: ${plural(sum("rows"), "row")}, ${plural(sum("vouchers"), "voucher")} ready, ${plural(sum("errors"), "error")}, ${plural(sum("warnings"), "warning")}.`,
  ];
}
