/**
 * THE push engine: every valid voucher ends up in Tally exactly once, and every row says
 * truthfully whether it is there. Tally does not help (PROTOCOL.md 7: no de-duplication,
 * unattributable counters, a time-out does not stop it), so the engine reads Tally back before
 * and after every write and believes only what it reads.
 */
import { HandoffError, isHandoffError } from "../core/handoff-error";
import { checkMasters, missingMessage, type MissingMaster } from "../core/push/masters-needed";
import { batches, planPush, type PlannedVoucher, type PushFilter } from "../core/push/plan";
import type { Voucher } from "../core/vouchers/model";
import { readTallyLists, assertCompanyOpen } from "./tally-reads";
import { sendBatch, type BatchContext } from "./send-batch";
import type { PushPorts, PushReport, TallyPort, VoucherResult } from "./ports";
import { createMasters } from "./create-masters";

const UNCHANGED = "Unchanged since it was posted to Tally.";

export interface PushOptions {
  company: string;
  /** Vouchers per import request; read-back attributes outcomes inside a batch. */
  batchSize?: number;
  createMissingMasters?: boolean;
  envelope?: "legacy" | "new";
  filter?: PushFilter;
}

function countingTally(tally: TallyPort, report: PushReport): TallyPort {
  return {
    post: (xml) => {
      report.requests++;
      return tally.post(xml);
    },
  };
}

function countResults(results: VoucherResult[], report: PushReport): void {
  for (const r of results) {
    report.results.push(r);
    if (r.outcome === "Posted") report.posted++;
    else if (r.outcome === "Failed") report.failed++;
    else report.unknown++;
  }
}

export async function runPush(vouchers: readonly Voucher[], ports: PushPorts, options: PushOptions): Promise<PushReport> {
  const report: PushReport = { results: [], posted: 0, failed: 0, unknown: 0, upToDate: 0, requests: 0, missingMasters: [], mastersCreated: 0, cancelled: false };
  const port = countingTally(ports.tally, report);
  const plan = planPush(vouchers, await ports.log.read(), options.filter);
  const toSend = plan.filter((p) => p.action === "send");
  const upToDate = plan.filter((p) => p.action === "up-to-date");
  report.upToDate = upToDate.length;
  // Validation may have just written "Ready" on these rows: they are in Tally, so say so.
  if (upToDate.length > 0) {
    await ports.statuses.write(upToDate.map((p) => ({ voucher: p.voucher, outcome: "Posted", action: "None", message: UNCHANGED })));
  }
  const progress = (phase: "checking" | "masters" | "sending" | "done") =>
    ports.onProgress?.({ phase, done: report.results.length, total: toSend.length, posted: report.posted, failed: report.failed, unknown: report.unknown });
  try {
    progress("checking");
    if (toSend.length > 0) {
      await assertCompanyOpen(port, options.company);
      const blocked = await preflight(toSend, port, ports, options, report);
      const ctx: BatchContext = { tally: port, ports, company: options.company, envelope: options.envelope ?? "legacy" };
      const ready = toSend.filter((p) => !blocked.has(p.voucher.remoteId));
      for (const batch of batches(ready, options.batchSize ?? 25)) {
        if (ports.signal?.aborted) {
          report.cancelled = true;
          break;
        }
        const results = await sendBatch(batch, ctx);
        countResults(results, report);
        await ports.statuses.write(results);
        progress("sending");
        const stop = results.find((r) => r.outcome === "Unknown");
        if (stop) throw new HandoffError("tally-timeout", "Tally stopped answering during the push.", "Check TallyPrime for an open dialog, then press Send to Tally again: nothing will be sent twice.", true);
      }
    }
  } catch (e) {
    if (!isHandoffError(e)) throw e;
    report.stoppedBy = e;
  }
  progress("done");
  return report;
}

/** Names every missing master before anything is sent; creates them when allowed. Returns the Remote IDs held back. */
async function preflight(plan: PlannedVoucher[], tally: TallyPort, ports: PushPorts, options: PushOptions, report: PushReport): Promise<Set<string>> {
  const vouchers = plan.map((p) => p.voucher);
  let check = checkMasters(vouchers, await readTallyLists(tally, options.company));
  if (options.createMissingMasters && check.missing.some((m) => m.creatable)) {
    report.mastersCreated = await createMasters(tally, check.create, options, vouchers);
    check = checkMasters(vouchers, await readTallyLists(tally, options.company));
  }
  report.missingMasters = check.missing;
  const blocked = new Set<string>();
  const failed: VoucherResult[] = [];
  for (const p of plan) {
    const missing: MissingMaster[] | undefined = check.byVoucher.get(p.voucher.remoteId);
    if (!missing || missing.length === 0) continue;
    blocked.add(p.voucher.remoteId);
    failed.push({ voucher: p.voucher, outcome: "Failed", action: "None", message: missingMessage(missing) });
  }
  if (failed.length > 0) {
    countResults(failed, report);
    await ports.statuses.write(failed);
  }
  return blocked;
}
