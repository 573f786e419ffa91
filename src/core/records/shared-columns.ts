/**
 * Columns that several ops tables share, with the same header, field, reader and other names
 * everywhere. A table takes them as they are or marks one required (`{ ...ITEM, required: true }`).
 */
import { readAmount, readDate, readEnum, readGstRate, readPercent, readQuantity, readText, readYesNo } from "./cells";
import type { ColumnSpec } from "./columns";
import type { PaymentMode } from "./types";

export const DATE: ColumnSpec<"date"> = { header: "Date", field: "date", required: true, read: readDate, aliases: ["Voucher Date", "Vch Date"] };

export const ITEM: ColumnSpec<"item"> = { header: "Item", field: "item", read: readText, aliases: ["Item Name", "Stock Item", "Product"] };
export const QTY: ColumnSpec<"qty"> = { header: "Qty", field: "qty", read: readQuantity, aliases: ["Quantity"] };
export const UNIT: ColumnSpec<"unit"> = { header: "Unit", field: "unit", read: readText, aliases: ["UOM", "Units"] };
export const RATE: ColumnSpec<"rate"> = { header: "Rate", field: "rate", read: readAmount, aliases: ["Price", "Unit Price"] };

export const DISCOUNT: ColumnSpec<"discountPercent"> = {
  header: "Discount %",
  field: "discountPercent",
  read: readPercent,
  aliases: ["Disc %"],
};

export const TAXABLE_VALUE: ColumnSpec<"taxableValue"> = {
  header: "Taxable Value",
  field: "taxableValue",
  read: readAmount,
  aliases: ["Taxable Amount", "Taxable", "Assessable Value"],
};

export const GST_RATE: ColumnSpec<"gstRate"> = {
  header: "GST Rate %",
  field: "gstRate",
  required: true,
  read: readGstRate,
  aliases: ["GST %", "Tax Rate %", "Rate of GST"],
};

export const HSN: ColumnSpec<"hsn"> = { header: "HSN/SAC", field: "hsn", read: readText, aliases: ["HSN", "SAC", "HSN Code", "HSN/SAC Code"] };
export const GODOWN: ColumnSpec<"godown"> = { header: "Godown", field: "godown", read: readText, aliases: ["Location", "Warehouse"] };
export const NARRATION: ColumnSpec<"narration"> = { header: "Narration", field: "narration", read: readText, aliases: ["Remarks"] };

export const PLACE_OF_SUPPLY: ColumnSpec<"placeOfSupply"> = {
  header: "Place of Supply",
  field: "placeOfSupply",
  read: readText,
  aliases: ["POS", "Supply State"],
};

export const PAYMENT_MODES: readonly PaymentMode[] = ["Cash", "Bank", "UPI", "Cheque", "Card"];

export const AMOUNT: ColumnSpec<"amount"> = { header: "Amount", field: "amount", required: true, read: readAmount, aliases: ["Amt"] };
export const MODE: ColumnSpec<"mode"> = {
  header: "Mode",
  field: "mode",
  required: true,
  read: readEnum(PAYMENT_MODES),
  aliases: ["Payment Mode", "Mode of Payment"],
};
export const ACCOUNT: ColumnSpec<"account"> = {
  header: "Account",
  field: "account",
  required: true,
  read: readText,
  aliases: ["Cash/Bank", "Bank Account"],
};
export const INSTRUMENT_NO: ColumnSpec<"instrumentNo"> = {
  header: "Instrument No",
  field: "instrumentNo",
  read: readText,
  aliases: ["Cheque No", "Chq No", "Reference No", "Ref No", "UTR", "Transaction ID"],
};

/** Refinement (docs/workbook.md): the bill named in Against Invoice/Bill is in Tally's opening balances. */
export const OPENING_BILL: ColumnSpec<"openingBill"> = {
  header: "Opening Bill",
  field: "openingBill",
  read: readYesNo,
  aliases: ["Opening Balance Bill"],
};

/** The columns of an invoice line, in the order Sales and Purchases both show them. */
export const INVOICE_LINE_COLUMNS = [PLACE_OF_SUPPLY, ITEM, QTY, UNIT, RATE, DISCOUNT, TAXABLE_VALUE, GST_RATE, HSN, GODOWN] as const;
