/**
 * Read back, write only what Tally lacks or holds differently, read back again, and attribute.
 * Counters cannot be attributed inside a batch (PROTOCOL.md 4.2), so the read-back decides who is
 * Posted; a voucher Tally lacks after a batch is sent again alone, so it gets its own LINEERROR. A
 * change is sent as Create with the same REMOTEID, which Tally applies in place (11.2); ACTION="Alter"
 * by REMOTEID duplicates on 7.1. Nothing is resent blindly after a time-out. Every read covers only
 * its vouchers' dates, split so none walks more than Tally can afford (11.5; core/push/tally-cost.ts).
 */
import { isHandoffError, type HandoffError } from "../core/handoff-error";
import type { PlannedVoucher } from "../core/push/plan";
import type { PostingLogEntry, PostingResult } from "../core/push/posting-log";
import { compareDates } from "../core/dates";
import { LOOKED_UP_PER_READ, readWindows, VOUCHERS_PER_READ, WRITE_REPLY_LIMIT_BYTES } from "../core/push/tally-cost";
import { sentNarration } from "../core/tally/write-voucher";
import { tallyDifference, type TallyDifference } from "../core/push/verify";
import type { VoucherMarks } from "../core/push/voucher-mark";
import { readImportResponse, type ExportedVoucher, type ImportResult } from "../core/tally/read";
import { buildVoucherImport } from "../core/tally/write";
import type { Voucher } from "../core/vouchers/model";
import type { PushPorts, TallyPort, VoucherResult } from "./ports";
import { changedInTallyResult, differsNote, failed, postedResult, refusedNote, twiceNote, unknown, type Action } from "./result-notes";
import { readBack } from "./tally-reads";

export interface BatchContext {
  tally: TallyPort;
  ports: PushPorts;
  company: string;
  envelope: "legacy" | "new";
  /** Settings let Tally number this voucher's kind itself. */
  tallyNumbers(v: Voucher): boolean;
  /** Why this voucher may not be written now (its type would renumber it), if so. */
  heldBack(v: Voucher): string | undefined;
  /** Whether Tally refuses a second voucher with this voucher's number (its type's Prevent Duplicates). */
  preventsDuplicates(v: Voucher): boolean;
  /** The company's own vouchers per day, at most: sizes each read's date window. */
  density: number;
  marks: VoucherMarks;
  /** The user confirmed sending the workbook's version over vouchers changed in Tally (or sent from elsewhere). */
  replaceTallyChanges: boolean;
}

function logEntry(ctx: BatchContext, p: PlannedVoucher, action: Action | "Check", result: PostingResult, message: string): PostingLogEntry {
  const { source, number, remoteId } = p.voucher;
  return { postedAt: ctx.ports.now(), table: source.table, voucher: number, remoteId, contentHash: p.hash, action, result, message };
}

async function record(ctx: BatchContext, results: VoucherResult[], plans: Map<string, PlannedVoucher>): Promise<VoucherResult[]> {
  const entries = results.map((r) =>
    logEntry(ctx, plans.get(r.voucher.remoteId)!, r.action === "None" ? "Check" : r.action, r.outcome, r.message),
  );
  if (entries.length > 0) await ctx.ports.log.append(entries);
  return results;
}

/**
 * Tally's copies of `list`, window by window. After a write, `changedAfter` narrows each read to what
 * was written since; before one, each read looks our vouchers up by their narrations. Either way the
 * read returns about our own vouchers of its window, not the company's (PROTOCOL.md 11.5).
 */
