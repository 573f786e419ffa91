/**
 * THE push engine: every valid voucher ends up in Tally exactly once, and every row says
 * truthfully whether it is there. Tally does not help (PROTOCOL.md 7 and 11: no de-duplication,
 * unattributable counters, numbers replaced under Automatic numbering, writes that land in the
 * loaded company), so the engine checks the company and the numbering before it writes, reads
 * Tally back around its writes, and believes only what it reads. The PostingLog saves work; it
 * never stands in for Tally. Reads cost Tally what their date windows hold (11.5), so each covers
 * a few days; when Tally's voucher mark has not moved since a push that accounted for every voucher
 * write, what the log says is posted and unchanged needs no read at all.
 */
import { compareDates } from "../core/dates";
import { handoffError, isHandoffError } from "../core/handoff-error";
import { nameKey } from "../core/mapping";
import { batches, planPush, type PlannedVoucher, type PushFilter } from "../core/push/plan";
import { densityBound, WRITE_BATCH_SIZE } from "../core/push/tally-cost";
import { markUnchanged, VoucherMarks } from "../core/push/voucher-mark";
import type { CompanyIdentity } from "../core/records/types";
import type { CompanyRecord } from "../core/tally/read";
import type { Voucher, VoucherKind } from "../core/vouchers/model";
import type { PushPorts, PushReport, TallyPort, VoucherResult } from "./ports";
import { checkCompany, numbering, preflight } from "./push-checks";
import { countResults, emptyReport } from "./push-report";
import { failed, unchangedResult, type Action } from "./result-notes";
import { pushNote } from "../core/messages";
import { checkVouchers, writeBatch, type BatchContext } from "./send-batch";
import { readLoadedCompany } from "./tally-reads";

export { emptyReport } from "./push-report";

export interface PushOptions {
  company: string;
  /** Vouchers per import request (default WRITE_BATCH_SIZE); read-back attributes outcomes inside a batch. */
  batchSize?: number;
  createMissingMasters?: boolean;
  envelope?: "legacy" | "new";
  filter?: PushFilter;
  /** Kinds Settings lets Tally number itself (Tally Numbers). */
  tallyNumbers?: readonly VoucherKind[];
  /** The company this workbook was last sent to; another identity stops the push. */
  sentTo?: CompanyIdentity;
  /** The user confirmed sending to a company whose identity differs from sentTo. */
  acceptOtherCompany?: boolean;
  /** The user confirmed switching the voucher types that would renumber to Manual + Prevent Duplicates. */
  prepareTally?: boolean;
  /** The user confirmed re-creating vouchers a Take Back deleted (a resend makes each anew, PROTOCOL.md 11.2). */
  recreateTakenBack?: boolean;
  /** The user confirmed sending the workbook's version over vouchers Tally holds otherwise without the row having changed. */
  replaceTallyChanges?: boolean;
}

/** Vouchers settled per round of read-backs, so rows get their status as the push goes. */
const CHECKED_PER_ROUND = 1_000;

function countingTally(tally: TallyPort, report: PushReport): TallyPort {
  return {
    post: (xml, opts) => {
      report.requests++;
      return tally.post(xml, opts);
    },
  };
}

const byDate = (a: PlannedVoucher, b: PlannedVoucher): number => compareDates(a.voucher.date, b.voucher.date);

/** The highest ALTERID in the company: masters and vouchers share the sequence (PROTOCOL.md 5). */
const highestAlterId = (c: CompanyRecord): number | undefined =>
  c.altVchId === undefined ? undefined : Math.max(c.altVchId, c.altMstId ?? 0);

