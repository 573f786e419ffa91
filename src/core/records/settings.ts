/**
 * HandoffSettings (Key, Value) on the hidden TallyHandoff sheet, read into one typed Settings
 * with defaults (docs/workbook.md, "HandoffSettings"). Keys are compared case-, space- and
 * punctuation-insensitively. A bad value is an error naming the key, and the default is used so
 * that the rest of the workbook can still be checked.
 */
import { financialYearOf, fyLabel, isoDate, type CalendarDate } from "../dates";
import { finding, type Finding } from "../findings";
import { stateByCode } from "../states";
import { isBlank, looseKey, readDate, readText, readYesNo, shownValue, type CellReader } from "./cells";
import { readSettingRows, type SettingRows } from "./settings-rows";
import { readFinancialYears, readHsnDigits, readKindList, readRateList, readStateCode } from "./settings-values";
import type { CompanyIdentity, Settings, TableInput, VoucherKindName } from "./types";

/** Tally's predefined voucher type names, used when Settings names no custom type. */
const VOUCHER_TYPE_KEYS: Record<VoucherKindName, string> = {
  Sales: "Sales",
  Purchase: "Purchase",
  Receipt: "Receipt",
  Payment: "Payment",
  Journal: "Journal",
  CreditNote: "Credit Note",
  DebitNote: "Debit Note",
  StockJournal: "Stock Journal",
};

/** Keys the add-in writes itself: the Tally company it last sent to (docs/workbook.md). */
export const COMPANY_MEMORY_KEYS = ["Tally Company GUID", "Tally Company Books From", "Tally Voucher Mark"] as const;

/** The HandoffSettings rows that remember a company read from Tally (both shells write them); no mark clears the old one. */
export function companyMemory(company: CompanyIdentity): [string, string][] {
  const [guidKey, booksKey, markKey] = COMPANY_MEMORY_KEYS;
  return [
    [guidKey, company.guid],
    [booksKey, company.booksFrom ? isoDate(company.booksFrom) : ""],
    [markKey, company.voucherMark === undefined ? "" : String(company.voucherMark)],
  ];
}

/** Every key the add-in knows, as the contract spells it. */
export const SETTING_KEYS: readonly string[] = [
  "Tally Company",
  "Company GSTIN",
  "Company State",
  "Books Begin",
  "Financial Years",
  ...Object.values(VOUCHER_TYPE_KEYS).map((kind) => `${kind} Voucher Type`),
  "Expense On Credit Voucher Type",
  "Round Off Ledger",
  "Round Totals",
  "Default Godown",
  "Allowed GST Rates",
  "HSN Digits",
  "Create Missing Masters",
  "Require Explicit Mapping",
  "Contract Version",
  "Tally Numbers",
  ...COMPANY_MEMORY_KEYS,
];

const KNOWN_KEYS: ReadonlySet<string> = new Set(SETTING_KEYS.map(looseKey));

/** Settings with every default, as used when HandoffSettings is missing. */
export function defaultSettings(): Settings {
  const voucherTypes = { ...VOUCHER_TYPE_KEYS };
  return {
    company: "",
    companyState: "",
    financialYears: [],
    voucherTypes,
    expenseOnCreditType: "Journal",
    roundOffLedger: "Round Off",
    roundTotals: true,
    defaultGodown: "Main Location",
    hsnDigits: 4,
    createMissingMasters: false,
    requireExplicitMapping: false,
    contractVersion: "1",
    tallyNumbers: [],
  };
}

type Get = <T>(key: string, read: CellReader<T>, fallback: T, shown: string) => T;

/** Reads HandoffSettings; without the table, every default and one error finding. Never throws. */
export function readSettings(table?: TableInput): { settings: Settings; findings: Finding[] } {
  const settings = defaultSettings();
  if (!table) {
    return { settings, findings: [finding("table.missing", { table: "HandoffSettings", row: 0, column: "" })] };
  }
  const rows = readSettingRows(table, KNOWN_KEYS);
  const findings = rows.findings;
  if (!rows.readable) return { settings, findings };
  const get: Get = (key, read, fallback, shown) => valueOf(rows, findings, key, read, fallback, shown);
  readCompany(settings, rows, findings, get);
  readPostingChoices(settings, get);
  return { settings, findings };
}

