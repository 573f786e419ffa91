/**
 * Fifteen purchase bills from four suppliers, payments against most of them, and one purchase
 * return. The Rate of a purchase line is a VLOOKUP into the Price List sheet, as many shops do it,
 * with the value Excel last calculated stored beside the formula.
 */
import type { CalendarDate } from "../../src/core/dates";
import { ITEMS, MAIN_GODOWN, SUPPLIERS, SUPPLIER_ITEMS, quarterDay, roundRupee, rupees, type Item, type Party } from "./masters";
import { isInterState, lineTax } from "./sales";
import { between, pick, type FormulaCell, type Random, type SampleRow } from "./sample-rows";

export const PRICE_LIST_SHEET = "Price List";
/** Rows of the Price List sheet below its header: Item, Unit, Sale Rate, Purchase Rate. */
export const PRICE_LIST_ROWS = ITEMS.length + 1;

export interface BillSummary {
  voucherNo: string;
  billNo: string;
  date: CalendarDate;
  supplier: Party;
  totalPaise: number;
  items: { item: Item; qty: number }[];
}

const BILL_PREFIX = ["BSL/", "KE-2026-", "JPF/26/", "GPD-"];

/** =VLOOKUP(Item, 'Price List'!$A$2:$D$n, 4, FALSE): the purchase rate of the row's item. */
export function priceLookup(result: FormulaCell["result"]): FormulaCell {
  return {
    formula: ({ row, col }) => `VLOOKUP(${col("Item")}${row},'${PRICE_LIST_SHEET}'!$A$2:$D$${PRICE_LIST_ROWS},4,FALSE)`,
    result,
  };
}

function bill(rnd: Random, i: number, count: number): { rows: SampleRow[]; summary: BillSummary } {
  const s = i % SUPPLIERS.length;
  const supplier = SUPPLIERS[s];
  const date = quarterDay((i * 88) / count + rnd() * 2);
  const voucherNo = `PUR/26-27/${String(i + 1).padStart(3, "0")}`;
  const billNo = `${BILL_PREFIX[s]}${1040 + i * 7}`;
  const billDay = { ...date, d: Math.max(1, date.d - between(rnd, 0, 2)) };
  const summary: BillSummary = { voucherNo, billNo, date, supplier, totalPaise: 0, items: [] };
  const rows: SampleRow[] = [];
  let exact = 0;
  for (const index of SUPPLIER_ITEMS[s]) {
    if (rows.length > 0 && rnd() < 0.4) continue;
    const item = ITEMS[index];
    const qty = item.unit === "Mtr" ? between(rnd, 10, 40) * 10 : between(rnd, 10, 80);
    const taxable = qty * item.costPaise;
    exact += taxable + lineTax(taxable, item.gstRate, isInterState(supplier));
    summary.items.push({ item, qty });
    rows.push({
      table: "Purchases",
      at: date,
      voucher: voucherNo,
      cells: {
        Date: date,
        "Voucher No": voucherNo,
        Supplier: supplier.name,
        "Supplier GSTIN": supplier.gstin,
        "Bill No": billNo,
        "Bill Date": billDay,
        Item: item.name,
        Qty: qty,
        Unit: item.unit,
        Rate: priceLookup(rupees(item.costPaise)),
        "GST Rate %": item.gstRate,
        "HSN/SAC": item.hsn,
        Godown: MAIN_GODOWN,
        "ITC Eligible": "Yes",
      },
    });
  }
  summary.totalPaise = roundRupee(exact);
  return { rows, summary };
}

export function purchaseBills(rnd: Random, count: number): { rows: SampleRow[]; bills: BillSummary[] } {
  const made = Array.from({ length: count }, (_, i) => bill(rnd, i, count));
  return { rows: made.flatMap((m) => m.rows), bills: made.map((m) => m.summary) };
}

/** Most bills are paid within three weeks, by cheque or bank transfer, some in two parts. */
export function supplierPayments(rnd: Random, bills: readonly BillSummary[]): SampleRow[] {
  const rows: SampleRow[] = [];
  let n = 0;
  for (const b of bills) {
    if (rnd() < 0.3) continue;
    const date = quarterDay(Math.min(90, dayIndex(b.date) + between(rnd, 5, 20)));
    const part = rnd() < 0.25 ? roundRupee(b.totalPaise / 2) : b.totalPaise;
    const mode = pick(rnd, ["Cheque", "Bank", "Bank"]);
    const number = `PAY/26-27/${String(++n).padStart(3, "0")}`;
    rows.push({
      table: "Payments",
      at: date,
      voucher: number,
      cells: {
        Date: date,
        "Payment No": number,
        Payee: b.supplier.name,
        Amount: rupees(part),
        Mode: mode,
        Account: "HDFC",
        "Against Bill": b.billNo,
        "Instrument No": mode === "Cheque" ? String(411200 + n) : `NEFT${260400 + n * 13}`,
        Narration: part < b.totalPaise ? "Part payment" : undefined,
      },
    });
  }
  return rows;
}

/** Day of the quarter (0 = 1 April) of a date in it. */
export function dayIndex(date: CalendarDate): number {
  return [0, 30, 61][date.m - 4] + date.d - 1;
}

/** Three damaged items of a bill's first line go back to the supplier. */
export function purchaseReturn(b: BillSummary): SampleRow {
  const line = b.items[0];
  const date = quarterDay(dayIndex(b.date) + 6);
  return {
    table: "Returns",
    at: date,
    voucher: "DN/26-27/001",
    cells: {
      Date: date,
      "Note No": "DN/26-27/001",
      Type: "Purchase Return",
      Party: b.supplier.name,
      "Party GSTIN": b.supplier.gstin,
      "Against Invoice": b.billNo,
      Item: line.item.name,
      "HSN/SAC": line.item.hsn,
      Qty: Math.min(3, line.qty),
      Unit: line.item.unit,
      Rate: rupees(line.item.costPaise),
      "GST Rate %": line.item.gstRate,
      Godown: MAIN_GODOWN,
      Reason: "Damaged in transit",
    },
  };
}
