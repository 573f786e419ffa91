/**
 * PostingLog (hidden sheet): one row per voucher per attempt, written BEFORE the request leaves
 * (the intent) and again with the outcome. It is how a crash, a retry or a second person pushing
 * the same workbook knows what Tally may already hold (docs/workbook.md "Identity").
 */
import { OPS_TABLES, type OpsTable } from "../findings";
import { handoffError } from "../handoff-error";
import { headerKey } from "../records/columns";

/**
 * Cancel and Delete put an orphan right (reconcile, docs/decisions/0012); Take Back deletes what one
 * push created, and holds those vouchers back from the next push until the user confirms.
 */
export type PostingAction = "Create" | "Alter" | "Check" | "Cancel" | "Delete" | "Take Back";
/** Sending = intent recorded, outcome not yet known; Unknown = Tally did not answer. */
export type PostingResult = "Sending" | "Posted" | "Failed" | "Unknown";

export interface PostingLogEntry {
  /** ISO timestamp supplied by the shell (the core reads no clock). */
  postedAt: string;
  table: OpsTable;
  voucher: string;
  remoteId: string;
  contentHash: string;
  action: PostingAction;
  result: PostingResult;
  message: string;
}

export const POSTING_LOG_HEADERS = ["Posted At", "Table", "Voucher", "Remote ID", "Content Hash", "Action", "Result", "Message"] as const;

/** An entry as the cells of its row, in POSTING_LOG_HEADERS order. */
export function postingLogRow(e: PostingLogEntry): string[] {
  return [e.postedAt, e.table, e.voucher, e.remoteId, e.contentHash, e.action, e.result, e.message];
}

const ACTIONS: readonly string[] = ["Create", "Alter", "Check", "Cancel", "Delete", "Take Back"] satisfies PostingAction[];
const RESULTS: readonly string[] = ["Sending", "Posted", "Failed", "Unknown"] satisfies PostingResult[];

/**
 * Where each PostingLog column sits among the table's header texts (0-based, leftmost match, as
 * the core finds columns). Both workbook adapters refuse a log that lost a column, naming it,
 * rather than read it as empty: its rows are what Tally may already hold (docs/decisions/0007).
 */
export function postingLogColumns(headers: readonly string[], sheet: string): number[] {
  const columns = POSTING_LOG_HEADERS.map((h) => headers.findIndex((x) => headerKey(x) === headerKey(h)));
  const missing = POSTING_LOG_HEADERS.filter((_, i) => columns[i] < 0);
  if (missing.length > 0) throw handoffError("workbook.posting-log-columns-lost", { columns: missing, sheet });
  return columns;
}

/**
 * One PostingLog row, its cell texts in POSTING_LOG_HEADERS order, as an entry. A row that is not
 * one (blank, or a note typed into the table) gives undefined: it is skipped, and left as it is.
 */
export function postingLogEntry(texts: readonly string[]): PostingLogEntry | undefined {
  const [postedAt, table, voucher, remoteId, contentHash, action, result, message] = POSTING_LOG_HEADERS.map((_, i) =>
    (texts[i] ?? "").trim(),
  );
  const known = (OPS_TABLES as readonly string[]).includes(table) && ACTIONS.includes(action) && RESULTS.includes(result);
  if (!known || remoteId === "") return undefined;
  return {
    postedAt,
    table: table as OpsTable,
    voucher,
    remoteId,
    contentHash,
    action: action as PostingAction,
    result: result as PostingResult,
    message,
  };
}

/** What the log says about each Remote ID: the last Posted entry, and whether a later attempt is unresolved. */
export interface LoggedState {
  postedHash?: string;
  /** A Sending/Unknown entry after the last Posted one: Tally may hold a newer version. */
  unresolved: boolean;
  /** Deleted from Tally by Take Back and not sent since: a push asks before re-creating it. */
  takenBack?: boolean;
  /** A Failed entry after the last Posted one (Tally held it otherwise, or it was held back): read it again. */
  failedSincePosted?: boolean;
}

const REMOVES: readonly PostingAction[] = ["Cancel", "Delete", "Take Back"];

export function loggedStates(entries: readonly PostingLogEntry[]): Map<string, LoggedState> {
  const states = new Map<string, LoggedState>();
  for (const e of entries) {
    const s = states.get(e.remoteId) ?? { unresolved: false };
    if (REMOVES.includes(e.action) && e.result === "Posted") {
      s.postedHash = undefined;
      s.takenBack = e.action === "Take Back";
      s.unresolved = false;
    } else if (REMOVES.includes(e.action) && e.result === "Failed") {
      s.unresolved = false;
    } else if (e.result === "Posted") {
      s.postedHash = e.contentHash;
      s.takenBack = false;
      s.unresolved = false;
      s.failedSincePosted = false;
    } else if (e.result === "Sending" || e.result === "Unknown") {
      s.unresolved = true;
    } else if (e.result === "Failed") {
      s.unresolved = false;
      s.failedSincePosted = s.postedHash !== undefined;
    }
    states.set(e.remoteId, s);
  }
  return states;
}
