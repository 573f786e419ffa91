/**
 * One workbook's reconcile: read it, read Tally over its period (src/engine/reconcile.ts), print the
 * summary, write the report (--out, .xlsx or .csv: reconcile-report.ts), and, only when the user
 * confirmed with --yes, apply the fix asked for, logging each action in the workbook's PostingLog
 * (the workbook is then saved, under its lock). Without --yes a fix only lists the vouchers it
 * would touch: the command never asks a question.
 */
import path from "node:path";
import { assertCanWriteBack, saveWorkbook } from "../adapters/xlsx/save-xlsx";
import { assertPostingLogCanGrow } from "../adapters/xlsx/posting-log-sheet";
import { readXlsx } from "../adapters/xlsx/read-xlsx";
import { xlsxPostingLog } from "../adapters/xlsx/xlsx-ports";
import { directTallyTransport } from "../adapters/tally-http";
import type { CalendarDate } from "../core/dates";
import { prepareHandoff, rowVerdicts } from "../core/handoff";
import { reconcileWords } from "../core/messages";
import { pushesInLog } from "../core/reconcile/pushes";
import { runReconcile, type ReconcileRun } from "../engine/reconcile";
import { applyFix, orphanTargets, takeBackTargets, type FixKind, type FixTarget } from "../engine/reconcile-fixes";
import type { CliIo, ExitCode } from "./cli-io";
import { checkOutputPath } from "./output-file";
import { summaryLines, targetLines } from "./reconcile-lines";
import { writeReconcileReport } from "./reconcile-report";
import { lockWorkbook } from "./workbook-lock";

export interface ReconcileArgs {
  url: string;
  timeoutMs: number;
  from?: CalendarDate;
  to?: CalendarDate;
  json: boolean;
  out?: string;
  fix?: { kind: FixKind; push?: number };
  listPushes: boolean;
  yes: boolean;
}

function targetsOf(run: ReconcileRun, args: ReconcileArgs, log: Parameters<typeof takeBackTargets>[1], io: CliIo): FixTarget[] | undefined {
  const fix = args.fix!;
  if (fix.kind !== "take-back") return orphanTargets(run.reconciliation, fix.kind);
  const targets = takeBackTargets(run.reconciliation, log, fix.push!);
  if (!targets) io.err(reconcileWords("fix.no-such-push", { push: fix.push!, pushes: pushesInLog(log).length }));
  return targets;
}

export async function reconcileBook(file: string, args: ReconcileArgs, io: CliIo): Promise<ExitCode> {
  const shown = path.relative(io.cwd, file) || file;
  const book = await readXlsx(file);
  const handoff = prepareHandoff(book.input);
  const { settings } = handoff.books;
  const log = xlsxPostingLog(book);
  const entries = await log.read();
  if (args.listPushes) {
    if (args.json) io.out(JSON.stringify({ exitCode: 0, workbook: shown, pushes: pushesInLog(entries) }, null, 2));
    else
      for (const p of pushesInLog(entries))
        io.out(
          reconcileWords("fix.push-line", {
            push: p.number,
            when: p.startedAt,
            created: p.created.length,
            vouchers: p.vouchers,
            takenBack: p.takenBack,
          }),
        );
    return 0;
  }
  // A report that cannot be written is said before Tally is read, not after.
  const report = args.out === undefined ? undefined : { out: args.out, shown: path.relative(io.cwd, args.out) || args.out };
  if (report) checkOutputPath(report.out, file, report.shown);
  const tally = directTallyTransport({ url: args.url, timeoutMs: args.timeoutMs });
  const progress = (p: { done: number; total: number }) => {
    if (io.isTTY && !args.json) io.progress(reconcileWords("report.progress", p));
  };
  const run = await runReconcile(
    handoff.vouchers,
    { tally, log, onProgress: progress },
    {
      company: settings.company,
      period: { from: args.from, to: args.to },
      tallyNumbers: settings.tallyNumbers,
    },
  );
  const r = run.reconciliation;
  if (report) await writeReconcileReport(report.out, file, report.shown, r);
  let code: ExitCode = r.inStep ? 0 : 1;
  const fixed: { number: string; done: boolean; message: string }[] = [];
  const invalid = rowVerdicts(handoff).filter((v) => v.status === "Invalid").length;
  if (args.fix && args.fix.kind !== "take-back" && invalid > 0) {
    io.err(reconcileWords("fix.workbook-has-errors", { rows: invalid }));
    return 2;
  }
  if (args.fix) {
    const targets = targetsOf(run, args, entries, io);
    if (!targets) return 2;
    if (!args.json) io.out(targetLines(targets, args.fix.kind, args.fix.push, entries).join("\n"));
    if (targets.length > 0 && args.yes) {
      const held = lockWorkbook(file, io.now());
      try {
        await assertCanWriteBack(file);
        assertPostingLogCanGrow(book);
        const outcomes = await applyFix(targets, args.fix.kind, { tally, log, now: () => io.now().toISOString() }, settings.company);
        await saveWorkbook(book);
        for (const o of outcomes) fixed.push({ number: o.target.tally.voucherNumber, done: o.done, message: o.message });
        if (!args.json) io.out(outcomes.map((o) => o.message).join("\n"));
      } finally {
        held.release();
      }
      code = 1; // Tally changed: only the next reconcile (after the next push) can say it is in step.
    } else if (targets.length > 0 && !args.json) io.out(reconcileWords("fix.needs-yes", {}));
  }
  if (args.json) io.out(JSON.stringify({ exitCode: code, workbook: shown, ...jsonOf(run), fixed }, null, 2));
  else io.out(summaryLines(run).join("\n"));
  return code;
}

function jsonOf(run: ReconcileRun) {
  const r = run.reconciliation;
  return {
    inStep: r.inStep,
    period: r.period,
    counts: r.counts,
    requests: run.requests,
    notChecked: run.unread,
    vouchers: r.states.map((s) => ({
      state: s.state,
      number: "voucher" in s ? s.voucher.number : s.tally.voucherNumber,
      voucherType: "voucher" in s ? s.voucher.voucherType : s.tally.voucherType,
      date: "voucher" in s ? s.voucher.date : s.tally.date,
      differences: s.state === "differs" ? s.differences : undefined,
    })),
    ledgers: r.ledgers,
    gst: r.gst,
  };
}
