/**
 * Sixty sales invoices over April-June 2026: item lines priced from the Price List with an
 * occasional trade discount, installation and transport lines, customers within Maharashtra and
 * outside it, registered and not. Item lines carry the bookkeeper's own formula for Taxable Value.
 */
import type { CalendarDate } from "../../src/core/dates";
import { CUSTOMERS, ITEMS, MAIN_GODOWN, SECOND_GODOWN, SERVICES, quarterDay, roundRupee, rupees, type Party } from "./masters";
import { between, pick, type Random, type SampleRow } from "./sample-rows";

export interface InvoiceSummary {
  number: string;
  date: CalendarDate;
  customer: Party;
  /** Voucher total in paise after rounding to the rupee (Round Totals is Yes). */
  totalPaise: number;
  /** Item lines, for the sales return. */
  items: { item: string; qty: number; rate: number; discount: number; gstRate: number; hsn: string; unit: string }[];
}

export const invoiceNumber = (n: number): string => `SHS/26-27/${String(n).padStart(3, "0")}`;

/** Half-up rounding of a non-negative paise amount given as a fraction num/den. */
const paiseOf = (num: number, den: number): number => Math.floor((2 * num + den) / (2 * den));

/** GST on one line: CGST + SGST each rounded within the state, IGST across (gst-facts.md section 3). */
export function lineTax(taxablePaise: number, rate: number, interState: boolean): number {
  return interState ? paiseOf(taxablePaise * rate, 100) : 2 * paiseOf(taxablePaise * rate, 200);
}

export const isInterState = (p: Party): boolean => (p.gstin ? !p.gstin.startsWith("27") : p.placeOfSupply !== "");

const SALESPEOPLE = ["Ramesh", "Priya", "Anil"];

// Walk-in buyers come often; the inter-state builders less so.
const CUSTOMER_WEIGHTS = [0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 5, 6, 6, 6, 7];

function itemLine(
  rnd: Random,
  base: Record<string, string | number | undefined>,
): { cells: SampleRow["cells"]; taxable: number; item: InvoiceSummary["items"][number] } {
  const item = pick(rnd, ITEMS);
  const qty = item.unit === "Mtr" ? between(rnd, 2, 12) * 10 : between(rnd, 1, 24);
  const discount = rnd() < 0.2 ? pick(rnd, [5, 10]) : 0;
  const taxable = paiseOf(qty * item.salePaise * (100 - discount), 100);
  const cells: SampleRow["cells"] = {
    ...base,
    Item: item.name,
    Qty: qty,
    Unit: item.unit,
    Rate: rupees(item.salePaise),
    "Discount %": discount || undefined,
    "Taxable Value": {
      formula: ({ row, col }) => `ROUND(${col("Qty")}${row}*${col("Rate")}${row}*(1-${col("Discount %")}${row}/100),2)`,
      result: rupees(taxable),
    },
    "GST Rate %": item.gstRate,
    "HSN/SAC": item.hsn,
    Godown: rnd() < 0.25 ? SECOND_GODOWN : MAIN_GODOWN,
  };
  return {
    cells,
    taxable,
    item: { item: item.name, qty, rate: item.salePaise, discount, gstRate: item.gstRate, hsn: item.hsn, unit: item.unit },
  };
}

function serviceLine(
  rnd: Random,
  base: Record<string, string | number | undefined>,
  items: number,
): { cells: SampleRow["cells"]; taxable: number; item?: undefined } {
  const service = items > 0 && rnd() < 0.5 ? SERVICES[1] : SERVICES[0];
  const taxable = between(rnd, 3, 40) * 5_000;
  const cells = {
    ...base,
    "Taxable Value": rupees(taxable),
    "GST Rate %": service.gstRate,
    "HSN/SAC": service.sac,
    Narration: service.name,
  };
  return { cells, taxable };
}

/** The sales rows and what each invoice comes to, for the receipts. */
export function salesInvoices(rnd: Random, count: number): { rows: SampleRow[]; invoices: InvoiceSummary[] } {
  const rows: SampleRow[] = [];
  const invoices: InvoiceSummary[] = [];
  for (let i = 0; i < count; i++) {
    const number = invoiceNumber(i + 1);
    const date = quarterDay((i * 91) / count + rnd() * 1.4);
    const customer = CUSTOMERS[pick(rnd, CUSTOMER_WEIGHTS)];
    const base = {
      "Invoice No": number,
      Customer: customer.name,
      "Customer GSTIN": customer.gstin || undefined,
      "Place of Supply": customer.placeOfSupply || undefined,
      Salesperson: pick(rnd, SALESPEOPLE),
    };
    const summary: InvoiceSummary = { number, date, customer, totalPaise: 0, items: [] };
    let exact = 0;
    const lines = between(rnd, 1, 3);
    for (let l = 0; l < lines; l++) {
      const service = l > 0 && rnd() < 0.3;
      const line = service ? serviceLine(rnd, base, summary.items.length) : itemLine(rnd, base);
      if ("item" in line && line.item) summary.items.push(line.item);
      const rate = line.cells["GST Rate %"] as number;
      exact += line.taxable + lineTax(line.taxable, rate, isInterState(customer));
      rows.push({ table: "Sales", at: date, voucher: number, cells: { ...line.cells, Date: date } });
    }
    summary.totalPaise = roundRupee(exact);
    invoices.push(summary);
  }
  return { rows, invoices };
}
