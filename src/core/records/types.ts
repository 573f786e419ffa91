/**
 * The workbook as the core sees it: what Excel gives (header + 2-D values) and the typed rows
 * read from it. Column names follow docs/workbook.md. Money is Paise, quantities and GST rates
 * are plain numbers whose decimal text is exact (they are multiplied through big.js).
 */
import type { CalendarDate } from "../dates";
import type { OpsTable } from "../findings";
import type { OpsRows } from "./ops-tables";
import type { INVOICE_LINE_COLUMNS } from "./shared-columns";
import type { FieldsOf } from "./table-declaration";

/** One Excel table as Excel hands it over: header texts and the body's values. */
export interface TableInput {
  name: string;
  headers: readonly string[];
  /** Body rows: numbers, strings, booleans, null/"" for blanks, "#N/A"-style error strings. */
  rows: readonly (readonly unknown[])[];
  /** Sheet row number of rows[0]; default 2 (header on row 1). */
  firstRow?: number;
  /** Sheet name, for messages and the pane's cell selection. */
  sheet?: string;
}

/** What the Excel adapter or the .xlsx reader hands the core. Missing tables are simply absent. */
export interface WorkbookInput {
  tables: Partial<Record<string, TableInput>>;
}

export type { RowBase } from "./table-declaration";
export type { OpsRow, OpsRows } from "./ops-tables";
export type { SalesRow } from "./sales";
export type { PurchaseRow } from "./purchases";
export type { ReceiptRow } from "./receipts";
export type { PaymentRow } from "./payments";
export type { ExpenseRow } from "./expenses";
export type { ReturnRow, ReturnType } from "./returns";
export type { StockMoveRow } from "./stock-moves";
export type { JournalRow } from "./journals";
export type { PaymentMode } from "./shared-columns";

/**
 * The line columns Sales and Purchases share (INVOICE_LINE_COLUMNS). A Returns row has the same
 * fields apart from Place of Supply and Discount %, so the line rules and builders take it too.
 */
export type InvoiceLineFields = FieldsOf<typeof INVOICE_LINE_COLUMNS>;

export type VoucherKindName = "Sales" | "Purchase" | "Receipt" | "Payment" | "Journal" | "CreditNote" | "DebitNote" | "StockJournal";

/** HandoffSettings (Key, Value), read into one typed object with defaults. */
export interface Settings {
  company: string;
  companyGstin?: string;
  /** Two-digit state code, e.g. "27"; from Company State, else the company GSTIN. */
  companyState: string;
  booksBegin?: CalendarDate;
  /** Start years of the financial years the workbook may hold, e.g. [2026] for 2026-27. */
  financialYears: number[];
  /** Tally voucher type name per kind (custom types allowed); defaults are Tally's predefined names. */
  voucherTypes: Record<VoucherKindName, string>;
  /** Voucher type for expenses bought on credit (a Journal by default, or Purchase). */
  expenseOnCreditType: string;
  roundOffLedger: string;
  roundTotals: boolean;
  defaultGodown: string;
  /** The user's own allowed list; undefined = the effective-dated default table of gst.ts. */
  allowedGstRates?: number[];
  /** 0 = HSN/SAC optional; 4, 6 or 8 = required with at least that many digits. */
  hsnDigits: 0 | 4 | 6 | 8;
  createMissingMasters: boolean;
  requireExplicitMapping: boolean;
  contractVersion: string;
  /** Kinds whose numbers Tally may assign itself (Tally Numbers): their rows show Tally's number. */
  tallyNumbers: VoucherKindName[];
  /** The Tally company this workbook was last sent to, as the add-in recorded it. */
  sentTo?: CompanyIdentity;
}

/** Who a Tally company is: a year-end split keeps its parent's GUID, so books-from counts too (PROTOCOL.md 11.4). */
export interface CompanyIdentity {
  guid: string;
  booksFrom?: CalendarDate;
  /** Tally's voucher mark (ALTVCHID) when the last push ended with every voucher write accounted for. */
  voucherMark?: number;
}

const RATE_KIND_NAMES = [
  "Sales",
  "Purchase",
  "SalesReturn",
  "PurchaseReturn",
  "Output CGST",
  "Output SGST",
  "Output IGST",
  "Input CGST",
  "Input SGST",
  "Input IGST",
] as const;

export const LEDGER_MAP_KINDS = ["Party", ...RATE_KIND_NAMES, "Account", "Expense", "Item", "Unit", "Godown", "Ledger"] as const;
export type LedgerMapKind = (typeof LEDGER_MAP_KINDS)[number];

/** LedgerMap kinds whose Workbook Value is a GST rate (Sales @18% and the like). */
export const RATE_KINDS: readonly LedgerMapKind[] = RATE_KIND_NAMES;

/**
 * One LedgerMap row. For Sales/Purchase/returns and the tax kinds the Workbook Value is the
 * total GST rate ("18"), or "*" / blank for every rate.
 */
export interface LedgerMapEntry {
  row: number;
  kind: LedgerMapKind;
  workbookValue: string;
  tallyName: string;
}

/** The whole workbook, read and typed: rows that could not be read are left out (and have findings). */
export interface Books {
  settings: Settings;
  ledgerMap: LedgerMapEntry[];
  rows: OpsRows;
  /** Tables present in the workbook (an absent table is not an error: a shop may have no returns). */
  present: OpsTable[];
  /**
   * Rows that could not be read (each has an error finding), with their voucher number when it
   * was readable, so the voucher builder can hold back the whole voucher instead of a part of it.
   */
  rejected: Record<OpsTable, RejectedRow[]>;
}

export interface RejectedRow {
  row: number;
  index: number;
  /** The voucher number cell as text ("" when blank or unreadable). */
  voucherNo: string;
}
