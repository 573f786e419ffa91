/**
 * Columns that several ops tables share, with the same header, field, reader and other names
 * everywhere. A table takes them as they are or marks one required (`{ ...ITEM, required: true }`).
 * Each keeps its literal types, so that a table's row type can be read off its columns
 * (table-declaration.ts).
 */
import { readAmount, readDate, readEnum, readGstRate, readPercent, readQuantity, readText, readYesNo, type CellReader } from "./cells";
import type { ColumnSpec } from "./columns";

type ColumnExtras = Pick<ColumnSpec, "required" | "whenBlank" | "asText">;

/** One column: its header, field, reader and other names, plus `required`, `whenBlank` or `asText` where it has them. */
function column<const F extends string, V, const X extends ColumnExtras = object>(
  header: string,
  field: F,
  read: CellReader<V>,
  aliases: readonly string[],
  extras?: X,
): { readonly header: string; readonly field: F; readonly read: CellReader<V>; readonly aliases: readonly string[] } & X {
  return { header, field, read, aliases, ...(extras as X) };
}

export const DATE = column("Date", "date", readDate, ["Voucher Date", "Vch Date"], { required: true });
/** Our own number of a voucher made from several rows (Purchases, Expenses, Journals). */
export const VOUCHER_NO = column("Voucher No", "voucherNo", readText, ["Voucher Number", "Vch No", "Entry No"], {
  required: true,
  asText: true,
});

export const ITEM = column("Item", "item", readText, ["Item Name", "Stock Item", "Product"]);
export const QTY = column("Qty", "qty", readQuantity, ["Quantity"]);
export const UNIT = column("Unit", "unit", readText, ["UOM", "Units"]);
export const RATE = column("Rate", "rate", readAmount, ["Price", "Unit Price"]);
export const DISCOUNT = column("Discount %", "discountPercent", readPercent, ["Disc %"]);
/** Typed value; on an item line the builder computes it from Qty x Rate when this is blank. */
export const TAXABLE_VALUE = column("Taxable Value", "taxableValue", readAmount, ["Taxable Amount", "Taxable", "Assessable Value"]);
export const GST_RATE = column("GST Rate %", "gstRate", readGstRate, ["GST %", "Tax Rate %", "Rate of GST"], { required: true });
export const HSN = column("HSN/SAC", "hsn", readText, ["HSN", "SAC", "HSN Code", "HSN/SAC Code"], { asText: true });
export const GODOWN = column("Godown", "godown", readText, ["Location", "Warehouse"]);
export const NARRATION = column("Narration", "narration", readText, ["Remarks"]);
export const REASON = column("Reason", "reason", readText, ["Narration", "Remarks"]);
/** As typed: a state code ("27") or name ("Maharashtra"). */
export const PLACE_OF_SUPPLY = column("Place of Supply", "placeOfSupply", readText, ["POS", "Supply State"], { asText: true });

export const PAYMENT_MODES = ["Cash", "Bank", "UPI", "Cheque", "Card"] as const;
export type PaymentMode = (typeof PAYMENT_MODES)[number];

export const AMOUNT = column("Amount", "amount", readAmount, ["Amt"], { required: true });
export const MODE = column("Mode", "mode", readEnum(PAYMENT_MODES), ["Payment Mode", "Mode of Payment"], { required: true });
export const ACCOUNT = column("Account", "account", readText, ["Cash/Bank", "Bank Account"], { required: true });
export const INSTRUMENT_NO = column(
  "Instrument No",
  "instrumentNo",
  readText,
  ["Cheque No", "Chq No", "Reference No", "Ref No", "UTR", "Transaction ID"],
  { asText: true },
);
/** Refinement (docs/workbook.md): the bill named in Against Invoice/Bill is in Tally's opening balances; blank = No. */
export const OPENING_BILL = column("Opening Bill", "openingBill", readYesNo, ["Opening Balance Bill"], { whenBlank: false });

/** The columns of an invoice line, in the order Sales and Purchases both show them. */
export const INVOICE_LINE_COLUMNS = [PLACE_OF_SUPPLY, ITEM, QTY, UNIT, RATE, DISCOUNT, TAXABLE_VALUE, GST_RATE, HSN, GODOWN] as const;
