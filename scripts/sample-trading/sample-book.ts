/**
 * The whole sample, laid out: which sheet each table sits on, its header row, its columns (the
 * contract's, in the order "Set up workbook" makes them, plus the bookkeeper's own), and its rows
 * in typing order. Seeded, so the same code always lays out the same workbook.
 */
import { opsTableSetup } from "../../src/adapters/excel/table-specs";
import { OPS_TABLES, type OpsTable } from "../../src/core/findings";
import { STATUS_COLUMNS } from "../../src/core/records/columns";
import { plantedMistakes } from "./mistakes";
import { expenses, journals, stockMoves } from "./other-books";
import { purchaseBills, purchaseReturn, supplierPayments } from "./purchases";
import { customerReceipts, salesReturn } from "./receipts";
import { salesInvoices } from "./sales";
import { inTypingOrder, seededRandom, type SampleRow } from "./sample-rows";

export const SAMPLE_SEED = 20260401;

export interface SampleColumn {
  header: string;
  numberFormat: string;
  width: number;
}

export interface SampleTable {
  table: OpsTable;
  sheet: string;
  /** Title above the table (the sheet's row 1) when the table does not start at the top. */
  title?: string;
  headerRow: number;
  columns: SampleColumn[];
  rows: SampleRow[];
}

/** The bookkeeper's own columns: the add-in ignores them and must leave them alone. */
const USER_COLUMNS: Partial<Record<OpsTable, SampleColumn[]>> = {
  Sales: [{ header: "Salesperson", numberFormat: "General", width: 13 }],
};

const TITLES: Partial<Record<OpsTable, string>> = {
  Sales: "Sales register, April-June 2026",
  Purchases: "Purchase register, April-June 2026",
};

function widthOf(header: string): number {
  if (/Date/.test(header)) return 13;
  if (/GSTIN/.test(header)) return 18;
  if (/Customer|Supplier|Party|Payee|Vendor|Ledger|Item|Narration|Reason|Head|Note$/.test(header)) return 26;
  return Math.max(10, header.length + 3);
}

function columnsOf(table: OpsTable): SampleColumn[] {
  const setup = opsTableSetup(table).map((c) => ({ header: c.header, numberFormat: c.numberFormat, width: widthOf(c.header) }));
  const own = setup.filter((c) => !(STATUS_COLUMNS as readonly string[]).includes(c.header));
  const status = setup.filter((c) => (STATUS_COLUMNS as readonly string[]).includes(c.header));
  return [...own, ...(USER_COLUMNS[table] ?? []), ...status];
}

/** Every row of the quarter, mistakes included, before layout. */
export function sampleRows(): SampleRow[] {
  const rnd = seededRandom(SAMPLE_SEED);
  const sales = salesInvoices(rnd, 60);
  const purchases = purchaseBills(rnd, 15);
  return [
    ...sales.rows,
    ...purchases.rows,
    ...customerReceipts(rnd, sales.invoices),
    ...supplierPayments(rnd, purchases.bills),
    ...expenses(rnd),
    salesReturn(sales.invoices),
    purchaseReturn(purchases.bills[1]),
    ...stockMoves(rnd),
    ...journals(),
    ...plantedMistakes(),
  ];
}

export function sampleTables(): SampleTable[] {
  const rows = sampleRows();
  return OPS_TABLES.map((table) => ({
    table,
    sheet: table,
    title: TITLES[table],
    headerRow: TITLES[table] ? 3 : 1,
    columns: columnsOf(table),
    rows: inTypingOrder(rows.filter((r) => r.table === table)),
  }));
}
