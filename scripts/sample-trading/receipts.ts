/**
 * Money from customers: walk-in sales paid in cash on the day, trade customers paying by UPI,
 * NEFT or cheque within a few weeks (sometimes two invoices in one receipt), a few advances on
 * account; and one sales return.
 */
import { MAIN_GODOWN, quarterDay, rupees } from "./masters";
import { dayIndex } from "./purchases";
import type { InvoiceSummary } from "./sales";
import { between, pick, type Random, type SampleRow } from "./sample-rows";

const receiptNo = (n: number) => `RCT/26-27/${String(n).padStart(3, "0")}`;

function receiptRow(number: string, inv: InvoiceSummary, amount: number, day: number, mode: string, rnd: Random): SampleRow {
  const date = quarterDay(day);
  const cash = mode === "Cash";
  return {
    table: "Receipts",
    at: date,
    voucher: number,
    cells: {
      Date: date,
      "Receipt No": number,
      Customer: inv.customer.name,
      Amount: rupees(amount),
      Mode: mode,
      Account: cash ? "Cash" : "HDFC",
      "Against Invoice": inv.number,
      "Instrument No": cash
        ? undefined
        : mode === "Cheque"
          ? String(700100 + between(rnd, 1, 899))
          : `UTR${612000 + between(rnd, 1, 99_999)}`,
    },
  };
}

/** Receipts against the invoices, in the order money came in. */
export function customerReceipts(rnd: Random, invoices: readonly InvoiceSummary[]): SampleRow[] {
  const rows: SampleRow[] = [];
  let n = 0;
  const held: InvoiceSummary[] = [];
  for (const inv of invoices) {
    const day = dayIndex(inv.date);
    if (inv.customer.name === "Walk-in Customer") {
      rows.push(receiptRow(receiptNo(++n), inv, inv.totalPaise, day, "Cash", rnd));
      continue;
    }
    if (rnd() < 0.3) continue; // still unpaid at the end of June
    const sameCustomer = held.findIndex((h) => h.customer.name === inv.customer.name);
    if (sameCustomer >= 0) {
      // One transfer settling this invoice and an earlier one of the same customer.
      const earlier = held.splice(sameCustomer, 1)[0];
      const number = receiptNo(++n);
      const when = Math.min(90, day + between(rnd, 3, 12));
      const mode = pick(rnd, ["Bank", "UPI"]);
      rows.push(receiptRow(number, earlier, earlier.totalPaise, when, mode, rnd), receiptRow(number, inv, inv.totalPaise, when, mode, rnd));
      rows[rows.length - 1].cells["Instrument No"] = rows[rows.length - 2].cells["Instrument No"];
      continue;
    }
    if (rnd() < 0.35) {
      held.push(inv);
      continue;
    }
    const part = rnd() < 0.2 ? Math.floor(inv.totalPaise / 200) * 100 : inv.totalPaise;
    rows.push(receiptRow(receiptNo(++n), inv, part, Math.min(90, day + between(rnd, 2, 25)), pick(rnd, ["UPI", "Bank", "Cheque"]), rnd));
  }
  return [...rows, ...advances(n)];
}

/** Advances against orders not yet invoiced: receipts on account (Against Invoice blank). */
function advances(last: number): SampleRow[] {
  const given: [string, number, number][] = [
    ["Patil Constructions Pvt Ltd", 25_000_00, 20],
    ["Mehta Builders", 50_000_00, 52],
    ["Sharma & Sons", 10_000_00, 83],
  ];
  return given.map(([customer, amount, day], i) => {
    const date = quarterDay(day);
    const number = receiptNo(last + i + 1);
    return {
      table: "Receipts",
      at: date,
      voucher: number,
      cells: {
        Date: date,
        "Receipt No": number,
        Customer: customer,
        Amount: rupees(amount),
        Mode: "Bank",
        Account: "HDFC",
        "Instrument No": `UTR${880100 + i}`,
        Narration: "Advance against order",
      },
    };
  });
}

/** Two pieces of an item line come back: a credit note against the invoice. */
export function salesReturn(invoices: readonly InvoiceSummary[]): SampleRow {
  const inv = invoices.find((i) => i.items.length > 0 && i.items[0].qty >= 2 && i.items[0].discount === 0 && i.customer.gstin !== "")!;
  const line = inv.items[0];
  const date = quarterDay(dayIndex(inv.date) + 4);
  return {
    table: "Returns",
    at: date,
    voucher: "CN/26-27/001",
    cells: {
      Date: date,
      "Note No": "CN/26-27/001",
      Type: "Sales Return",
      Party: inv.customer.name,
      "Party GSTIN": inv.customer.gstin,
      "Against Invoice": inv.number,
      Item: line.item,
      "HSN/SAC": line.hsn,
      Qty: 2,
      Unit: line.unit,
      Rate: rupees(line.rate),
      "GST Rate %": line.gstRate,
      Godown: MAIN_GODOWN,
      Reason: "Wrong size supplied",
    },
  };
}
