/**
 * THE push engine: every valid voucher ends up in Tally exactly once, and every row says
 * truthfully whether it is there. Tally does not help (PROTOCOL.md 7 and 11: no de-duplication,
 * unattributable counters, numbers replaced under Automatic numbering, writes that land in the
 * loaded company), so the engine checks the company and the numbering before it writes, reads
 * Tally back before and after every write, and believes only what it reads. The PostingLog saves
 * work; it never stands in for Tally.
 */
import { compareDates } from "../core/dates";
import { handoffError, isHandoffError } from "../core/handoff-error";
import { checkMasters, missingMessage, type MissingMaster } from "../core/push/masters-needed";
import { numberingNote, numberingProblems, type NumberingProblem } from "../core/push/numbering";
import { batches, planPush, type PlannedVoucher, type PushFilter } from "../core/push/plan";
import type { CompanyIdentity } from "../core/records/types";
import { nameKey } from "../core/mapping";
import type { CompanyRecord, MasterRecord } from "../core/tally/read";
import type { Voucher, VoucherKind } from "../core/vouchers/model";
import { readTallyLists, readLoadedCompany, readVoucherTypes } from "./tally-reads";
import { checkVouchers, writeBatch, type BatchContext } from "./send-batch";
import type { PushPorts, PushReport, TallyPort, VoucherResult } from "./ports";
import { createMasters } from "./create-masters";
import { prepareTally } from "./prepare-tally";

export interface PushOptions {
  company: string;
  /** Vouchers per import request; read-back attributes outcomes inside a batch. */
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
    if (r.outcome === "Posted" && r.action === "None") report.upToDate++;
    else if (r.outcome === "Posted") report.posted++;
    else if (r.outcome === "Failed") report.failed++;
    else report.unknown++;
  }
}

/** Vouchers one read-back settles before writing; a date-ordered run of them spans a few days (PROTOCOL.md 11.5). */
const CHECKED_PER_READ = 100;

async function settle(results: VoucherResult[], ports: PushPorts, report: PushReport, progress: (phase: "sending") => void): Promise<void> {
  if (results.length === 0) return;
  countResults(results, report);
  await ports.statuses.write(results);
  progress("sending");
}

const byDate = (a: PlannedVoucher, b: PlannedVoucher): number => compareDates(a.voucher.date, b.voucher.date);

export function emptyReport(): PushReport {
  return {
    results: [],
    posted: 0,
    failed: 0,
    unknown: 0,
    upToDate: 0,
    requests: 0,
    missingMasters: [],
    mastersCreated: 0,
    cancelled: false,
    numbering: [],
    prepared: [],
  };
}

export async function runPush(vouchers: readonly Voucher[], ports: PushPorts, options: PushOptions): Promise<PushReport> {
  const report = emptyReport();
  const port = countingTally(ports.tally, report);
  // Batches by date, so each read-back covers a few days, never a year (PROTOCOL.md 11.5).
  const plan = planPush(vouchers, await ports.log.read(), options.filter).sort(byDate);
  const progress = (phase: "checking" | "masters" | "sending" | "done") =>
    ports.onProgress?.({
      phase,
      done: report.results.length,
      total: plan.length,
      posted: report.posted + report.upToDate,
      failed: report.failed,
      unknown: report.unknown,
    });
  try {
    progress("checking");
    if (plan.length > 0) {
      report.company = checkCompany(await readLoadedCompany(port, options.company), options);
      const blocked = await preflight(plan, port, ports, options, report);
      const { held, types } = await numbering(plan, port, options, report);
      const tallyNumbers = new Set(options.tallyNumbers ?? []);
      const ctx: BatchContext = {
        tally: port,
        ports,
        company: options.company,
        envelope: options.envelope ?? "legacy",
        tallyNumbers: (v) => tallyNumbers.has(v.kind),
        heldBack: (v) => held.get(nameKey(v.voucherType)),
        preventsDuplicates: (v) => types.get(nameKey(v.voucherType))?.preventDuplicates === true,
      };
      const ready = plan.filter((p) => !blocked.has(p.voucher.remoteId));
      const batchSize = options.batchSize ?? 25;
      // One read settles a run of vouchers in date order; only what needs writing is sent, in batches.
      for (const chunk of batches(ready, Math.max(batchSize, CHECKED_PER_READ))) {
        if (ports.signal?.aborted) break;
        const checked = await checkVouchers(chunk, ctx);
        await settle(checked.settled, ports, report, progress);
        for (const batch of batches(checked.toWrite, batchSize)) {
          if (ports.signal?.aborted) break;
          const results = await writeBatch(batch, checked, ctx);
          await settle(results, ports, report, progress);
          if (results.some((r) => r.outcome === "Unknown")) {
            throw handoffError("tally.stopped-answering");
          }
        }
      }
      report.cancelled = ports.signal?.aborted === true && report.results.length < plan.length;
    }
  } catch (e) {
    if (!isHandoffError(e)) throw e;
    report.stoppedBy = e;
  }
  progress("done");
  return report;
}

/** The loaded company must be the one this workbook was sent to before (PROTOCOL.md 11.4). */
function checkCompany(loaded: CompanyRecord, options: PushOptions): PushReport["company"] {
  const seen = { name: loaded.name, guid: loaded.guid ?? "", booksFrom: loaded.booksFrom ?? loaded.startingFrom };
  const before = options.sentTo;
  const sameBooks = !before?.booksFrom || !seen.booksFrom || compareDates(before.booksFrom, seen.booksFrom) === 0;
  if (before && seen.guid !== "" && (before.guid !== seen.guid || !sameBooks) && !options.acceptOtherCompany) {
    throw handoffError("tally.other-company", { company: loaded.name });
  }
  return seen;
}

/** Names every missing master before anything is sent; creates them when allowed. Returns the Remote IDs held back. */
async function preflight(
  plan: PlannedVoucher[],
  tally: TallyPort,
  ports: PushPorts,
  options: PushOptions,
  report: PushReport,
): Promise<Set<string>> {
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

/**
 * Voucher types that would replace the workbook's numbers: switched to Manual when the user agreed
 * (Prepare Tally), else their vouchers are not written. Returns the note per held-back type and
 * the voucher types as Tally holds them now.
 */
async function numbering(
  plan: PlannedVoucher[],
  tally: TallyPort,
  options: PushOptions,
  report: PushReport,
): Promise<{ held: Map<string, string>; types: Map<string, MasterRecord> }> {
  const vouchers = plan.map((p) => p.voucher);
  const allowed = new Set(options.tallyNumbers ?? []);
  let types = await readVoucherTypes(tally, options.company);
  let problems: NumberingProblem[] = numberingProblems(vouchers, types, allowed);
  if (problems.length > 0 && options.prepareTally) {
    ({ prepared: report.prepared, types } = await prepareTally(
      tally,
      options.company,
      problems.map((p) => p.voucherType),
    ));
    problems = numberingProblems(vouchers, types, allowed);
  }
  report.numbering = problems;
  return {
    held: new Map(problems.map((p) => [nameKey(p.voucherType), numberingNote(p)])),
    types: new Map(types.map((t) => [nameKey(t.name), t])),
  };
}
