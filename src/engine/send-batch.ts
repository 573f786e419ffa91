/**
 * Read back, write only what Tally lacks or holds differently, read back again, and attribute.
 * Counters cannot be attributed inside a batch (PROTOCOL.md 4.2), so the read-back decides who is Posted; a voucher Tally lacks after a batch is sent again alone, so it gets its
 * own LINEERROR. A change is sent as Create with the same REMOTEID, which Tally applies in place
 * (11.2); ACTION="Alter" by REMOTEID duplicates on 7.1. Nothing is resent blindly after a time-out.
 */
import { isHandoffError, type HandoffError } from "../core/handoff-error";
import { explainTallyError } from "../core/push/explain";
import type { PlannedVoucher } from "../core/push/plan";
import type { PostingLogEntry, PostingResult } from "../core/push/posting-log";
import { differenceInWords, numberDiffers, tallyDifference, type TallyDifference } from "../core/push/verify";
import { readImportResponse, type ExportedVoucher, type ImportResult } from "../core/tally/read";
import { buildVoucherImport } from "../core/tally/write";
import type { Voucher } from "../core/vouchers/model";
import type { PushPorts, TallyPort, VoucherResult } from "./ports";
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
}

type Action = "Create" | "Alter";

function logEntry(ctx: BatchContext, p: PlannedVoucher, action: Action | "Check", result: PostingResult, message: string): PostingLogEntry {
  return {
    postedAt: ctx.ports.now(),
    table: p.voucher.source.table,
    voucher: p.voucher.number,
    remoteId: p.voucher.remoteId,
    contentHash: p.hash,
    action,
    result,
    message,
  };
}

function postedResult(p: PlannedVoucher, copy: ExportedVoucher, action: Action | "None"): VoucherResult {
  const v = p.voucher;
  const id = copy.masterId ? ` (Master ID ${copy.masterId})` : "";
  const renumbered = numberDiffers(v, copy) ? `; Tally numbers ${copy.voucherType} vouchers itself, the workbook says ${v.number}` : "";
  const already = action === "None" ? "Already in Tally, unchanged: " : "In Tally as ";
  return {
    voucher: v,
    outcome: "Posted",
    action,
    message: `${already}${copy.voucherType} ${copy.voucherNumber}${id}${renumbered}.`,
    masterId: copy.masterId,
    guid: copy.guid,
  };
}

function failed(p: PlannedVoucher, action: Action | "None", message: string): VoucherResult {
  return { voucher: p.voucher, outcome: "Failed", action, message };
}

async function record(ctx: BatchContext, results: VoucherResult[], plans: Map<string, PlannedVoucher>): Promise<VoucherResult[]> {
  const entries = results.map((r) =>
    logEntry(ctx, plans.get(r.voucher.remoteId)!, r.action === "None" ? "Check" : r.action, r.outcome, r.message),
  );
  if (entries.length > 0) await ctx.ports.log.append(entries);
  return results;
}

type Found =
  | { kind: "same"; copy: ExportedVoucher }
  | { kind: "absent" }
  | { kind: "twice"; copies: ExportedVoucher[] }
  | { kind: "differs"; copy: ExportedVoucher; difference: TallyDifference };

function find(ctx: BatchContext, p: PlannedVoucher, copies: Map<string, ExportedVoucher[]>): Found {
  const mine = copies.get(p.voucher.remoteId.toLowerCase()) ?? [];
  if (mine.length === 0) return { kind: "absent" };
  if (mine.length > 1) return { kind: "twice", copies: mine };
  const difference = tallyDifference(p.voucher, mine[0], { tallyNumbers: ctx.tallyNumbers(p.voucher) });
  return difference === undefined ? { kind: "same", copy: mine[0] } : { kind: "differs", copy: mine[0], difference };
}

const twiceNote = (copies: ExportedVoucher[]): string =>
  `Tally holds this voucher ${copies.length} times (${copies.map((c) => `${c.voucherType} ${c.voucherNumber}`).join(", ")}); nothing was sent. Delete the extra copies in Tally, then send again.`;

function differsNote(ctx: BatchContext, p: PlannedVoucher, found: Extract<Found, { kind: "differs" }>): string {
  const { copy, difference } = found;
  if (numberDiffers(p.voucher, copy) && !ctx.tallyNumbers(p.voucher)) {
    return `Tally holds this voucher as ${copy.voucherType} ${copy.voucherNumber}: the ${copy.voucherType} voucher type in Tally numbers vouchers itself and replaced ${p.voucher.number}. Set it to Manual numbering (Prepare Tally), then send again.`;
  }
  return `Tally holds a different version of this voucher (${differenceInWords(difference)}), although it was sent; check it in Tally's Day Book.`;
}

