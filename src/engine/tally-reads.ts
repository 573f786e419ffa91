/**
 * What the engine asks Tally before and after it writes: which company is open and who it is,
 * which masters exist and how voucher types number, and which of our vouchers Tally holds.
 */
import type { CalendarDate } from "../core/dates";
import { handoffError } from "../core/handoff-error";
import { nameKey } from "../core/mapping";
import type { TallyLists } from "../core/push/masters-needed";
import { replyLimitBytes } from "../core/push/tally-cost";
import { identityMarker, markerIn } from "../core/tally/identity-marker";
import {
  readCompanies,
  readExportError,
  readMasterNames,
  readVouchers,
  type CompanyRecord,
  type ExportedVoucher,
  type MasterRecord,
  type MasterTag,
} from "../core/tally/read";
import { listRequest, vouchersRequest, type ListKind } from "../core/tally/requests";
import type { Voucher } from "../core/vouchers/model";
import type { PostOptions, TallyPort } from "./ports";

/** Fails loudly on an export reply that carries no data: never read "no answer" as "no vouchers". */
export async function exportFrom(tally: TallyPort, xml: string, company: string, opts?: PostOptions): Promise<string> {
  const text = await tally.post(xml, opts);
  const failure = readExportError(text);
  if (!failure) return text;
  if (failure.kind === "no-company-open" || failure.companyNotLoaded !== undefined) {
    throw handoffError("tally.company-not-open", { company });
  }
  if (failure.kind === "unknown-request") {
    throw handoffError("tally.request-unreadable");
  }
  throw handoffError("tally.read-refused", { lineErrors: failure.lineErrors, kind: failure.kind });
}

/** The named company among those loaded, with its identity; refuses and names the loaded ones otherwise. */
export async function readLoadedCompany(tally: TallyPort, company: string): Promise<CompanyRecord> {
  const companies = readCompanies(await exportFrom(tally, listRequest("Company"), company));
  const loaded = companies.find((c) => nameKey(c.name) === nameKey(company));
  if (loaded) return loaded;
  // A write naming a company that is not loaded can land in the loaded one (PROTOCOL.md 11.4): nothing is sent.
  throw handoffError("tally.company-not-loaded", { company, open: companies.map((c) => c.name) });
}

/** Voucher types with their numbering method and Prevent Duplicates. */
export async function readVoucherTypes(tally: TallyPort, company: string): Promise<MasterRecord[]> {
  return readMasterNames(await exportFrom(tally, listRequest("VoucherType", company), company), "VOUCHERTYPE");
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

/** What one read-back found: our vouchers' copies by Remote ID (lower case), and every ALTERID it showed. */
export interface ReadBack {
  /** Several copies of one voucher mean a duplicate. */
  copies: Map<string, ExportedVoucher[]>;
  alterIds: number[];
}

export interface ReadBackWindow {
  from: CalendarDate;
  to: CalendarDate;
  /** Vouchers the read is predicted to return, which sizes the reply limit. */
  predicted: number;
  /** Only vouchers written after this ALTERID (VoucherMarks.changedAfter). */
  changedAfter?: number;
  /** Only vouchers with one of these narrations: ours, each ending with its marker. */
  narrations?: string[];
}

/**
 * Tally's copies of these vouchers over one date window (PROTOCOL.md 11.5: a window costs what it
 * holds; never a whole year), recognised by the narration marker, or by REMOTEID where Tally echoes
 * ours (11.1). The reply may hold no more than the window predicts, with headroom.
 */
export async function readBack(tally: TallyPort, company: string, vouchers: readonly Voucher[], window: ReadBackWindow): Promise<ReadBack> {
  const copies = new Map<string, ExportedVoucher[]>();
  const ours = new Map<string, string>();
  for (const v of vouchers) {
    ours.set(v.remoteId.toLowerCase(), v.remoteId.toLowerCase());
    ours.set(identityMarker(v.remoteId), v.remoteId.toLowerCase());
  }
  const { from, to, changedAfter, narrations } = window;
  const request = vouchersRequest({ company, from, to, changedAfter, narrations });
  const text = await exportFrom(tally, request, company, { maxReplyBytes: replyLimitBytes(window.predicted) });
  const alterIds: number[] = [];
  for (const ev of readVouchers(text)) {
    if (ev.alterId !== undefined) alterIds.push(ev.alterId);
    const key = ours.get(ev.remoteId?.toLowerCase() ?? "") ?? ours.get(markerIn(ev.narration) ?? "");
    if (key === undefined) continue;
    copies.set(key, [...(copies.get(key) ?? []), ev]);
  }
  return { copies, alterIds };
}