export async function runPush(vouchers: readonly Voucher[], ports: PushPorts, options: PushOptions): Promise<PushReport> {
  const report = emptyReport();
  const tally = countingTally(ports.tally, report);
  const plan = planPush(vouchers, await ports.log.read(), options.filter, options.recreateTakenBack).sort(byDate);
  const progress = (phase: "checking" | "masters" | "sending" | "done") =>
    ports.onProgress?.({
      phase,
      done: report.results.length,
      total: plan.length,
      posted: report.posted + report.upToDate,
      failed: report.failed,
      unknown: report.unknown,
    });
  const settle = async (results: VoucherResult[]) => {
    if (results.length === 0) return;
    countResults(results, report);
    await ports.statuses.write(results);
    progress("sending");
  };
  try {
    progress("checking");
    if (plan.length > 0) {
      const loaded = await readLoadedCompany(tally, options.company);
      const company = (report.company = checkCompany(loaded, options));
      const takenBack = plan.filter((p) => p.action === "taken-back");
      await settle(takenBack.map((p) => failed(p, "None", pushNote("held.taken-back", {}))));
      const active = plan.filter((p) => p.action !== "taken-back");
      const blocked = await preflight(active, tally, ports, options, report);
      const { held, types } = await numbering(active, tally, options, report);
      const ready = active.filter((p) => !blocked.has(p.voucher.remoteId));
      // Masters created or types prepared moved the ALTERID sequence: read where it stands now.
      const before = report.mastersCreated > 0 || report.prepared.length > 0 ? await readLoadedCompany(tally, options.company) : loaded;
      const sameCompany = options.sentTo?.guid === company.guid;
      const probed = sameCompany && markUnchanged(options.sentTo?.voucherMark, loaded.altVchId) ? loaded.altVchId : undefined;
      const tallyNumbers = new Set(options.tallyNumbers ?? []);
      const books = { from: loaded.booksFrom ?? loaded.startingFrom, to: loaded.endingAt };
      const ctx: BatchContext = {
        tally,
        ports,
        company: options.company,
        envelope: options.envelope ?? "legacy",
        tallyNumbers: (v) => tallyNumbers.has(v.kind),
        heldBack: (v) => held.get(nameKey(v.voucherType)),
        preventsDuplicates: (v) => types.get(nameKey(v.voucherType))?.preventDuplicates === true,
        density: books.from && books.to ? densityBound(before.altVchId, books.from, books.to) : 0,
        marks: new VoucherMarks(highestAlterId(before)),
        replaceTallyChanges: options.replaceTallyChanges === true,
      };
      await sendAll(ready, ctx, options.batchSize ?? WRITE_BATCH_SIZE, probed, settle);
      report.cancelled = ports.signal?.aborted === true && report.results.length < plan.length;
      const complete = blocked.size === 0 && takenBack.length === 0 && (probed !== undefined || options.filter === undefined);
      if (complete && !report.cancelled && report.unknown === 0) {
        const after = (await readLoadedCompany(tally, options.company)).altVchId;
        if (ctx.marks.accountsFor(after)) company.voucherMark = after;
      }
    }
  } catch (e) {
    if (!isHandoffError(e)) throw e;
    report.stoppedBy = e;
  }
  progress("done");
  return report;
}

/**
 * Settles what the probe proves, reads the rest back, then writes in date order what Tally lacks or
 * holds differently, each batch read back over its own dates.
 */
async function sendAll(
  ready: PlannedVoucher[],
  ctx: BatchContext,
  batchSize: number,
  probed: number | undefined,
  settle: (results: VoucherResult[]) => Promise<void>,
): Promise<void> {
  const signal = ctx.ports.signal;
  const proven = probed === undefined ? [] : ready.filter((p) => p.action === "up-to-date");
  await settle(proven.map((p) => unchangedResult(p, probed!)));
  const toCheck = ready.filter((p) => !(probed !== undefined && p.action === "up-to-date"));
  const actions = new Map<string, Action>();
  const toWrite: PlannedVoucher[] = [];
  for (const round of batches(toCheck, CHECKED_PER_ROUND)) {
    if (signal?.aborted) return;
    const checked = await checkVouchers(round, ctx);
    await settle(checked.settled);
    toWrite.push(...checked.toWrite);
    for (const [id, action] of checked.actions) actions.set(id, action);
  }
  for (const batch of batches(toWrite.sort(byDate), batchSize)) {
    if (signal?.aborted) return;
    const results = await writeBatch(batch, actions, ctx);
    await settle(results);
    if (results.some((r) => r.outcome === "Unknown")) throw handoffError("tally.stopped-answering");
  }
}
