/**
 * Typed workbook rows and Books for tests, written the way a bookkeeper reads them:
 * `salesRow({ invoiceNo: "INV-1", taxableValue: rupees("1000") })`. Each factory fills a row's
 * usual cells; a test adds or overrides only the cells it is about. Rows without a sheet row number
 * get one from their position in the table (first body row = sheet row 2); a test that names
 * rows (`salesRow({ row: 5 })`) gets findings on those rows.
 */
import { parseAmount, type Paise } from "../../src/core/money";
import { parseDateCell, type CalendarDate } from "../../src/core/dates";
import { OPS_TABLES, type OpsTable } from "../../src/core/findings";
import { gstinCheckCharacter } from "../../src/core/gst";
import { defaultSettings } from "../../src/core/records/settings";
import type {
  Books,
  ExpenseRow,
  JournalRow,
  LedgerMapEntry,
  LedgerMapKind,
  OpsRows,
  PaymentRow,
  PurchaseRow,
  ReceiptRow,
  RejectedRow,
  ReturnRow,
  SalesRow,
  Settings,
  StockMoveRow,
} from "../../src/core/records/types";

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

/** "2026-04-10" (or any text dates.ts reads) to a CalendarDate; throws on a typo in a test. */
export function day(text: string): CalendarDate {
  const parsed = parseDateCell(text);
  if (!parsed.ok) throw new Error(`test date ${text} ${parsed.reason}`);
  return parsed.value;
}

/** "1,180.40" or 1180.4 rupees to paise; throws on a typo in a test. */
export function rupees(value: string | number): Paise {
  const parsed = parseAmount(value);
  if (!parsed.ok) throw new Error(`test amount ${value} ${parsed.reason}`);
  return parsed.value;
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

const unplaced = { row: 0, index: -1 };

export function salesRow(p: Partial<SalesRow> = {}): SalesRow {
  return { ...unplaced, date: day("2026-04-10"), invoiceNo: "INV-1", customer: "Acme Stores", gstRate: 18, ...p };
}

export function purchaseRow(p: Partial<PurchaseRow> = {}): PurchaseRow {
  return {
    ...unplaced,
    date: day("2026-04-12"),
    voucherNo: "PUR-1",
    supplier: "Bharat Supplies",
    billNo: "BS/101",
    gstRate: 18,
    itcEligible: true,
    ...p,
  };
}

export function receiptRow(p: Partial<ReceiptRow> = {}): ReceiptRow {
  return {
    ...unplaced,
    date: day("2026-04-20"),
    receiptNo: "RC-1",
    customer: "Acme Stores",
    amount: rupees("1000"),
    mode: "Cash",
    account: "Cash",
    openingBill: false,
    ...p,
  };
}

export function paymentRow(p: Partial<PaymentRow> = {}): PaymentRow {
  return {
    ...unplaced,
    date: day("2026-04-21"),
    paymentNo: "PY-1",
    payee: "Bharat Supplies",
    amount: rupees("1000"),
    mode: "Cash",
    account: "Cash",
    openingBill: false,
    ...p,
  };
}

export function expenseRow(p: Partial<ExpenseRow> = {}): ExpenseRow {
  return { ...unplaced, date: day("2026-04-05"), voucherNo: "EXP-1", expenseHead: "Rent", taxableValue: rupees("10000"), gstRate: 0, ...p };
}

export function returnRow(p: Partial<ReturnRow> = {}): ReturnRow {
  return {
    ...unplaced,
    date: day("2026-04-25"),
    noteNo: "CN-1",
    type: "Sales Return",
    party: "Acme Stores",
    external: false,
    gstRate: 18,
    ...p,
  };
}

export function stockMoveRow(p: Partial<StockMoveRow> = {}): StockMoveRow {
  return { ...unplaced, date: day("2026-04-15"), moveNo: "MV-1", item: "Steel Bolt", qty: 10, unit: "Nos", ...p };
}

export function journalRow(p: Partial<JournalRow> = {}): JournalRow {
  return { ...unplaced, date: day("2026-04-30"), voucherNo: "JV-1", ledger: "Depreciation", ...p };
}

export interface BooksSpec extends Partial<OpsRows> {
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
    const given = (spec[table] ?? []) as { row: number; index: number }[];
    rows[table] = given.map((r, i) => {
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
