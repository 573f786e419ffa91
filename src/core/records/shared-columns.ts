/**
 * Columns that several ops tables share, with the same header, field, reader and other names
 * everywhere. A table takes them as they are or marks one required (`{ ...ITEM, required: true }`).
 * Each is `as const` so that a table's row type can be read off its columns (table-declaration.ts).
 */
import { readAmount, readDate, readEnum, readGstRate, readPercent, readQuantity, readText, readYesNo } from "./cells";
import type { ColumnSpec } from "./columns";

export const DATE = {
  header: "Date",
  field: "date",
  required: true,
  read: readDate,
  aliases: ["Voucher Date", "Vch Date"],
} as const satisfies ColumnSpec;

/** Our own number of a voucher made from several rows (Purchases, Expenses, Journals). */
export const VOUCHER_NO = {
  header: "Voucher No",
  field: "voucherNo",
  required: true,
  read: readText,
  asText: true,
  aliases: ["Voucher Number", "Vch No", "Entry No"],
} as const satisfies ColumnSpec;

export const ITEM = {
  header: "Item",
  field: "item",
  read: readText,
  aliases: ["Item Name", "Stock Item", "Product"],
} as const satisfies ColumnSpec;
export const QTY = { header: "Qty", field: "qty", read: readQuantity, aliases: ["Quantity"] } as const satisfies ColumnSpec;
export const UNIT = { header: "Unit", field: "unit", read: readText, aliases: ["UOM", "Units"] } as const satisfies ColumnSpec;
export const RATE = { header: "Rate", field: "rate", read: readAmount, aliases: ["Price", "Unit Price"] } as const satisfies ColumnSpec;

export const DISCOUNT = {
  header: "Discount %",
  field: "discountPercent",
  read: readPercent,
  aliases: ["Disc %"],
} as const satisfies ColumnSpec;

/** Typed value; on an item line the builder computes it from Qty x Rate when this is blank. */
export const TAXABLE_VALUE = {
  header: "Taxable Value",
  field: "taxableValue",
  read: readAmount,
  aliases: ["Taxable Amount", "Taxable", "Assessable Value"],
} as const satisfies ColumnSpec;

export const GST_RATE = {
  header: "GST Rate %",
  field: "gstRate",
  required: true,
  read: readGstRate,
  aliases: ["GST %", "Tax Rate %", "Rate of GST"],
} as const satisfies ColumnSpec;

export const HSN = {
  header: "HSN/SAC",
  field: "hsn",
  read: readText,
  asText: true,
  aliases: ["HSN", "SAC", "HSN Code", "HSN/SAC Code"],
} as const satisfies ColumnSpec;
export const GODOWN = {
  header: "Godown",
  field: "godown",
  read: readText,
  aliases: ["Location", "Warehouse"],
} as const satisfies ColumnSpec;
export const NARRATION = { header: "Narration", field: "narration", read: readText, aliases: ["Remarks"] } as const satisfies ColumnSpec;
export const REASON = {
  header: "Reason",
  field: "reason",
  read: readText,
  aliases: ["Narration", "Remarks"],
} as const satisfies ColumnSpec;

/** As typed: a state code ("27") or name ("Maharashtra"). */
export const PLACE_OF_SUPPLY = {
  header: "Place of Supply",
  field: "placeOfSupply",
  read: readText,
  asText: true,
  aliases: ["POS", "Supply State"],
} as const satisfies ColumnSpec;

export const PAYMENT_MODES = ["Cash", "Bank", "UPI", "Cheque", "Card"] as const;
export type PaymentMode = (typeof PAYMENT_MODES)[number];

export const AMOUNT = {
  header: "Amount",
  field: "amount",
  required: true,
  read: readAmount,
  aliases: ["Amt"],
} as const satisfies ColumnSpec;
export const MODE = {
  header: "Mode",
  field: "mode",
  required: true,
  read: readEnum(PAYMENT_MODES),
  aliases: ["Payment Mode", "Mode of Payment"],
} as const satisfies ColumnSpec;
export const ACCOUNT = {
  header: "Account",
  field: "account",
  required: true,
  read: readText,
  aliases: ["Cash/Bank", "Bank Account"],
} as const satisfies ColumnSpec;
export const INSTRUMENT_NO = {
  header: "Instrument No",
  field: "instrumentNo",
  read: readText,
  asText: true,
  aliases: ["Cheque No", "Chq No", "Reference No", "Ref No", "UTR", "Transaction ID"],
} as const satisfies ColumnSpec;

/** Refinement (docs/workbook.md): the bill named in Against Invoice/Bill is in Tally's opening balances; blank = No. */
export const OPENING_BILL = {
  header: "Opening Bill",
  field: "openingBill",
  read: readYesNo,
  whenBlank: false,
  aliases: ["Opening Balance Bill"],
} as const satisfies ColumnSpec;

/** The columns of an invoice line, in the order Sales and Purchases both show them. */
export const INVOICE_LINE_COLUMNS = [PLACE_OF_SUPPLY, ITEM, QTY, UNIT, RATE, DISCOUNT, TAXABLE_VALUE, GST_RATE, HSN, GODOWN] as const;
