/**
 * The Journals table: free journal entries, one ledger per row; rows sharing a Voucher No form
 * one Journal that must balance (docs/workbook.md, "Journals"; the balance is a validation rule).
 */
import { z } from "zod";
import { readAmount, readText } from "./cells";
import type { ColumnSpec } from "./columns";
import { readOpsTable, type TableSpec } from "./read-table";
import { calendarDate, paise, text } from "./row-schema";
import { DATE, NARRATION } from "./shared-columns";
import type { JournalRow, TableInput } from "./types";

export const JOURNAL_COLUMNS: readonly ColumnSpec<keyof JournalRow & string>[] = [
  DATE,
  { header: "Voucher No", field: "voucherNo", required: true, read: readText, aliases: ["Voucher Number", "Vch No", "JV No", "Journal No"] },
  { header: "Ledger", field: "ledger", required: true, read: readText, aliases: ["Ledger Name", "Account", "Particulars"] },
  { header: "Debit", field: "debit", read: readAmount, aliases: ["Dr", "Debit Amount"] },
  { header: "Credit", field: "credit", read: readAmount, aliases: ["Cr", "Credit Amount"] },
  NARRATION,
];

const journalRowSchema = z.object({
  date: calendarDate,
  voucherNo: text,
  ledger: text,
  debit: paise.optional(),
  credit: paise.optional(),
  narration: text.optional(),
});

export const JOURNALS_TABLE: TableSpec<JournalRow> = {
  table: "Journals",
  columns: JOURNAL_COLUMNS,
  schema: journalRowSchema,
  voucherNoField: "voucherNo",
};

/** Reads the Journals table; "exactly one of Debit/Credit" is a validation rule, not a type. */
export function readJournals(input: TableInput) {
  return readOpsTable(JOURNALS_TABLE, input);
}