/** Who the books belong to and which years they cover. */
function readCompany(settings: Settings, rows: SettingRows, findings: Finding[], get: Get): void {
  settings.company = get("Tally Company", readText, "", "nothing");
  if (settings.company === "" && !isGiven(rows, "Tally Company")) {
    findings.push(missing("Tally Company", "the company's name exactly as Tally shows it", "error"));
  }
  settings.companyGstin = get<string | undefined>("Company GSTIN", readText, undefined, "no GSTIN");
  settings.companyState = readCompanyState(rows, findings, settings.companyGstin);
  settings.booksBegin = get<CalendarDate | undefined>("Books Begin", readDate, undefined, "no date");
  const booksYear = settings.booksBegin ? [financialYearOf(settings.booksBegin)] : [];
  const shown = booksYear.length ? `${fyLabel(booksYear[0])}, the year of Books Begin` : "no financial year";
  settings.financialYears = get("Financial Years", readFinancialYears, booksYear, shown);
  if (settings.financialYears.length === 0 && !isGiven(rows, "Financial Years")) {
    findings.push(missing("Financial Years", 'the financial years of this workbook, e.g. "2026-27" (or fill Books Begin)', "error"));
  }
}

/** How vouchers are posted: voucher types, rounding, godown, rates, HSN, masters and mapping. */
function readPostingChoices(settings: Settings, get: Get): void {
  for (const [kind, name] of Object.entries(VOUCHER_TYPE_KEYS) as [VoucherKindName, string][]) {
    settings.voucherTypes[kind] = get(`${name} Voucher Type`, readText, name, `"${name}"`);
  }
  settings.expenseOnCreditType = get("Expense On Credit Voucher Type", readText, "Journal", '"Journal"');
  settings.roundOffLedger = get("Round Off Ledger", readText, "Round Off", '"Round Off"');
  settings.roundTotals = get("Round Totals", readYesNo, true, "Yes");
  settings.defaultGodown = get("Default Godown", readText, "Main Location", '"Main Location"');
  settings.allowedGstRates = get<number[] | undefined>("Allowed GST Rates", readRateList, undefined, "the default rate table");
  settings.hsnDigits = get("HSN Digits", readHsnDigits, 4, "4");
  settings.createMissingMasters = get("Create Missing Masters", readYesNo, false, "No");
  settings.requireExplicitMapping = get("Require Explicit Mapping", readYesNo, false, "No");
  settings.contractVersion = get("Contract Version", readText, "1", '"1"');
  settings.tallyNumbers = get("Tally Numbers", readKindList(VOUCHER_TYPE_KEYS), [], "none (the workbook numbers every voucher)");
  const guid = get<string | undefined>("Tally Company GUID", readText, undefined, "none");
  if (guid) {
    const booksFrom = get<CalendarDate | undefined>("Tally Company Books From", readDate, undefined, "none");
    const mark = Number(get<string | undefined>("Tally Voucher Mark", readText, undefined, "none") ?? NaN);
    // A mark that is not a whole number is only forgotten: the next push reads Tally back instead.
    settings.sentTo = Number.isSafeInteger(mark) && mark >= 0 ? { guid, booksFrom, voucherMark: mark } : { guid, booksFrom };
  }
}

function isGiven(rows: SettingRows, key: string): boolean {
  const cell = rows.byKey.get(looseKey(key));
  return cell !== undefined && !isBlank(cell.value);
}

function valueOf<T>(rows: SettingRows, findings: Finding[], key: string, read: CellReader<T>, fallback: T, shown: string): T {
  const cell = rows.byKey.get(looseKey(key));
  if (!cell || isBlank(cell.value)) return fallback;
  const parsed = read(cell.value);
  if (parsed.ok) return parsed.value;
  const at = { table: "HandoffSettings", row: cell.row, column: "Value", value: shownValue(cell.value) } as const;
  findings.push(finding("settings.invalid", at, { key, reason: parsed.reason, fallback: shown }));
  return fallback;
}

/** Company State as typed, else the first two digits of the company GSTIN (gst-facts.md section 3). */
function readCompanyState(rows: SettingRows, findings: Finding[], gstin: string | undefined): string {
  const typed = valueOf(rows, findings, "Company State", readStateCode, "", "the GSTIN's state");
  if (typed) return typed;
  const fromGstin = gstin ? stateByCode(gstin.slice(0, 2))?.code : undefined;
  if (fromGstin) return fromGstin;
  // A warning: journals need no state; every GST line then gets its own error from the rules.
  findings.push(missing("Company State", "the company's state code or name (or fill Company GSTIN)", "warning"));
  return "";
}

function missing(key: string, what: string, severity: Finding["severity"]): Finding {
  return finding("settings.missing", { table: "HandoffSettings", row: 0, column: "Value" }, { key, what, severity });
}
