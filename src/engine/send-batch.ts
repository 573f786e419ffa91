/**
 * One batch: read back, write only what Tally lacks or holds differently, read back again, and
 * attribute. Counters cannot be attributed inside a batch (PROTOCOL.md 4.2), so the read-back
 * decides who is Posted; a failing voucher is isolated by sending the unconfirmed ones alone.
 * After a time-out nothing is resent blindly: the read-back comes first.
 */
import { isHandoffError, type HandoffError } from "../core/handoff-error";
import { explainTallyError } from "../core/push/explain";
import type { PlannedVoucher } from "../core/push/plan";
import type { PostingLogEntry, PostingResult } from "../core/push/posting-log";
import { differenceFromTally } from "../core/push/verify";
import { readImportResponse, type ExportedVoucher, type ImportResult } from "../core/tally/read";
import { buildVoucherImport } from "../core/tally/write";
import type { PushPorts, TallyPort, VoucherResult } from "./ports";
import { readBack } from "./tally-reads";

export interface BatchContext {
  tally: TallyPort;
  ports: PushPorts;
  company: string;
  envelope: "legacy" | "new";
}

type Action = "Create" | "Alter";

function logEntry(ctx: BatchContext, p: PlannedVoucher, action: Action | "Check", result: PostingResult, message: string): PostingLogEntry {
  return { postedAt: ctx.ports.now(), table: p.voucher.source.table, voucher: p.voucher.number, remoteId: p.voucher.remoteId, contentHash: p.hash, action, result, message };
}

function postedResult(p: PlannedVoucher, copy: ExportedVoucher, action: Action | "None"): VoucherResult {
  const id = copy.masterId ? ` (Master ID ${copy.masterId})` : "";
  return { voucher: p.voucher, outcome: "Posted", action, message: `In Tally as ${copy.voucherType} ${copy.voucherNumber}${id}.`, masterId: copy.masterId, guid: copy.guid };
}

async function record(ctx: BatchContext, results: VoucherResult[], plans: Map<string, PlannedVoucher>): Promise<VoucherResult[]> {
  const entries = results.map((r) => logEntry(ctx, plans.get(r.voucher.remoteId)!, r.action === "None" ? "Check" : r.action, r.outcome, r.message));
  if (entries.length > 0) await ctx.ports.log.append(entries);
  return results;
}

function matchingCopy(p: PlannedVoucher, copies: Map<string, ExportedVoucher[]>): ExportedVoucher | undefined {
  return (copies.get(p.voucher.remoteId.toLowerCase()) ?? []).find((c) => differenceFromTally(p.voucher, c) === undefined);
}

export async function sendBatch(batch: PlannedVoucher[], ctx: BatchContext): Promise<VoucherResult[]> {
  const plans = new Map(batch.map((p) => [p.voucher.remoteId, p]));
  const before = await readBack(ctx.tally, ctx.company, batch.map((p) => p.voucher));
  const already: VoucherResult[] = [];
  const actions = new Map<string, Action>();
  for (const p of batch) {
    const copies = before.get(p.voucher.remoteId.toLowerCase()) ?? [];
    const same = matchingCopy(p, before);
    if (same) already.push(postedResult(p, same, "None"));
    else actions.set(p.voucher.remoteId, copies.length > 0 ? "Alter" : "Create");
  }
  await record(ctx, already, plans);
  const toWrite = batch.filter((p) => actions.has(p.voucher.remoteId));
  return [...already, ...(await writeAndVerify(toWrite, actions, ctx, plans))];
}

async function writeAndVerify(list: PlannedVoucher[], actions: Map<string, Action>, ctx: BatchContext, plans: Map<string, PlannedVoucher>): Promise<VoucherResult[]> {
  if (list.length === 0) return [];
  const actionOf = (p: PlannedVoucher) => actions.get(p.voucher.remoteId) ?? "Create";
  await ctx.ports.log.append(list.map((p) => logEntry(ctx, p, actionOf(p), "Sending", "")));
  let reply: ImportResult | undefined;
  let lost: HandoffError | undefined;
  try {
    const xml = buildVoucherImport(list.map((p) => p.voucher), { company: ctx.company, envelope: ctx.envelope, action: (v) => actions.get(v.remoteId) ?? "Create" });
    reply = readImportResponse(await ctx.tally.post(xml));
  } catch (e) {
    if (!isHandoffError(e)) throw e;
    if (!e.outcomeUnknown) {
      const notSent = list.map((p): VoucherResult => ({ voucher: p.voucher, outcome: "Failed", action: actionOf(p), message: `Not sent: ${e.message}` }));
      await record(ctx, notSent, plans);
      throw e;
    }
    lost = e;
  }
  let after: Map<string, ExportedVoucher[]>;
  try {
    after = await readBack(ctx.tally, ctx.company, list.map((p) => p.voucher));
  } catch (e) {
    if (!isHandoffError(e)) throw e;
    const unknown = list.map((p): VoucherResult => ({ voucher: p.voucher, outcome: "Unknown", action: actionOf(p), message: "Tally did not answer, so it is not known whether this voucher arrived; press Send to Tally again to check." }));
    return record(ctx, unknown, plans);
  }
  const results: VoucherResult[] = [];
  const unconfirmed: PlannedVoucher[] = [];
  for (const p of list) {
    const copy = matchingCopy(p, after);
    if (copy) results.push(postedResult(p, copy, actionOf(p)));
    else unconfirmed.push(p);
  }
  await record(ctx, results, plans);
  if (unconfirmed.length === 0) return results;
  if (unconfirmed.length === 1 || list.length === 1) {
    const failed = unconfirmed.map((p): VoucherResult => ({ voucher: p.voucher, outcome: "Failed", action: actionOf(p), message: failureMessage(reply, lost) }));
    return [...results, ...(await record(ctx, failed, plans))];
  }
  // Several failed in one request: send each alone, so each gets its own LINEERROR.
  for (const p of unconfirmed) {
    const stillMissing = (after.get(p.voucher.remoteId.toLowerCase()) ?? []).length === 0;
    actions.set(p.voucher.remoteId, stillMissing ? "Create" : "Alter");
    results.push(...(await writeAndVerify([p], actions, ctx, plans)));
  }
  return results;
}

function failureMessage(reply: ImportResult | undefined, lost: HandoffError | undefined): string {
  if (!reply) return `Tally did not keep this voucher (${lost?.message ?? "no answer"}); press Send to Tally again.`;
  if (reply.shape === "unknown-request") return "Tally could not read the request for this voucher; please report this.";
  return explainTallyError(reply.lineErrors.join(" "));
}
