/**
 * Seeded generator of valid workbooks, as Excel would hand them over (headers + 2-D values).
 * Used by the property tests (thousands of small books) and the benchmark (one large book).
 */
import { gstinCheckCharacter } from "../../src/core/gst";
import { toExcelSerial } from "../../src/core/dates";
import type { OpsTable } from "../../src/core/findings";
import { OPS_COLUMNS } from "../../src/core/records/ops-tables";
import type { TableInput, WorkbookInput } from "../../src/core/records/types";

/** mulberry32: tiny, fast, deterministic. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface GenerateOptions {
  seed: number;
  salesInvoices: number;
  linesPerInvoice: number;
  purchases?: number;
  receipts?: number;
  payments?: number;
  expenses?: number;
  returns?: number;
  stockMoves?: number;
  journals?: number;
  /** Share of sales lines with an Item (item invoices); the rest are service lines. */
  itemShare?: number;
}

const COMPANY = "Demo Trading Co";
const STATES = ["27", "27", "27", "29", "07", "33", "38"];
const RATES = [0, 5, 5, 18, 18, 18, 40];
const ITEMS = ["Steel Bolt M8", "Copper Wire 2mm", "LED Panel 18W", "PVC Pipe 1in", "Ceiling Fan"];
const CUSTOMERS = ["Sharma & Sons", "Gupta Traders", "O'Brien Exports", "शर्मा ट्रेडर्स", "Mehta <Retail>", "Walk-in Customer"];
const SUPPLIERS = ["Bharat Steel Ltd", "Kumar Electricals", 'Patel "Quality" Pipes'];

export function gstinFor(state: string, index: number): string {
  const pan = `ABCDE${String(1000 + (index % 9000)).padStart(4, "0")}F`;
  const first14 = `${state}${pan}1Z`;
  return first14 + gstinCheckCharacter(first14);
}

/**
 * An ops table's headers in the order the core declares its columns, but for `last`, put at the end
 * as in a workbook made before those columns existed. Receipts' and Payments' Opening Bill stays
 * last here: the captured baseline (test/pipeline/same-output.test.ts) breaks cells by position.
 */
export function headersOf(table: OpsTable, last: readonly string[] = []): string[] {
  const headers = OPS_COLUMNS[table].map((column) => column.header);
  return [...headers.filter((h) => !last.includes(h)), ...last];
}

/** Where an Opening Bill column stands in these workbooks: after every other. */
export const OPENING_BILL_LAST = ["Opening Bill"] as const;

function table(name: string, headers: string[], rows: unknown[][]): TableInput {
  return { name, headers, rows, firstRow: 2, sheet: name };
}

const serial = (m: number, d: number) => toExcelSerial({ y: m >= 4 ? 2026 : 2027, m, d });

