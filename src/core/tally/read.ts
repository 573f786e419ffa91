/**
 * What Tally answered. Import replies come in two counter-bearing shapes (bare RESPONSE, or
 * ENVELOPE/BODY/DATA/IMPORTRESULT), plus counter-less failures (PROTOCOL.md 4.1); the success
 * rule of 4.2 is applied here and nowhere else. Tally's tag names stay in src/core/tally.
 */
import { childrenNamed, descendantsNamed, firstChild, parseTallyXml, type XmlElement } from "./read-xml";
import { tallyNumber } from "./read-values";
import { envelopeStatus, isUnknownRequest, lineErrorsIn } from "./read-export-error";

export { readExportError, type ExportFailure, type ExportFailureKind } from "./read-export-error";
export { readMasterNames, readCompanies, type MasterRecord, type MasterTag, type CompanyRecord } from "./read-masters";
export { readVouchers, type ExportedVoucher, type ExportedLedgerEntry, type ExportedInventoryEntry } from "./read-vouchers";
export { readTrialBalance, type TrialBalanceRow } from "./read-trial-balance";

export type ImportShape = "bare" | "envelope" | "unknown-request" | "empty" | "unparseable" | "export-error";

export interface ImportCounters {
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
}

export interface ImportResult {
  shape: ImportShape;
  /** Missing counters read as 0 (Tally.ERP 9 sends only seven of the ten, PROTOCOL.md 4.1). */
  counters: ImportCounters;
  /** LINEERROR texts in order, entities decoded ("Ledger 'Sales' does not exist!"). */
  lineErrors: string[];
  /** The reply text (trimmed, at most 2000 characters) when it carried no counters, for the log. */
  raw?: string;
}

export type IntendedAction = "created" | "altered" | "created-or-altered" | "deleted";

const COUNTER_TAGS: Record<keyof ImportCounters, string> = {
  created: "CREATED",
  altered: "ALTERED",
  deleted: "DELETED",
  lastVchId: "LASTVCHID",
  lastMid: "LASTMID",
  combined: "COMBINED",
  ignored: "IGNORED",
  errors: "ERRORS",
  cancelled: "CANCELLED",
  exceptions: "EXCEPTIONS",
};

const RAW_LIMIT = 2000;

function readCounters(container: XmlElement | undefined): ImportCounters {
  const counters = {} as ImportCounters;
  for (const [key, tag] of Object.entries(COUNTER_TAGS) as [keyof ImportCounters, string][]) {
    const el = container ? firstChild(container, tag) : undefined;
    counters[key] = tallyNumber(el?.text) ?? 0;
  }
  return counters;
}

function hasCounter(el: XmlElement): boolean {
  return Object.values(COUNTER_TAGS).some((tag) => firstChild(el, tag) !== undefined);
}

function result(shape: ImportShape, container: XmlElement | undefined, lineErrors: string[], raw?: string): ImportResult {
  const base = { shape, counters: readCounters(container), lineErrors };
  return raw === undefined ? base : { ...base, raw: raw.trim().slice(0, RAW_LIMIT) };
}

/**
 * Reads an import reply: its shape, the ten counters and the LINEERRORs. Never throws: an
 * empty body, "Unknown Request", a STATUS 0 error or text that is not XML each get their shape.
 */
export function readImportResponse(text: string): ImportResult {
  const parsed = parseTallyXml(text);
  if (!parsed.ok) {
    return parsed.empty ? result("empty", undefined, []) : result("unparseable", undefined, [], text);
  }
  const root = parsed.root;
  if (isUnknownRequest(root)) return result("unknown-request", undefined, [], root.text);
  if (root.name === "RESPONSE" && (hasCounter(root) || childrenNamed(root, "LINEERROR").length > 0)) {
    return result("bare", root, lineErrorsIn(root));
  }
  const importResult = descendantsNamed(root, "IMPORTRESULT")[0];
  if (root.name === "ENVELOPE" && importResult) return result("envelope", importResult, lineErrorsIn(root));
  if (envelopeStatus(root) === 0) return result("export-error", undefined, lineErrorsIn(root), text);
  return result("unparseable", undefined, lineErrorsIn(root), text);
}

function intendedCount(counters: ImportCounters, intended: IntendedAction): number {
  switch (intended) {
    case "created":
      return counters.created;
    case "altered":
      return counters.altered;
    case "created-or-altered":
      return counters.created + counters.altered;
    case "deleted":
      return counters.deleted;
  }
}

/**
 * PROTOCOL.md 4.2's success rule, exactly: the intended counter moved by `expectedCount` AND
 * ERRORS 0 AND EXCEPTIONS 0 AND no LINEERROR AND a counter-bearing shape. "ERRORS 0" alone
 * proves nothing: rejections usually come as ERRORS 0, EXCEPTIONS 1 (PROTOCOL.md 0 item 5).
 */
export function importSucceeded(result: ImportResult, intended: IntendedAction, expectedCount = 1): boolean {
  if (result.shape !== "bare" && result.shape !== "envelope") return false;
  const { counters, lineErrors } = result;
  if (counters.errors !== 0 || counters.exceptions !== 0 || lineErrors.length > 0) return false;
  return intendedCount(counters, intended) === expectedCount;
}

export type Product = "TallyPrime" | "Tally.ERP 9";

export interface Liveness {
  running: boolean;
  product: Product | undefined;
}

/** Reads the GET answer "<RESPONSE>TallyPrime Server is Running</RESPONSE>" (PROTOCOL.md 4.1 item 6). */
export function readLiveness(text: string): Liveness {
  const parsed = parseTallyXml(text);
  const said = parsed.ok ? (parsed.root.name === "RESPONSE" ? parsed.root.text : "") : text;
  if (!/server is running/i.test(said)) return { running: false, product: undefined };
  const product: Product | undefined = /tallyprime/i.test(said)
    ? "TallyPrime"
    : /tally\.?\s*erp\s*9/i.test(said)
      ? "Tally.ERP 9"
      : undefined;
  return { running: true, product };
}
