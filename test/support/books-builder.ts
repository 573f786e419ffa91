/**
 * Books for tests: the usual company, its settings and ledger map, and tables of rows given by only
 * the cells a test is about (`makeBooks({ Sales: [{ invoiceNo: "INV-1" }] })`), each filled from its
 * table's plain row (ops-rows.ts). Rows without a sheet row number get one from their position in
 * the table (first body row = sheet row 2); a test that names rows (`{ row: 5 }`) gets findings on
 * those rows.
 */
import { OPS_TABLES, type OpsTable } from "../../src/core/findings";
import { gstinCheckCharacter } from "../../src/core/gst";
import { defaultSettings } from "../../src/core/records/settings";
import type { Books, LedgerMapEntry, LedgerMapKind, OpsRow, OpsRows, RejectedRow, Settings } from "../../src/core/records/types";
import { PLAIN_ROW } from "./ops-rows";

export { day, expenseRow, journalRow, paymentRow, purchaseRow, receiptRow, returnRow, rupees, salesRow, stockMoveRow } from "./ops-rows";

/** Valid GSTINs (check character computed per gst-facts.md section 4) for the usual cast. */
export const GSTIN = {
  /** The company: Maharashtra. */
  company: "27AAPFS1234K1ZW",
  /** A customer in Maharashtra (same state as the company). */
  customerMH: "27AAACA5678M1Z7",
  /** A supplier in Maharashtra. */
  supplierMH: "27AABCB1111C1ZM",
  /** A landlord in Maharashtra. */
  landlordMH: "27AAFCS2222D1ZT",
  /** A customer or supplier in Karnataka. */
  karnataka: "29AABCB9012N1ZF",
  /** A customer or supplier in Gujarat. */
  gujarat: "24AAFCG3456P1Z8",
} as const;

/** A valid GSTIN from its first 14 characters, for a state or PAN the cast above lacks. */
export function validGstin(first14: string): string {
  return first14 + gstinCheckCharacter(first14);
}

/** The product's own defaults (a workbook without HandoffSettings), for a Maharashtra company in 2026-27. */
export function makeSettings(overrides: Partial<Settings> = {}): Settings {
  return {
    ...defaultSettings(),
    company: "Sharma Traders",
    companyGstin: GSTIN.company,
    companyState: "27",
    financialYears: [2026],
    roundTotals: false,
    hsnDigits: 0,
    ...overrides,
  };
}

/** One LedgerMap row (sheet row numbers are not needed by the builders). */
export function mapEntry(kind: LedgerMapKind, workbookValue: string, tallyName: string, row = 0): LedgerMapEntry {
  return { row, kind, workbookValue, tallyName };
}

/** Every kind the builders use, mapped for every rate ("*"). Put specific rows first to override. */
export function defaultLedgerMap(): LedgerMapEntry[] {
  return [
    mapEntry("Sales", "*", "Sales"),
    mapEntry("Purchase", "*", "Purchase"),
    mapEntry("SalesReturn", "*", "Sales Returns"),
    mapEntry("PurchaseReturn", "*", "Purchase Returns"),
    mapEntry("Output CGST", "*", "Output CGST"),
    mapEntry("Output SGST", "*", "Output SGST"),
    mapEntry("Output IGST", "*", "Output IGST"),
    mapEntry("Input CGST", "*", "Input CGST"),
    mapEntry("Input SGST", "*", "Input SGST"),
    mapEntry("Input IGST", "*", "Input IGST"),
    mapEntry("Account", "Cash", "Cash"),
    mapEntry("Account", "HDFC", "HDFC Bank"),
    mapEntry("Expense", "Rent", "Rent"),
    mapEntry("Expense", "Internet", "Internet Charges"),
    mapEntry("Ledger", "Round Off", "Round Off"),
  ];
}

/** A table's rows by the cells that matter; the rest are its plain row's. */
type GivenRows = { [T in OpsTable]?: Partial<OpsRow<T>>[] };

export interface BooksSpec extends GivenRows {
  settings?: Partial<Settings>;
  /** Replaces the default map; compose with `[mapEntry(...), ...defaultLedgerMap()]`. */
  ledgerMap?: LedgerMapEntry[];
  rejected?: Partial<Record<OpsTable, RejectedRow[]>>;
}

/**
 * Books from rows. A row without a place gets index = its position and sheet row = position + 2;
 * a row with a sheet row and no index gets index = sheet row - 2.
 */
export function makeBooks(spec: BooksSpec = {}): Books {
  const rows = {} as Record<OpsTable, unknown[]>;
  const rejected = {} as Record<OpsTable, RejectedRow[]>;
  const present: OpsTable[] = [];
  for (const table of OPS_TABLES) {
    const given: Partial<OpsRow<typeof table>>[] = spec[table] ?? [];
    rows[table] = given.map((cells, i) => {
      const r = (PLAIN_ROW[table] as (p: typeof cells) => { row: number; index: number })(cells);
      const row = r.row === 0 ? i + 2 : r.row;
      return { ...r, row, index: r.index < 0 ? row - 2 : r.index };
    });
    rejected[table] = spec.rejected?.[table] ?? [];
    if (spec[table] !== undefined) present.push(table);
  }
  return {
    settings: makeSettings(spec.settings),
    ledgerMap: spec.ledgerMap ?? defaultLedgerMap(),
    rows: rows as unknown as OpsRows,
    present,
    rejected,
  };
}
