/**
 * PostingLog (hidden sheet): one row per voucher per attempt, written BEFORE the request leaves
 * (the intent) and again with the outcome. It is how a crash, a retry or a second person pushing
 * the same workbook knows what Tally may already hold (docs/workbook.md "Identity").
 */
import type { OpsTable } from "../findings";

export type PostingAction = "Create" | "Alter" | "Check";
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

export function postingLogRow(e: PostingLogEntry): string[] {
  return [e.postedAt, e.table, e.voucher, e.remoteId, e.contentHash, e.action, e.result, e.message];
}

/** What the log says about each Remote ID: the last Posted entry, and whether a later attempt is unresolved. */
export interface LoggedState {
  postedHash?: string;
  /** A Sending/Unknown entry after the last Posted one: Tally may hold a newer version. */
  unresolved: boolean;
}

export function loggedStates(entries: readonly PostingLogEntry[]): Map<string, LoggedState> {
  const states = new Map<string, LoggedState>();
  for (const e of entries) {
    const s = states.get(e.remoteId) ?? { unresolved: false };
    if (e.result === "Posted") {
      s.postedHash = e.contentHash;
      s.unresolved = false;
    } else if (e.result === "Sending" || e.result === "Unknown") {
      s.unresolved = true;
    } else if (e.result === "Failed") {
      s.unresolved = false;
    }
    states.set(e.remoteId, s);
  }
  return states;
}
