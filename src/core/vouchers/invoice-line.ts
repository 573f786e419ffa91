/**
 * One workbook line of an invoice or note, read as what it books: a taxable value at a GST rate to
 * a sales / purchase / return / expense ledger, and for an item line the stock that moves.
 */
import { lineValue, type Paise } from "../money";
import type { InvoiceLineFields } from "../records/types";
import type { InventoryEntry } from "./model";
import type { NameLookup } from "./build-context";

export interface ValueLine {
  taxable: Paise;
  gstRate: number;
  /** The ledger the value books to. */
  ledger: string;
  /** Item lines only: the stock that moves, its amount still unsigned (the voucher gives the sign). */
  stock?: InventoryEntry;
  /** Input tax that may not be claimed is part of the cost: booked to `ledger`, not to Input tax. */
  taxIsCost?: boolean;
}

/**
 * Taxable value: as typed, else Qty x Rate less Discount (docs/workbook.md "Sales": validation
 * checks that a typed value agrees to 0.01). Undefined when neither is there.
 */
export function taxableOf(line: InvoiceLineFields): Paise | undefined {
  if (line.taxableValue !== undefined) return line.taxableValue;
  if (line.qty === undefined || line.rate === undefined) return undefined;
  return lineValue(line.qty, line.rate, line.discountPercent ?? 0);
}

/** The value line of a workbook line; undefined when it lacks what the voucher needs (validation reports it). */
export function invoiceLine(line: InvoiceLineFields, ledger: string, names: NameLookup, defaultGodown: string): ValueLine | undefined {
  const taxable = taxableOf(line);
  if (taxable === undefined) return undefined;
  const item = line.item?.trim();
  if (!item) return { taxable, gstRate: line.gstRate, ledger };
  if (line.qty === undefined || line.rate === undefined || line.unit === undefined) return undefined;
  const hsn = line.hsn?.trim();
  // One object shape for every stock line (optional fields present, maybe undefined): 100,000 lines stay fast.
  const stock: InventoryEntry = {
    item: names.name("Item", item),
    qty: line.qty,
    unit: names.name("Unit", line.unit),
    rate: line.rate,
    discountPercent: line.discountPercent,
    amount: taxable,
    godown: names.name("Godown", line.godown?.trim() || defaultGodown),
    ledger,
    hsn: hsn || undefined,
    gstRate: line.gstRate,
  };
  return { taxable, gstRate: line.gstRate, ledger, stock };
}
