/**
 * Putting a reconcile right, only what the user confirmed, and never a voucher this workbook did not
 * send: orphans cancelled or deleted, or the vouchers one push created deleted ("Take back"), each by
 * the client REMOTEID (PROTOCOL.md 11.2), one voucher to a request so each answer is its own, each
 * written to the PostingLog before the request leaves and again with its outcome.
 */
import { isHandoffError } from "../core/handoff-error";
import { reconcileWords } from "../core/messages";
import type { PostingAction, PostingLogEntry, PostingResult } from "../core/push/posting-log";
import { WRITE_REPLY_LIMIT_BYTES } from "../core/push/tally-cost";
import type { VoucherState } from "../core/reconcile/classify";
import { pushesInLog } from "../core/reconcile/pushes";
import type { Reconciliation } from "../core/reconcile/report";
import { importSucceeded, readImportResponse, type ExportedVoucher } from "../core/tally/read";
import { buildVoucherRemoval, type RemovalAction } from "../core/tally/write-removal";
import type { OpsTable } from "../core/findings";
import type { PostingLogPort, TallyPort } from "./ports";

/** One voucher a fix would act on: the copy Tally holds, and the Remote ID this workbook sent it under. */
export interface FixTarget {
  remoteId: string;
  table: OpsTable;
  tally: ExportedVoucher;
}

export type FixKind = "cancel-orphans" | "delete-orphans" | "take-back";

export interface FixOutcome {
  target: FixTarget;
  done: boolean;
  /** Plain words for the terminal or the pane. */
  message: string;
}

/** Orphans a cancel or delete would act on (a cancel leaves out those Tally already shows cancelled). */
export function orphanTargets(r: Reconciliation, kind: "cancel-orphans" | "delete-orphans"): FixTarget[] {
  return r.states.flatMap((s) =>
    s.state === "orphan" && !(kind === "cancel-orphans" && s.tally.isCancelled)
      ? [{ remoteId: s.sent.remoteId, table: s.sent.table, tally: s.tally }]
      : [],
  );
}

/** What push `number` (1-based, pushesInLog) created and Tally still holds, or undefined when the log has no such push. */
export function takeBackTargets(r: Reconciliation, log: readonly PostingLogEntry[], number: number): FixTarget[] | undefined {
  const push = pushesInLog(log).find((p) => p.number === number);
  if (!push) return undefined;
  const created = new Set(push.created.map((id) => id.toLowerCase()));
  const copies = (s: VoucherState): [string, OpsTable, ExportedVoucher[]][] => {
    if (s.state === "in-step" || s.state === "differs") return [[s.voucher.remoteId, s.voucher.source.table, [s.tally]]];
    if (s.state === "twice") return [[s.voucher.remoteId, s.voucher.source.table, s.copies]];
    if (s.state === "orphan") return [[s.sent.remoteId, s.sent.table, [s.tally]]];
    return [];
  };
  return r.states.flatMap((s) =>
    copies(s).flatMap(([remoteId, table, list]) =>
      created.has(remoteId.toLowerCase()) ? list.map((tally) => ({ remoteId, table, tally })) : [],
    ),
  );
}

export interface FixPorts {
  tally: TallyPort;
  log: PostingLogPort;
  now: () => string;
}

const ACTION: Record<FixKind, { request: RemovalAction; logged: PostingAction; words: string }> = {
  "cancel-orphans": { request: "Cancel", logged: "Cancel", words: "Cancelled" },
  "delete-orphans": { request: "Delete", logged: "Delete", words: "Deleted" },
  "take-back": { request: "Delete", logged: "Take Back", words: "Deleted" },
};

/** Applies a confirmed fix to exactly these targets. */
export async function applyFix(targets: readonly FixTarget[], kind: FixKind, ports: FixPorts, company: string): Promise<FixOutcome[]> {
  const { request, logged, words } = ACTION[kind];
  const entry = (t: FixTarget, result: PostingResult, message: string): PostingLogEntry => ({
    postedAt: ports.now(),
    table: t.table,
    voucher: t.tally.voucherNumber,
    remoteId: t.remoteId,
    contentHash: "",
    action: logged,
    result,
    message,
  });
  const outcomes: FixOutcome[] = [];
  for (const t of targets) {
    const named = { action: logged, voucherType: t.tally.voucherType, number: t.tally.voucherNumber };
    if (!t.tally.date) {
      outcomes.push({ target: t, done: false, message: reconcileWords("fix.refused", { ...named, why: "Tally did not say its date." }) });
      continue;
    }
    await ports.log.append([entry(t, "Sending", "")]);
    const xml = buildVoucherRemoval(
      [
        {
          remoteId: t.remoteId,
          voucherType: t.tally.voucherType,
          date: t.tally.date,
          number: t.tally.voucherNumber,
          narration: t.tally.narration,
        },
      ],
      request,
      { company },
    );
    let outcome: FixOutcome;
    let result: PostingResult;
    try {
      const reply = readImportResponse(await ports.tally.post(xml, { maxReplyBytes: WRITE_REPLY_LIMIT_BYTES }));
      const done = importSucceeded(reply, request === "Delete" ? "deleted" : "altered");
      result = done ? "Posted" : "Failed";
      const why = reply.lineErrors.join("; ") || "Tally did not say why.";
      outcome = {
        target: t,
        done,
        message: done ? reconcileWords("fix.done", { ...named, action: words }) : reconcileWords("fix.refused", { ...named, why }),
      };
    } catch (e) {
      if (!isHandoffError(e)) throw e;
      result = e.outcomeUnknown ? "Unknown" : "Failed";
      outcome = { target: t, done: false, message: reconcileWords("fix.refused", { ...named, why: e.message }) };
    }
    await ports.log.append([entry(t, result, outcome.message)]);
    outcomes.push(outcome);
    if (result === "Unknown") break;
  }
  return outcomes;
}
