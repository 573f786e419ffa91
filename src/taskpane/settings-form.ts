/**
 * The HandoffSettings keys the Settings view edits, and their starting values: as typed in the
 * workbook when the table has the key (so a value the validation rejected shows as typed), else the
 * value in force (docs/workbook.md "HandoffSettings"). Only changed keys are written back.
 */
import { fyLabel } from "../core/dates";
import { looseKey } from "../core/records/cells";
import type { Settings, VoucherKindName, WorkbookInput } from "../core/records/types";

export interface SettingField {
  /** The key as the contract spells it (records/settings.ts SETTING_KEYS). */
  key: string;
  hint?: string;
  current(settings: Settings): string;
}

const voucherType = (kind: VoucherKindName, name: string): SettingField => ({
  key: `${name} Voucher Type`,
  current: (s) => s.voucherTypes[kind],
});

export const COMPANY_FIELDS: readonly SettingField[] = [
  { key: "Tally Company", hint: "Exactly as TallyPrime shows the company's name.", current: (s) => s.company },
  { key: "Company State", hint: 'State code or name, e.g. "27" or "Maharashtra".', current: (s) => s.companyState },
  { key: "Company GSTIN", current: (s) => s.companyGstin ?? "" },
  { key: "Financial Years", hint: 'e.g. "2026-27, 2027-28".', current: (s) => s.financialYears.map(fyLabel).join(", ") },
  { key: "Round Off Ledger", current: (s) => s.roundOffLedger },
  { key: "Round Totals", hint: "Yes or No.", current: (s) => (s.roundTotals ? "Yes" : "No") },
];

export const VOUCHER_TYPE_FIELDS: readonly SettingField[] = [
  voucherType("Sales", "Sales"),
  voucherType("Purchase", "Purchase"),
  voucherType("Receipt", "Receipt"),
  voucherType("Payment", "Payment"),
  voucherType("Journal", "Journal"),
  voucherType("CreditNote", "Credit Note"),
  voucherType("DebitNote", "Debit Note"),
  voucherType("StockJournal", "Stock Journal"),
];

export const SETTING_FIELDS: readonly SettingField[] = [...COMPANY_FIELDS, ...VOUCHER_TYPE_FIELDS];

/** Key -> value text as typed in the HandoffSettings table (loose key match, first row wins). */
export function typedSettings(input: WorkbookInput | undefined): Map<string, string> {
  const out = new Map<string, string>();
  const table = input?.tables.HandoffSettings;
  if (!table) return out;
  const headers = table.headers.map((h) => looseKey(String(h)));
  const keyCol = headers.findIndex((h) => h === "key" || h === "setting");
  const valueCol = headers.indexOf("value");
  if (keyCol < 0 || valueCol < 0) return out;
  for (const row of table.rows) {
    const key = looseKey(String(row[keyCol] ?? ""));
    const value = row[valueCol];
    if (key !== "" && !out.has(key)) out.set(key, value === null || value === undefined ? "" : String(value));
  }
  return out;
}

/** Starting value per key: typed text where the table has it, else the value in force. */
export function initialSettingValues(input: WorkbookInput | undefined, settings: Settings): Record<string, string> {
  const typed = typedSettings(input);
  const values: Record<string, string> = {};
  for (const field of SETTING_FIELDS) values[field.key] = typed.get(looseKey(field.key)) ?? field.current(settings);
  return values;
}

/** The keys whose draft differs from the start (trimmed), in field order. */
export function changedSettings(initial: Record<string, string>, draft: Record<string, string>): [string, string][] {
  return SETTING_FIELDS.map((f) => f.key)
    .filter((key) => (draft[key] ?? "").trim() !== (initial[key] ?? "").trim())
    .map((key) => [key, (draft[key] ?? "").trim()]);
}
