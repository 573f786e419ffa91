/**
 * The answer shapes of the gateway (PROTOCOL.md 4.1): bare RESPONSE counters for legacy imports,
 * ENVELOPE/.../IMPORTRESULT for new-form imports, the export error envelope, and the one-line
 * RESPONSEs for liveness and unknown requests.
 */
import type { CompanyState } from "./state";
import { el, lineErrorRaw, renderXml, type XmlNode } from "./xml-out";

/** GET answer (SRINIDHI; BRIDGE 1). */
export const LIVENESS = "<RESPONSE>TallyPrime Server is Running</RESPONSE>";

/** Malformed XML, unknown TALLYREQUEST, UTF-16 without its charset (4.1 item 3). */
export const UNKNOWN_REQUEST = "<RESPONSE>Unknown Request, cannot be processed</RESPONSE>";

/** The ten TallyPrime import counters plus the LINEERRORs that come first (4.1, 4.2). */
export interface Counters {
  created: number;
  altered: number;
  deleted: number;
  lastVchId: number;
  lastMid: number;
  combined: number;
  ignored: number;
  errors: number;
  cancelled: number;
  exceptions: number;
  lineErrors: string[];
}

export function zeroCounters(): Counters {
  return {
    created: 0,
    altered: 0,
    deleted: 0,
    lastVchId: 0,
    lastMid: 0,
    combined: 0,
    ignored: 0,
    errors: 0,
    cancelled: 0,
    exceptions: 0,
    lineErrors: [],
  };
}

function counterNodes(c: Counters): XmlNode[] {
  const n = (tag: string, value: number): XmlNode => el(tag, String(value));
  return [
    ...c.lineErrors.map((e): XmlNode => ({ tag: "LINEERROR", raw: lineErrorRaw(e) })),
    n("CREATED", c.created),
    n("ALTERED", c.altered),
    n("DELETED", c.deleted),
    n("LASTVCHID", c.lastVchId),
    n("LASTMID", c.lastMid),
    n("COMBINED", c.combined),
    n("IGNORED", c.ignored),
    n("ERRORS", c.errors),
    n("CANCELLED", c.cancelled),
    n("EXCEPTIONS", c.exceptions),
  ];
}

/** Legacy `Import Data` answer: `<RESPONSE>` with one-space indent and CRLF (ARCHIVED). */
export function bareCounters(c: Counters): string {
  return renderXml(el("RESPONSE", counterNodes(c)));
}

const header = (status: number): XmlNode => el("HEADER", [el("VERSION", "1"), el("STATUS", String(status))]);

/** Per-type numbers Tally adds after an import; they are not object counts (P002 5). */
export function cmpInfo(state: CompanyState): XmlNode {
  const count = (tag: string, n: number): XmlNode => el(tag, String(n));
  return el("CMPINFO", [
    count("COMPANY", 0),
    count("GROUP", state.groups.size),
    count("LEDGER", state.ledgers.size),
    count("COSTCATEGORY", 0),
    count("COSTCENTRE", 0),
    count("GODOWN", state.godowns.size),
    count("STOCKGROUP", state.stockGroups.size),
    count("STOCKCATEGORY", 0),
    count("STOCKITEM", state.stockItems.size),
    count("VOUCHERTYPE", state.voucherTypes.size),
    count("CURRENCY", 1),
    count("UNIT", state.units.size),
    count("VOUCHER", state.vouchers().length),
  ]);
}

/** New-form `Import` answer: STATUS stays 1 even when IMPORTRESULT holds a LINEERROR (BIGGUIDE). */
export function envelopeCounters(c: Counters, state: CompanyState): string {
  const desc = el("DESC", [
    cmpInfo(state),
    el("CMPINFOEX", [el("IDINFO", [el("LASTCREATEDVCHID", String(state.lastCreatedVchId))])]),
    el("MSTALTIDINFO", [el("EXPSUMID", "0")]),
  ]);
  const body = el("BODY", [el("DATA", [el("IMPORTRESULT", counterNodes(c))]), desc]);
  return renderXml(el("ENVELOPE", [header(1), body]));
}

/** Export failure: STATUS 0 and a LINEERROR in BODY/DATA (P002 25; TC ResponseEnvelope.cs). */
export function exportError(message: string): string {
  return renderXml(el("ENVELOPE", [header(0), el("BODY", [el("DATA", [el("LINEERROR", message)])])]));
}

/** Successful export envelope: HEADER STATUS 1, BODY/DESC, BODY/DATA. */
export function exportEnvelope(desc: XmlNode[], data: XmlNode[]): string {
  return renderXml(el("ENVELOPE", [header(1), el("BODY", [el("DESC", desc), el("DATA", data)])]));
}
