/**
 * The bookkeeper's own copies of what goes to Tally: a JSON file for programs and a CSV with one row
 * per ledger or item line for Excel. Same vouchers as the XML, no Tally tags.
 */
import { isoDate, type CalendarDate } from "./dates";
import { paiseToDecimal, type Paise } from "./money";
import type { BankAllocation, InventoryEntry, LedgerEntry, Voucher } from "./vouchers/model";

const money = (amount: Paise): string => paiseToDecimal(amount);
const day = (date: CalendarDate | undefined): string | undefined => (date ? isoDate(date) : undefined);

function ledgerJson(e: LedgerEntry) {
  const bank = (b: BankAllocation) => ({ ...b, instrumentDate: day(b.instrumentDate), amount: money(b.amount) });
  return {
    ...e,
    amount: money(e.amount),
    bills: e.bills?.map((b) => ({ ...b, amount: money(b.amount) })),
    bank: e.bank ? bank(e.bank) : undefined,
  };
}

function inventoryJson(e: InventoryEntry) {
  return { ...e, rate: money(e.rate), amount: money(e.amount) };
}

/**
 * Pretty JSON of the vouchers: dates as ISO (2026-04-01), amounts as signed decimal strings
 * ("-12000.00", debit and stock in negative as in model.ts), so no reader meets a float.
 */
export function vouchersToJson(vouchers: readonly Voucher[]): string {
  const plain = vouchers.map((v) => ({
    ...v,
    date: isoDate(v.date),
    referenceDate: day(v.referenceDate),
    ledgerEntries: v.ledgerEntries.map(ledgerJson),
    inventoryEntries: v.inventoryEntries.map(inventoryJson),
  }));
  return JSON.stringify(plain, null, 2);
}

export const CSV_COLUMNS = [
  "Date",
  "Voucher Type",
  "Voucher No",
  "Remote ID",
  "Party",
  "Ledger/Item",
  "Qty",
  "Rate",
  "Debit",
  "Credit",
  "Narration",
] as const;

// A cell starting with one of these is a formula to Excel and LibreOffice (OWASP "CSV Injection").
const FORMULA_START = /^[=+\-@\t\r]/;

/** One cell: a leading apostrophe defuses a formula, then RFC 4180 quoting where needed. */
export function csvCell(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Debit and Credit columns: negative amounts are debits, written without their sign. */
function sides(amount: Paise): [string, string] {
  if (amount < 0) return [money(-amount), ""];
  return amount > 0 ? ["", money(amount)] : ["", ""];
}

function voucherRows(v: Voucher): string[][] {
  const head = [isoDate(v.date), v.voucherType, v.number, v.remoteId, v.party ?? ""];
  const narration = v.narration ?? "";
  const ledgers = v.ledgerEntries.map((e) => [...head, e.ledger, "", "", ...sides(e.amount), narration]);
  const items = v.inventoryEntries.map((e) => [
    ...head,
    e.item,
    `${String(e.qty)} ${e.unit}`,
    money(e.rate),
    ...sides(e.amount),
    narration,
  ]);
  return [...ledgers, ...items];
}

/**
 * CSV with one row per ledger or item line (columns in CSV_COLUMNS), CRLF line ends. For a balanced
 * voucher the Debit and Credit columns add up to the same total.
 */
export function vouchersToCsv(vouchers: readonly Voucher[]): string {
  const rows = [[...CSV_COLUMNS], ...vouchers.flatMap(voucherRows)];
  return rows.map((row) => row.map(csvCell).join(",")).join("\r\n") + "\r\n";
}