export interface Checked {
  /** Read back and settled without a write: Posted as they are, or Failed and not sent. */
  settled: VoucherResult[];
  /** What Tally lacks or holds differently, to be written. */
  toWrite: PlannedVoucher[];
  actions: Map<string, Action>;
}

/** Reads Tally back over the vouchers' dates once and settles what needs no write. */
export async function checkVouchers(list: PlannedVoucher[], ctx: BatchContext): Promise<Checked> {
  const plans = new Map(list.map((p) => [p.voucher.remoteId, p]));
  const before = await readBack(
    ctx.tally,
    ctx.company,
    list.map((p) => p.voucher),
  );
  const settled: VoucherResult[] = [];
  const actions = new Map<string, Action>();
  for (const p of list) {
    const found = find(ctx, p, before);
    const hold = ctx.heldBack(p.voucher);
    if (found.kind === "same") settled.push(postedResult(p, found.copy, "None"));
    else if (found.kind === "twice") settled.push(failed(p, "None", twiceNote(found.copies)));
    else if (hold !== undefined) settled.push(failed(p, "None", hold));
    else actions.set(p.voucher.remoteId, found.kind === "absent" ? "Create" : "Alter");
  }
  await record(ctx, settled, plans);
  return { settled, toWrite: list.filter((p) => actions.has(p.voucher.remoteId)), actions };
}

/** Writes one batch of checked vouchers and reads it back. */
export function writeBatch(batch: PlannedVoucher[], checked: Checked, ctx: BatchContext): Promise<VoucherResult[]> {
  return writeAndVerify(batch, checked.actions, ctx, new Map(batch.map((p) => [p.voucher.remoteId, p])));
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
  let reply: ImportResult | undefined;
  let lost: HandoffError | undefined;
  try {
    // Always Create: with the same REMOTEID it replaces the voucher in place (PROTOCOL.md 11.2).
    const xml = buildVoucherImport(
      list.map((p) => p.voucher),
      { company: ctx.company, envelope: ctx.envelope, action: () => "Create" },
    );
    reply = readImportResponse(await ctx.tally.post(xml));
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
    after = await readBack(
      ctx.tally,
      ctx.company,
      list.map((p) => p.voucher),
    );
  } catch (e) {
    if (!isHandoffError(e)) throw e;
    const unknown = list.map((p): VoucherResult => ({
      voucher: p.voucher,
      outcome: "Unknown",
      action: actionOf(p),
      message: "Tally did not answer, so it is not known whether this voucher arrived; press Send to Tally again to check.",
    }));
    return record(ctx, unknown, plans);
  }
  const results: VoucherResult[] = [];
  const absent: PlannedVoucher[] = [];
  for (const p of list) {
    const found = find(ctx, p, after);
    if (found.kind === "same") results.push(postedResult(p, found.copy, actionOf(p)));
    else if (found.kind === "twice") results.push(failed(p, actionOf(p), twiceNote(found.copies)));
    else if (found.kind === "differs") results.push(failed(p, actionOf(p), differsNote(ctx, p, found)));
    else absent.push(p);
  }
  await record(ctx, results, plans);
  if (absent.length === 0) return results;
  if (list.length === 1) {
    return [
      ...results,
      ...(await record(
        ctx,
        absent.map((p) => failed(p, actionOf(p), failureMessage(ctx, p.voucher, reply, lost))),
        plans,
      )),
    ];
  }
  // Tally lacks some of the batch: send each alone, so each gets its own LINEERROR.
  for (const p of absent) results.push(...(await writeAndVerify([p], actions, ctx, plans)));
  return results;
}

function failureMessage(ctx: BatchContext, v: Voucher, reply: ImportResult | undefined, lost: HandoffError | undefined): string {
  if (!reply) return `Tally did not keep this voucher (${lost?.message ?? "no answer"}); press Send to Tally again.`;
  if (reply.shape === "unknown-request") return "Tally could not read the request for this voucher; please report this.";
  const said = reply.lineErrors.join(" ");
  if (said.trim() === "" && ctx.preventsDuplicates(v)) {
    // 7.1 refuses a reused number on a Prevent Duplicates type with no reason (PROTOCOL.md 11.3).
    return `Tally refused ${v.voucherType} ${v.number} without a reason. ${v.voucherType} vouchers in Tally refuse a number already used: check whether Tally already holds a ${v.voucherType} voucher numbered ${v.number} that this workbook did not send.`;
  }
  return explainTallyError(said, v.date);
}
