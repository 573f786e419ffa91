/**
 * Read (export) requests we send Tally, built with xmlbuilder2 so every name and value is
 * escaped (a raw `&` turns the whole request into "Unknown Request", PROTOCOL.md 6.4). Masters
 * and vouchers are read through ad-hoc TDL collections, the trial balance through the built-in
 * report (PROTOCOL.md 5). Liveness is a plain GET and needs no request body.
 */
import { create } from "xmlbuilder2";
import { compareDates, tallyDate, type CalendarDate } from "../dates";

export type ListKind = "Ledger" | "StockItem" | "Godown" | "Unit" | "VoucherType" | "Company";

// FETCH lists hold only what read-masters.ts reads; the NAME attribute comes with every object.
const LISTS: Record<ListKind, { id: string; fetch: string[] }> = {
  Ledger: { id: "TallyHandoffLedgers", fetch: ["NAME", "PARENT", "CLOSINGBALANCE", "OPENINGBALANCE", "PARTYGSTIN"] },
  StockItem: { id: "TallyHandoffStockItems", fetch: ["NAME", "PARENT", "BASEUNITS"] },
  Godown: { id: "TallyHandoffGodowns", fetch: ["NAME", "PARENT"] },
  Unit: { id: "TallyHandoffUnits", fetch: ["NAME"] },
  VoucherType: { id: "TallyHandoffVoucherTypes", fetch: ["NAME", "PARENT", "NUMBERINGMETHOD", "PREVENTDUPLICATES"] },
  Company: { id: "TallyHandoffCompanies", fetch: ["NAME", "GUID", "STARTINGFROM", "BOOKSFROM", "ENDINGAT", "ALTVCHID", "ALTMSTID"] },
};

const VOUCHER_COLLECTION = "TallyHandoffVouchers";

const VOUCHER_FETCH = [
  "GUID",
  "REMOTEID",
  "MASTERID",
  "ALTERID",
  "DATE",
  "VOUCHERTYPENAME",
  "VOUCHERNUMBER",
  "PARTYLEDGERNAME",
  "NARRATION",
  "ISCANCELLED",
  "ALLLEDGERENTRIES.LIST",
  "LEDGERENTRIES.LIST",
  "ALLINVENTORYENTRIES.LIST",
  "INVENTORYENTRIESIN.LIST",
  "INVENTORYENTRIESOUT.LIST",
];

type XmlObject = Record<string, unknown>;

function serialise(envelope: XmlObject): string {
  return create({ ENVELOPE: envelope }).end({ headless: true, prettyPrint: true });
}

function header(type: "Collection" | "Data", id: string): XmlObject {
  return { VERSION: "1", TALLYREQUEST: "Export", TYPE: type, ID: id };
}

function staticVariables(company: string | undefined, extra: XmlObject = {}): XmlObject {
  const vars: XmlObject = { SVEXPORTFORMAT: "$$SysName:XML" };
  if (company !== undefined) vars.SVCURRENTCOMPANY = company;
  return { ...vars, ...extra };
}

function period(from: CalendarDate, to: CalendarDate): XmlObject {
  if (compareDates(from, to) > 0) throw new RangeError("[tally-handoff] export period ends before it starts");
  return { SVFROMDATE: { "@TYPE": "Date", "#": tallyDate(from) }, SVTODATE: { "@TYPE": "Date", "#": tallyDate(to) } };
}

/**
 * Lists one kind of master (or the loaded companies) as an ad-hoc TDL collection: TYPE
 * Collection with ID equal to the COLLECTION NAME, as PROTOCOL.md 5 requires. The Company
 * collection ignores SVCURRENTCOMPANY (PROTOCOL.md 4.4), so `company` may be left out there.
 */
export function listRequest(kind: ListKind, company?: string): string {
  const { id, fetch } = LISTS[kind];
  return serialise({
    HEADER: header("Collection", id),
    BODY: {
      DESC: {
        STATICVARIABLES: staticVariables(company),
        TDL: { TDLMESSAGE: { COLLECTION: { "@NAME": id, "@ISMODIFY": "No", TYPE: kind, FETCH: fetch.join(",") } } },
      },
    },
  });
}

