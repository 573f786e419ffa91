/**
 * The Journals table: free journal entries, one ledger per row; rows sharing a Voucher No form
 * one Journal that must balance (docs/workbook.md, "Journals"; the balance is a validation rule).
 */
import { readAmount, readText } from "./cells";
import { DATE, NARRATION, VOUCHER_NO } from "./shared-columns";
import { declareTable, type RowOf } from "./table-declaration";

export const JOURNALS_TABLE = declareTable({
  table: "Journals",
  columns: [
    DATE,
    // A journal's number goes by other names than a bill's: JV No, not Entry No.
    { ...VOUCHER_NO, aliases: ["Voucher Number", "Vch No", "JV No", "Journal No"] },
    { header: "Ledger", field: "ledger", required: true, read: readText, aliases: ["Ledger Name", "Account", "Particulars"] },
    // "Exactly one of Debit/Credit" is a validation rule, not a type.
    { header: "Debit", field: "debit", read: readAmount, aliases: ["Dr", "Debit Amount"] },
    { header: "Credit", field: "credit", read: readAmount, aliases: ["Cr", "Credit Amount"] },
    NARRATION,
  ],
  vouchers: { numberField: "voucherNo", word: "journal", gstDocument: false },
});

export type JournalRow = RowOf<typeof JOURNALS_TABLE>;
