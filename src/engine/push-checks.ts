/**
 * What the engine settles before it writes a voucher: the company is the one this workbook was sent
 * to, every master exists (or is created when allowed), and no voucher type would replace the
 * workbook's numbers (or the user let Prepare Tally switch it to Manual).
 */
import { compareDates } from "../core/dates";
import { handoffError } from "../core/handoff-error";
import { nameKey } from "../core/mapping";
import { checkMasters, missingMessage, type MissingMaster } from "../core/push/masters-needed";
import { numberingNote, numberingProblems, type NumberingProblem } from "../core/push/numbering";
import type { PlannedVoucher } from "../core/push/plan";
import type { CompanyRecord, MasterRecord } from "../core/tally/read";
import { createMasters } from "./create-masters";
import type { PushPorts, PushReport, TallyPort, VoucherResult } from "./ports";
import { prepareTally } from "./prepare-tally";
import { countResults } from "./push-report";
import type { PushOptions } from "./push";
import { readTallyLists, readVoucherTypes } from "./tally-reads";

/** The loaded company must be the one this workbook was sent to before (PROTOCOL.md 11.4). */
export function checkCompany(loaded: CompanyRecord, options: PushOptions): NonNullable<PushReport["company"]> {
  const seen = { name: loaded.name, guid: loaded.guid ?? "", booksFrom: loaded.booksFrom ?? loaded.startingFrom };
  const before = options.sentTo;
  const sameBooks = !before?.booksFrom || !seen.booksFrom || compareDates(before.booksFrom, seen.booksFrom) === 0;
  if (before && seen.guid !== "" && (before.guid !== seen.guid || !sameBooks) && !options.acceptOtherCompany) {
    throw handoffError("tally.other-company", { company: loaded.name });
  }
  return seen;
}

/** Names every missing master before anything is sent; creates them when allowed. Returns the Remote IDs held back. */
export async function preflight(
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
export async function numbering(
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