export interface VouchersQuery {
  company: string;
  from: CalendarDate;
  to: CalendarDate;
  /** Only vouchers with one of these REMOTEIDs (our identities, PROTOCOL.md 7). */
  remoteIds?: string[];
  voucherNumbers?: string[];
  voucherType?: string;
  /** Only vouchers with one of these narrations (ours end with an identity marker, core/tally/identity-marker.ts). */
  narrations?: string[];
  /** Only vouchers written after this ALTERID (`$AlterID > N`, filtered inside Tally: PROTOCOL.md 5, 11.5). */
  changedAfter?: number;
}

function quoted(value: string): string {
  // The formula subset has no escape for a double quote inside a literal.
  if (value.includes('"')) {
    throw new RangeError(`[tally-handoff] cannot filter on a value with a double quote: ${value}`);
  }
  return `"${value}"`;
}

function anyOf(field: string, values: string[] | undefined, label: string): string | undefined {
  if (values === undefined) return undefined;
  if (values.length === 0) throw new RangeError(`[tally-handoff] ${label} filter is empty: it would match nothing`);
  return values.map((v) => `${field} = ${quoted(v)}`).join(" OR ");
}

function changedAfter(mark: number | undefined): string | undefined {
  if (mark === undefined) return undefined;
  if (!Number.isSafeInteger(mark) || mark < 0) throw new RangeError(`[tally-handoff] not an ALTERID: ${mark}`);
  return `$AlterID > ${mark}`;
}

/**
 * Vouchers of a period, optionally narrowed by REMOTEID, number or type (PROTOCOL.md 5
 * "Vouchers", "Lookup of a voucher"). SVFROMDATE/SVTODATE only load the period, so the date
 * window is also a filter. Filters use ONLY this subset of TDL formula syntax, the subset the
 * project's emulator implements:
 *   `$Field = "text"`, `$Field >= ##SVFromDate`, `$Field <= ##SVToDate`, `$AlterID > N`;
 *   alternatives joined by ` OR ` inside one formula;
 *   several formulas named comma-separated in FILTERS, meaning AND;
 *   fields: $Date, $RemoteID, $VoucherNumber, $VoucherTypeName, $Narration, $AlterID.
 * Throws RangeError for an empty list, a value with `"`, or a period that ends before it starts.
 */
export function vouchersRequest(query: VouchersQuery): string {
  const types = query.voucherType === undefined ? undefined : [query.voucherType];
  const formulas: [string, string | undefined][] = [
    ["TallyHandoffFrom", "$Date >= ##SVFromDate"],
    ["TallyHandoffTo", "$Date <= ##SVToDate"],
    ["TallyHandoffRemoteIds", anyOf("$RemoteID", query.remoteIds, "remoteIds")],
    ["TallyHandoffNumbers", anyOf("$VoucherNumber", query.voucherNumbers, "voucherNumbers")],
    ["TallyHandoffType", anyOf("$VoucherTypeName", types, "voucherType")],
    ["TallyHandoffNarrations", anyOf("$Narration", query.narrations, "narrations")],
    ["TallyHandoffChanged", changedAfter(query.changedAfter)],
  ];
  const used = formulas.filter((f): f is [string, string] => f[1] !== undefined);
  const collection = {
    "@NAME": VOUCHER_COLLECTION,
    "@ISMODIFY": "No",
    TYPE: "Voucher",
    FETCH: VOUCHER_FETCH.join(","),
    FILTERS: used.map(([name]) => name).join(","),
  };
  const system = used.map(([name, formula]) => ({ "@TYPE": "Formulae", "@NAME": name, "#": formula }));
  return serialise({
    HEADER: header("Collection", VOUCHER_COLLECTION),
    BODY: {
      DESC: {
        STATICVARIABLES: staticVariables(query.company, period(query.from, query.to)),
        TDL: { TDLMESSAGE: { COLLECTION: collection, SYSTEM: system } },
      },
    },
  });
}

/** The built-in Trial Balance report, shaped like OFF-CS1's sample plus company and period (PROTOCOL.md 5). */
export function trialBalanceRequest(company: string, from: CalendarDate, to: CalendarDate): string {
  return serialise({
    HEADER: header("Data", "Trial Balance"),
    BODY: { DESC: { STATICVARIABLES: { EXPLODEFLAG: "Yes", ...staticVariables(company, period(from, to)) } } },
  });
}
