/**
 * What a new ops table looks like: the contract's headers in the core's column order (the readers
 * in src/core/records are the source), a number format per column and the drop-down lists, then
 * the two status columns. Only tables the add-in creates get formats and lists; a user's own
 * table keeps its own.
 */
import { DEFAULT_GST_RATE_TABLE } from "../../core/gst-rates";
import type { OpsTable } from "../../core/findings";
import { readAmount, readDate, readGstRate, readYesNo } from "../../core/records/cells";
import { STATUS_COLUMNS, type ColumnSpec } from "../../core/records/columns";
import { EXPENSE_COLUMNS } from "../../core/records/expenses";
import { JOURNAL_COLUMNS } from "../../core/records/journals";
import { PAYMENT_COLUMNS } from "../../core/records/payments";
import { PURCHASE_COLUMNS } from "../../core/records/purchases";
import { RECEIPT_COLUMNS } from "../../core/records/receipts";
import { RETURN_COLUMNS, RETURN_TYPES } from "../../core/records/returns";
import { SALES_COLUMNS } from "../../core/records/sales";
import { PAYMENT_MODES } from "../../core/records/shared-columns";
import { STOCK_MOVE_COLUMNS } from "../../core/records/stock-moves";

/** The core's columns per ops table (headers and the other names each column goes by). */
export const OPS_COLUMNS: Record<OpsTable, readonly ColumnSpec[]> = {
  Sales: SALES_COLUMNS,
  Purchases: PURCHASE_COLUMNS,
  Receipts: RECEIPT_COLUMNS,
  Payments: PAYMENT_COLUMNS,
  Expenses: EXPENSE_COLUMNS,
  Returns: RETURN_COLUMNS,
  StockMoves: STOCK_MOVE_COLUMNS,
  Journals: JOURNAL_COLUMNS,
};

export const DATE_FORMAT = "dd-mmm-yyyy";
/** Lakh grouping (1,00,000.00) where Windows uses the Indian digit grouping; thousands elsewhere. */
export const MONEY_FORMAT = "#,##,##0.00";
/** Text: keeps leading zeros ("0401" HSN, "07" state code, invoice "001") and stops "1-4" becoming a date. */
export const TEXT_FORMAT = "@";
/** Rates and quantities: General shows 18 as "18" and 0.25 as "0.25" ("0.##" would show "18."). */
export const PLAIN_FORMAT = "General";

const TEXT_FIELDS = new Set([
  "invoiceNo", "voucherNo", "receiptNo", "paymentNo", "noteNo", "moveNo", "billNo", "placeOfSupply", "hsn",
  "customerGstin", "supplierGstin", "partyGstin", "vendorGstin", "instrumentNo", "againstInvoice", "againstBill",
]);

const current = DEFAULT_GST_RATE_TABLE[DEFAULT_GST_RATE_TABLE.length - 1].rates;
const older = DEFAULT_GST_RATE_TABLE.flatMap((p) => p.rates).filter((r) => !current.includes(r));

/** Today's slabs, then the retired ones still valid on older invoices (gst-facts.md section 1). */
export const GST_RATE_CHOICES: readonly string[] = [...current, ...new Set(older)].map(String);
export const YES_NO: readonly string[] = ["Yes", "No"];

export interface ColumnSetup {
  header: string;
  numberFormat: string;
  /** Drop-down list; a warning, not a block, since Settings may allow other values. */
  choices?: readonly string[];
}

function choicesOf(table: OpsTable, spec: ColumnSpec): readonly string[] | undefined {
  if (spec.read === readGstRate) return GST_RATE_CHOICES;
  if (spec.read === readYesNo) return YES_NO;
  if (spec.field === "mode") return PAYMENT_MODES;
  if (table === "Returns" && spec.field === "type") return RETURN_TYPES;
  return undefined;
}

function formatOf(spec: ColumnSpec): string {
  if (spec.read === readDate) return DATE_FORMAT;
  if (spec.read === readAmount) return MONEY_FORMAT;
  return TEXT_FIELDS.has(spec.field) ? TEXT_FORMAT : PLAIN_FORMAT;
}

/** The columns of a new ops table, status columns last. */
export function opsTableSetup(table: OpsTable): ColumnSetup[] {
  const columns = OPS_COLUMNS[table].map((spec) => ({ header: spec.header, numberFormat: formatOf(spec), choices: choicesOf(table, spec) }));
  return [...columns, ...STATUS_COLUMNS.map((header) => ({ header, numberFormat: PLAIN_FORMAT }))];
}