async function copiesOf(list: PlannedVoucher[], ctx: BatchContext, changedAfter?: number): Promise<Map<string, ExportedVoucher[]>> {
  const copies = new Map<string, ExportedVoucher[]>();
  const vouchers = list.map((p) => p.voucher);
  const lookUp = changedAfter === undefined ? LOOKED_UP_PER_READ : undefined;
  const windows = readWindows(
    vouchers.map((v) => v.date),
    ctx.density,
    VOUCHERS_PER_READ,
    lookUp,
  );
  for (const w of windows) {
    const inside = vouchers.filter((v) => compareDates(v.date, w.from) >= 0 && compareDates(v.date, w.to) <= 0);
    const narrations = lookUp === undefined ? undefined : inside.map(sentNarration);
    // The formula subset has no escape for a double quote (nor a line break, to be safe): such a window is read whole.
    const named = narrations?.every((n) => !/["\r\n]/.test(n)) ? narrations : undefined;
    const predicted = changedAfter !== undefined || named ? w.ours : w.predicted;
    const found = await readBack(ctx.tally, ctx.company, inside, { ...w, predicted, changedAfter, narrations: named });
    for (const id of found.alterIds) ctx.marks.seen(id, false);
    for (const [key, list] of found.copies) copies.set(key, [...(copies.get(key) ?? []), ...list]);
  }
  return copies;
}

type Found =
  | { kind: "same"; copy: ExportedVoucher }
  | { kind: "absent" }
  | { kind: "twice"; copies: ExportedVoucher[] }
  | { kind: "differs"; copy: ExportedVoucher; note: string; difference: TallyDifference };

function find(ctx: BatchContext, p: PlannedVoucher, copies: Map<string, ExportedVoucher[]>): Found {
  const mine = copies.get(p.voucher.remoteId.toLowerCase()) ?? [];
  if (mine.length === 0) return { kind: "absent" };
  if (mine.length > 1) return { kind: "twice", copies: mine };
  const tallyNumbers = ctx.tallyNumbers(p.voucher);
  const difference = tallyDifference(p.voucher, mine[0], { tallyNumbers });
  if (difference === undefined) return { kind: "same", copy: mine[0] };
  return { kind: "differs", copy: mine[0], note: differsNote(p, mine[0], difference, tallyNumbers), difference };
}

export interface Checked {
  /** Read back and settled without a write: Posted as they are, or Failed and not sent. */
  settled: VoucherResult[];
  /** What Tally lacks or holds differently, to be written. */
  toWrite: PlannedVoucher[];
  actions: Map<string, Action>;
}

/** Tally's copy differs, yet the row is as sent (or was never sent from here): a resend would undo work done in Tally (even un-cancel, 11.2). */
const changedInTally = (p: PlannedVoucher, ctx: BatchContext) => !ctx.replaceTallyChanges && (p.asSent || !p.logged);

/** Reads Tally back over the vouchers' dates and settles what needs no write. */
export async function checkVouchers(list: PlannedVoucher[], ctx: BatchContext): Promise<Checked> {
  const plans = new Map(list.map((p) => [p.voucher.remoteId, p]));
  const before = list.length === 0 ? new Map<string, ExportedVoucher[]>() : await copiesOf(list, ctx);
  const settled: VoucherResult[] = [];
  const actions = new Map<string, Action>();
  for (const p of list) {
    const found = find(ctx, p, before);
    const hold = ctx.heldBack(p.voucher);
    if (found.kind === "same") settled.push(postedResult(p, found.copy, "None"));
    else if (found.kind === "twice") settled.push(failed(p, "None", twiceNote(found.copies)));
    else if (found.kind === "differs" && changedInTally(p, ctx)) settled.push(changedInTallyResult(p, found.difference));
    else if (hold !== undefined) settled.push(failed(p, "None", hold));
    else actions.set(p.voucher.remoteId, found.kind === "absent" ? "Create" : "Alter");
  }
  await record(ctx, settled, plans);
  return { settled, toWrite: list.filter((p) => actions.has(p.voucher.remoteId)), actions };
}

/** Writes one batch (in date order) and reads it back. */
export function writeBatch(batch: PlannedVoucher[], actions: Map<string, Action>, ctx: BatchContext): Promise<VoucherResult[]> {
  return writeAndVerify(batch, actions, ctx, new Map(batch.map((p) => [p.voucher.remoteId, p])));
}

async function writeAndVerify(
  list: PlannedVoucher[],
  actions: Map<string, Action>,
  ctx: BatchContext,
  plans: Map<string, PlannedVoucher>,
): Promise<VoucherResult[]> {
  if (list.length === 0) return [];
  const actionOf = (p: PlannedVoucher) => actions.get(p.voucher.remoteId) ?? "Create";
  await ctx.ports.log.append(list.map((p) => logEntry(ctx, p, actionOf(p), "Sending", "")));
  // A voucher sent alone is read back over its whole day: Tally may have kept it without a new ALTERID.
  const changedAfter = list.length > 1 ? ctx.marks.changedAfter() : undefined;
  let reply: ImportResult | undefined;
  let lost: HandoffError | undefined;
  try {
    // Always Create: with the same REMOTEID it replaces the voucher in place (PROTOCOL.md 11.2).
    const vouchers = list.map((p) => p.voucher);
    const xml = buildVoucherImport(vouchers, { company: ctx.company, envelope: ctx.envelope, action: () => "Create" });
    reply = readImportResponse(await ctx.tally.post(xml, { maxReplyBytes: WRITE_REPLY_LIMIT_BYTES }));
  } catch (e) {
    if (!isHandoffError(e)) throw e;
    if (!e.outcomeUnknown) {
      await record(
        ctx,
        list.map((p) => failed(p, actionOf(p), `Not sent: ${e.message}`)),
        plans,
      );
      throw e;
    }
    lost = e;
  }
  let after: Map<string, ExportedVoucher[]>;
  try {
    after = await copiesOf(list, ctx, changedAfter);
  } catch (e) {
    if (!isHandoffError(e)) throw e;
    return record(
      ctx,
      list.map((p) => unknown(p, actionOf(p))),
      plans,
    );
  }
  const results: VoucherResult[] = [];
  const absent: PlannedVoucher[] = [];
  for (const p of list) {
    const found = find(ctx, p, after);
    if (found.kind !== "absent") for (const c of after.get(p.voucher.remoteId.toLowerCase()) ?? []) ctx.marks.seen(c.alterId, true);
    if (found.kind === "same") results.push(postedResult(p, found.copy, actionOf(p)));
    else if (found.kind === "twice") results.push(failed(p, actionOf(p), twiceNote(found.copies)));
    else if (found.kind === "differs") results.push(failed(p, actionOf(p), found.note));
    else absent.push(p);
  }
  await record(ctx, results, plans);
  if (absent.length === 0) return results;
  if (list.length === 1) {
    const p = absent[0];
    const note = refusedNote(p.voucher, reply, lost, ctx.preventsDuplicates(p.voucher));
    return [...results, ...(await record(ctx, [failed(p, actionOf(p), note)], plans))];
  }
  // Tally lacks some of the batch: send each alone, so each gets its own LINEERROR.
  for (const p of absent) results.push(...(await writeAndVerify([p], actions, ctx, plans)));
  return results;
}
