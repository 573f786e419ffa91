/**
 * The one path data travels: rows -> findings -> vouchers. Every entry point (task pane, command
 * line, benchmark) calls prepareHandoff and nothing else of the pipeline.
 */
import { sortFindings, type Finding, type OpsTable } from "./findings";
import { groupBooks } from "./records/groups";
import { readBooks } from "./records/read-books";
import type { Books, WorkbookInput } from "./records/types";
import { validateBooks } from "./validate";
import { buildVouchers } from "./vouchers/build";
import type { Voucher } from "./vouchers/model";

export interface Handoff {
  books: Books;
  /** Errors first, then warnings; each names table, row, column and value. */
  findings: Finding[];
  /** Balanced vouchers built from rows without errors. */
  vouchers: Voucher[];
}

export function prepareHandoff(input: WorkbookInput): Handoff {
  const read = readBooks(input);
  const groups = groupBooks(read.books.rows);
  const ruleFindings = validateBooks(read.books, groups);
  const known = [...read.findings, ...ruleFindings];
  const built = buildVouchers(read.books, known, groups);
  return { books: read.books, findings: sortFindings([...known, ...built.findings]), vouchers: built.vouchers };
}

export type RowStatus = "Ready" | "Invalid";

export interface RowVerdict {
  table: OpsTable;
  /** 0-based index in the table body. */
  index: number;
  row: number;
  status: RowStatus;
  note: string;
}

/**
 * What each row's Tally Status should say after validation: Ready when its voucher was built,
 * Invalid with the first error (or why its voucher was held back) otherwise.
 */
export function rowVerdicts(handoff: Handoff): RowVerdict[] {
  const inVoucher = new Map<string, Voucher>();
  for (const v of handoff.vouchers) for (const r of v.source.rows) inVoucher.set(`${v.source.table}|${r}`, v);
  const firstError = new Map<string, Finding>();
  for (const f of handoff.findings) {
    const key = `${f.table}|${f.row}`;
    if (f.severity === "error" && !firstError.has(key)) firstError.set(key, f);
  }
  const verdicts: RowVerdict[] = [];
  const push = (table: OpsTable, index: number, row: number) => {
    const key = `${table}|${row}`;
    const error = firstError.get(key);
    if (inVoucher.has(key)) verdicts.push({ table, index, row, status: "Ready", note: "" });
    else
      verdicts.push({
        table,
        index,
        row,
        status: "Invalid",
        note: error?.message ?? "Another line of this voucher has a problem; fix it and validate again.",
      });
  };
  for (const [table, rows] of Object.entries(handoff.books.rows) as [OpsTable, { row: number; index: number }[]][]) {
    for (const r of rows) push(table, r.index, r.row);
  }
  for (const [table, rows] of Object.entries(handoff.books.rejected) as [OpsTable, { row: number; index: number }[]][]) {
    for (const r of rows) push(table, r.index, r.row);
  }
  return verdicts.sort((a, b) => a.table.localeCompare(b.table) || a.index - b.index);
}