export function generateWorkbook(o: GenerateOptions): WorkbookInput {
  const rnd = seededRandom(o.seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)];
  const money = (max: number) => Math.round(rnd() * max * 100) / 100;
  const date = () => serial(4 + Math.floor(rnd() * 9), 1 + Math.floor(rnd() * 28));

  const sales: unknown[][] = [];
  const invoiceTotals: { no: string; customer: string; taxable: number }[] = [];
  const itemLines: { no: string; customer: string; gstin: string; date: number; item: string; rate: number; gstRate: number }[] = [];
  for (let i = 0; i < o.salesInvoices; i++) {
    const no = `INV-${i + 1}`;
    const customerIdx = Math.floor(rnd() * CUSTOMERS.length);
    const customer = CUSTOMERS[customerIdx];
    const registered = customer !== "Walk-in Customer";
    const state = pick(STATES);
    const gstin = registered ? gstinFor(state, customerIdx) : "";
    const d = date();
    let taxable = 0;
    for (let l = 0; l < o.linesPerInvoice; l++) {
      const rate = pick(RATES);
      if (rnd() < (o.itemShare ?? 0.7)) {
        const qty = 1 + Math.floor(rnd() * 50);
        const unitRate = money(5000) + 1;
        sales.push([
          d,
          no,
          customer,
          gstin,
          registered ? "" : "Maharashtra",
          pick(ITEMS),
          qty,
          "Nos",
          unitRate,
          "",
          "",
          rate,
          "8471",
          "",
          l === 0 ? "Goods and services" : "",
        ]);
        taxable += qty * unitRate;
        if (l === 0 || !itemLines.some((x) => x.no === no))
          itemLines.push({ no, customer, gstin, date: d, item: sales[sales.length - 1][5] as string, rate: unitRate, gstRate: rate });
      } else {
        const value = money(20000) + 1;
        sales.push([
          d,
          no,
          customer,
          gstin,
          registered ? "" : "27",
          "",
          "",
          "",
          "",
          "",
          value,
          rate,
          "998314",
          "",
          l === 0 ? "Goods and services" : "",
        ]);
        taxable += value;
      }
    }
    invoiceTotals.push({ no, customer, taxable });
  }

  const purchases: unknown[][] = [];
  for (let i = 0; i < (o.purchases ?? 0); i++) {
    const supplierIdx = i % SUPPLIERS.length;
    const state = pick(STATES);
    purchases.push([
      date(),
      `PUR-${i + 1}`,
      SUPPLIERS[supplierIdx],
      gstinFor(state, 500 + supplierIdx),
      `B/${i + 1}`,
      "",
      "",
      pick(ITEMS),
      1 + Math.floor(rnd() * 20),
      "Nos",
      money(3000) + 1,
      "",
      "",
      pick(RATES),
      "8471",
      "",
      "Yes",
      "",
    ]);
  }

  const receipts: unknown[][] = [];
  for (let i = 0; i < (o.receipts ?? 0) && invoiceTotals.length > 0; i++) {
    const inv = invoiceTotals[i % invoiceTotals.length];
    receipts.push([
      date(),
      `RCT-${i + 1}`,
      inv.customer,
      Math.max(1, Math.round(inv.taxable * 0.5)),
      "UPI",
      "HDFC",
      inv.no,
      `UTR${i}`,
      "",
      "",
      "",
    ]);
  }

  const payments: unknown[][] = [];
  for (let i = 0; i < (o.payments ?? 0); i++) {
    payments.push([
      date(),
      `PAY-${i + 1}`,
      SUPPLIERS[i % SUPPLIERS.length],
      money(10000) + 1,
      "Cheque",
      "HDFC",
      "",
      `CHQ${100 + i}`,
      "",
      "",
    ]);
  }

  const expenses: unknown[][] = [];
  for (let i = 0; i < (o.expenses ?? 0); i++) {
    const paid = i % 2 === 0;
    expenses.push([date(), `EXP-${i + 1}`, "Rent", "City Properties", "", `R-${i + 1}`, money(30000) + 1, 18, paid ? "Cash" : "", ""]);
  }

  const returns: unknown[][] = [];
  for (let i = 0; i < (o.returns ?? 0) && i < itemLines.length; i++) {
    const line = itemLines[i];
    const noteDate = Math.max(line.date, serial(12, 31));
    returns.push([
      noteDate,
      `CN-${i + 1}`,
      "Sales Return",
      line.customer,
      line.gstin,
      line.no,
      "",
      line.item,
      "8471",
      1,
      "Nos",
      line.rate,
      "",
      line.gstRate,
      "",
      "Damaged in transit",
    ]);
  }
  for (let i = 0; i < (o.returns ?? 0) && i < purchases.length; i++) {
    const p = purchases[i];
    returns.push([
      Math.max(p[0] as number, serial(12, 31)),
      `DN-${i + 1}`,
      "Purchase Return",
      p[2],
      p[3],
      p[4],
      "",
      p[7],
      "8471",
      1,
      "Nos",
      p[10],
      "",
      p[13],
      "",
      "Short supply",
    ]);
  }

  const stockMoves: unknown[][] = [];
  for (let i = 0; i < (o.stockMoves ?? 0); i++) {
    stockMoves.push([
      date(),
      `MV-${i + 1}`,
      pick(ITEMS),
      1 + Math.floor(rnd() * 10),
      "Nos",
      "Main Location",
      "Shop Floor",
      money(500) + 1,
      "Transfer",
    ]);
  }

  const journals: unknown[][] = [];
  for (let i = 0; i < (o.journals ?? 0); i++) {
    const amount = money(50000) + 1;
    const d = date();
    journals.push([d, `JV-${i + 1}`, "Depreciation", amount, "", "Monthly depreciation"]);
    journals.push([d, `JV-${i + 1}`, "Furniture", "", amount, ""]);
  }

  const tables: Record<string, TableInput> = {
    Sales: table("Sales", headersOf("Sales"), sales),
    Purchases: table("Purchases", headersOf("Purchases"), purchases),
    Receipts: table("Receipts", headersOf("Receipts", OPENING_BILL_LAST), receipts),
    Payments: table("Payments", headersOf("Payments", OPENING_BILL_LAST), payments),
    Expenses: table("Expenses", headersOf("Expenses"), expenses),
    Returns: table("Returns", headersOf("Returns"), returns),
    StockMoves: table("StockMoves", headersOf("StockMoves"), stockMoves),
    Journals: table("Journals", headersOf("Journals"), journals),
    HandoffSettings: table(
      "HandoffSettings",
      ["Key", "Value"],
      [
        ["Tally Company", COMPANY],
        ["Company GSTIN", gstinFor("27", 9999)],
        ["Company State", "27"],
        ["Books Begin", "2026-04-01"],
        ["Financial Years", "2026-27"],
        ["Round Totals", "Yes"],
        ["HSN Digits", "4"],
        ["Default Godown", "Main Location"],
      ],
    ),
    LedgerMap: table(
      "LedgerMap",
      ["Kind", "Workbook Value", "Tally Name"],
      [
        ...["Sales", "Purchase", "SalesReturn", "PurchaseReturn"].map((k) => [k, "*", `${k} Accounts`]),
        ...["Output", "Input"].flatMap((side) => ["CGST", "SGST", "IGST"].map((h) => [`${side} ${h}`, "*", `${side} ${h}`])),
        ["Account", "HDFC", "HDFC Bank"],
        ["Account", "Cash", "Cash"],
        ["Expense", "Rent", "Rent"],
      ],
    ),
  };
  return { tables };
}
