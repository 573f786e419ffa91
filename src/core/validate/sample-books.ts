/**
 * Small, valid rows and Books for the validation tests: each factory fills a clean row and the
 * test overrides only the cells it is about. GSTINs carry check characters computed by
 * gstinCheckCharacter, so they are valid unless a test breaks them.
 */
import { parseDateCell, type CalendarDate } from "../dates";
import { OPS_TABLES, type OpsTable } from "../findings";
import { gstinCheckCharacter } from "../gst";
import { parseAmount, type Paise } from "../money";
import type {
  Books,
  ExpenseRow,
  JournalRow,
  LedgerMapEntry,
  OpsRows,
  PaymentRow,
  PurchaseRow,
  ReceiptRow,
  RejectedRow,
  ReturnRow,
  SalesRow,
  Settings,
  StockMoveRow,
} from "../records/types";

export const gstin = (first14: string): string => first14 + gstinCheckCharacter(first14);

/** A Maharashtra company selling to a Maharashtra and a Karnataka customer. */
export const COMPANY_GSTIN = gstin("27AAACT1234M1Z");
export const SHARMA_GSTIN = gstin("27ABCDE1234F1Z");
export const KARNATAKA_GSTIN = gstin("29AAACS4321K1Z");
export const SUPPLIER_GSTIN = gstin("24AAGFG5678H1Z");

export function d(text: string): CalendarDate {
  const parsed = parseDateCell(text);
  if (!parsed.ok) throw new Error(`bad test date ${text}`);
  return parsed.value;
}

/** Rupees as typed ("1,000.50" or 1000.5) to paise. */
export function rs(rupees: number | string): Paise {
  const parsed = parseAmount(rupees);
  if (!parsed.ok) throw new Error(`bad test amount ${rupees}`);
  return parsed.value;
}

export function settings(over: Partial<Settings> = {}): Settings {
  return {
    company: "Tara Traders",
    companyGstin: COMPANY_GSTIN,
    companyState: "27",
    booksBegin: d("1-Apr-2026"),
    financialYears: [2026],
    voucherTypes: {
      Sales: "Sales",
      Purchase: "Purchase",
      Receipt: "Receipt",
      Payment: "Payment",
      Journal: "Journal",
      CreditNote: "Credit Note",
      DebitNote: "Debit Note",
      StockJournal: "Stock Journal",
    },
    expenseOnCreditType: "Journal",
    roundOffLedger: "Round Off",
    roundTotals: false,
    defaultGodown: "Main Location",
    hsnDigits: 0,
    createMissingMasters: false,
    requireExplicitMapping: false,
    contractVersion: "1",
    ...over,
  };
}

const catchAll = [
  "Sales",
  "Purchase",
  "SalesReturn",
  "PurchaseReturn",
  "Output CGST",
  "Output SGST",
  "Output IGST",
  "Input CGST",
  "Input SGST",
  "Input IGST",
] as const;

/** Every rate-keyed kind mapped by a catch-all row, plus the accounts and expense heads the samples use. */
export const LEDGER_MAP: LedgerMapEntry[] = [
  ...catchAll.map((kind, i) => ({ row: i + 2, kind, workbookValue: "*", tallyName: `${kind} ledger` })),
  { row: 20, kind: "Account", workbookValue: "HDFC", tallyName: "HDFC Bank" },
  { row: 21, kind: "Account", workbookValue: "Cash", tallyName: "Cash" },
  { row: 22, kind: "Expense", workbookValue: "Rent", tallyName: "Rent" },
  { row: 23, kind: "Expense", workbookValue: "Freight", tallyName: "Freight Inward" },
];

const base = (row: number) => ({ row, index: row - 2, date: d("10-Apr-2026") });

export const sale = (p: Partial<SalesRow> & { row: number }): SalesRow => ({
  ...base(p.row),
  invoiceNo: "INV-1",
  customer: "Sharma Traders",
  customerGstin: SHARMA_GSTIN,
  taxableValue: rs(1000),
  gstRate: 18,
  ...p,
});

export const purchase = (p: Partial<PurchaseRow> & { row: number }): PurchaseRow => ({
  ...base(p.row),
  voucherNo: "P-1",
  supplier: "Gupta Mills",
  supplierGstin: SUPPLIER_GSTIN,
  billNo: "GM/101",
  billDate: d("8-Apr-2026"),
  taxableValue: rs(5000),
  gstRate: 5,
  itcEligible: true,
  ...p,
});

export const receipt = (p: Partial<ReceiptRow> & { row: number }): ReceiptRow => ({
  ...base(p.row),
  receiptNo: "R-1",
  customer: "Sharma Traders",
  amount: rs(1180),
  mode: "Bank",
  account: "HDFC",
  openingBill: false,
  ...p,
});

export const payment = (p: Partial<PaymentRow> & { row: number }): PaymentRow => ({
  ...base(p.row),
  paymentNo: "PAY-1",
  payee: "Gupta Mills",
  amount: rs(5250),
  mode: "Bank",
  account: "HDFC",
  openingBill: false,
  ...p,
});

export const expense = (p: Partial<ExpenseRow> & { row: number }): ExpenseRow => ({
  ...base(p.row),
  voucherNo: "E-1",
  expenseHead: "Rent",
  vendor: "Patil Estates",
  taxableValue: rs(20000),
  gstRate: 18,
  paidFrom: "HDFC",
  ...p,
});

export const salesReturn = (p: Partial<ReturnRow> & { row: number }): ReturnRow => ({
  ...base(p.row),
  noteNo: "CN-1",
  type: "Sales Return",
  party: "Sharma Traders",
  partyGstin: SHARMA_GSTIN,
  againstInvoice: "INV-1",
  external: false,
  taxableValue: rs(100),
  gstRate: 18,
  ...p,
});

export const stockMove = (p: Partial<StockMoveRow> & { row: number }): StockMoveRow => ({
  ...base(p.row),
  moveNo: "SM-1",
  item: "Basmati Rice",
  qty: 5,
  unit: "kg",
  fromGodown: "Main Location",
  toGodown: "Shop",
  ...p,
});

export const journal = (p: Partial<JournalRow> & { row: number }): JournalRow => ({
  ...base(p.row),
  voucherNo: "JV-1",
  ledger: "Depreciation",
  ...p,
});

export function books(rows: Partial<OpsRows>, over: { settings?: Partial<Settings>; ledgerMap?: LedgerMapEntry[] } = {}): Books {
  const all = Object.fromEntries(OPS_TABLES.map((t) => [t, rows[t] ?? []])) as unknown as OpsRows;
  const rejected = Object.fromEntries(OPS_TABLES.map((t) => [t, [] as RejectedRow[]])) as Record<OpsTable, RejectedRow[]>;
  return {
    settings: settings(over.settings),
    ledgerMap: over.ledgerMap ?? LEDGER_MAP,
    rows: all,
    present: OPS_TABLES.filter((t) => rows[t] !== undefined),
    rejected,
  };
}
