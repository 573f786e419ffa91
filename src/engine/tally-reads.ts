/**
 * What the engine asks Tally before and after it writes: which company is open, which masters
 * exist, and which of our vouchers Tally holds (by Remote ID, over whole financial years,
 * PROTOCOL.md 5 "Vouchers").
 */
import { fromDayNumber, toDayNumber, financialYearOf, type CalendarDate } from "../core/dates";
import { HandoffError } from "../core/handoff-error";
import { nameKey } from "../core/mapping";
import type { TallyLists } from "../core/push/masters-needed";
import { readCompanies, readExportError, readMasterNames, readVouchers, type ExportedVoucher, type MasterTag } from "../core/tally/read";
import { listRequest, vouchersRequest, type ListKind } from "../core/tally/requests";
import type { Voucher } from "../core/vouchers/model";
import type { TallyPort } from "./ports";

/** Fails loudly on an export reply that carries no data: never read "no answer" as "no vouchers". */
export async function exportFrom(tally: TallyPort, xml: string, company: string): Promise<string> {
  const text = await tally.post(xml);
  const failure = readExportError(text);
  if (!failure) return text;
  if (failure.kind === "no-company-open" || failure.companyNotLoaded !== undefined) {
    throw new HandoffError("tally-no-company", `Company '${company}' is not open in Tally.`, "Open the company in TallyPrime (or fix Tally Company in Settings), then send again.");
  }
  if (failure.kind === "unknown-request") {
    throw new HandoffError("tally-unknown-request", "Tally could not read the add-in's request.", "Check that the address points to TallyPrime's HTTP port.");
  }
  throw new HandoffError("internal", `Tally refused a read: ${failure.lineErrors.join("; ") || failure.kind}`);
}

export async function assertCompanyOpen(tally: TallyPort, company: string): Promise<void> {
  const companies = readCompanies(await exportFrom(tally, listRequest("Company"), company));
  if (!companies.some((c) => nameKey(c.name) === nameKey(company))) {
    const open = companies.map((c) => c.name).join(", ") || "none";
    throw new HandoffError("tally-no-company", `Company '${company}' is not open in Tally (open: ${open}).`, "Open it in TallyPrime, or fix Tally Company in Settings.");
  }
}

const LISTS: [keyof TallyLists, ListKind, MasterTag][] = [
  ["ledgers", "Ledger", "LEDGER"],
  ["stockItems", "StockItem", "STOCKITEM"],
  ["units", "Unit", "UNIT"],
  ["godowns", "Godown", "GODOWN"],
  ["voucherTypes", "VoucherType", "VOUCHERTYPE"],
];

export async function readTallyLists(tally: TallyPort, company: string): Promise<TallyLists> {
  const lists: TallyLists = { ledgers: [], stockItems: [], units: [], godowns: [], voucherTypes: [] };
  for (const [key, kind, tag] of LISTS) {
    lists[key] = readMasterNames(await exportFrom(tally, listRequest(kind, company), company), tag).map((m) => m.name);
  }
  return lists;
}

function fyWindow(dates: CalendarDate[]): { from: CalendarDate; to: CalendarDate } {
  const days = dates.map(toDayNumber);
  const first = fromDayNumber(Math.min(...days));
  const last = fromDayNumber(Math.max(...days));
  return { from: { y: financialYearOf(first), m: 4, d: 1 }, to: { y: financialYearOf(last) + 1, m: 3, d: 31 } };
}

/** Tally's copies of these vouchers, keyed by Remote ID (lower case); several copies mean a duplicate. */
export async function readBack(tally: TallyPort, company: string, vouchers: readonly Voucher[]): Promise<Map<string, ExportedVoucher[]>> {
  const found = new Map<string, ExportedVoucher[]>();
  if (vouchers.length === 0) return found;
  const { from, to } = fyWindow(vouchers.map((v) => v.date));
  const xml = vouchersRequest({ company, from, to, remoteIds: vouchers.map((v) => v.remoteId) });
  for (const ev of readVouchers(await exportFrom(tally, xml, company))) {
    if (!ev.remoteId) continue;
    const key = ev.remoteId.toLowerCase();
    found.set(key, [...(found.get(key) ?? []), ev]);
  }
  return found;
}
