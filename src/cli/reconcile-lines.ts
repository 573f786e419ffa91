/** What a reconcile prints on the terminal: the summary, problems first, and a fix's list. */
import { displayDate } from "../core/dates";
import { reconcileWords } from "../core/messages";
import type { PostingLogEntry } from "../core/push/posting-log";
import { differenceInWords } from "../core/push/verify";
import { pushesInLog } from "../core/reconcile/pushes";
import { shownAmount } from "../core/reconcile/sheet";
import type { ReconcileRun } from "../engine/reconcile";
import type { FixKind, FixTarget } from "../engine/reconcile-fixes";

/** Vouchers listed on the terminal per state; the --out file has them all. */
const SHOWN = 20;

export function summaryLines(run: ReconcileRun): string[] {
  const r = run.reconciliation;
  const problems =
    r.states.filter((s) => s.state !== "in-step" && s.state !== "not-ours").length + r.ledgers.filter((l) => l.workbook !== l.tally).length;
  const lines = [reconcileWords("report.summary", { from: r.period.from, to: r.period.to, inStep: r.inStep, problems })];
  for (const w of run.unread) lines.push(reconcileWords("report.not-checked", w));
  for (const [state, n] of Object.entries(r.counts))
    if (n > 0) lines.push(`  ${reconcileWords(`state.${state as keyof typeof r.counts}`, {})}: ${n}`);
  const problemsShown = r.states.filter((s) => s.state !== "in-step" && s.state !== "not-checked").slice(0, SHOWN);
  for (const s of problemsShown) {
    const v =
      "voucher" in s
        ? { type: s.voucher.voucherType, no: s.voucher.number, date: s.voucher.date }
        : { type: s.tally.voucherType, no: s.tally.voucherNumber, date: s.tally.date };
    const detail = s.state === "differs" ? `: ${s.differences.map(differenceInWords).join("; ")}` : "";
    lines.push(`  ${reconcileWords(`state.${s.state}`, {})}: ${v.type} ${v.no}${v.date ? ` of ${displayDate(v.date)}` : ""}${detail}`);
  }
  for (const l of r.ledgers.filter((l) => l.workbook !== l.tally).slice(0, SHOWN))
    lines.push(
      `  ${reconcileWords("report.ledger-differs", { ledger: l.ledger, workbook: shownAmount(l.workbook), tally: shownAmount(l.tally) })}`,
    );
  for (const g of r.gst.filter((g) => g.workbook !== g.tally))
    lines.push(
      `  ${reconcileWords("report.gst-differs", { head: g.head, rate: g.rate === undefined ? reconcileWords("report.rate-unknown", {}) : `${g.rate}%`, workbook: shownAmount(g.workbook), tally: shownAmount(g.tally) })}`,
    );
  return lines;
}

export function targetLines(
  targets: readonly FixTarget[],
  kind: FixKind,
  push: number | undefined,
  log: readonly PostingLogEntry[],
): string[] {
  if (targets.length === 0) return [reconcileWords("fix.nothing-to-do", {})];
  const count = targets.length;
  const head =
    kind === "cancel-orphans"
      ? reconcileWords("fix.confirm-cancel", { count })
      : kind === "delete-orphans"
        ? reconcileWords("fix.confirm-delete", { count })
        : reconcileWords("fix.confirm-take-back", { when: pushesInLog(log)[push! - 1]?.startedAt ?? "", count });
  const list = targets.map(
    (t) => `  ${t.tally.voucherType} ${t.tally.voucherNumber}${t.tally.date ? ` of ${displayDate(t.tally.date)}` : ""} (${t.table})`,
  );
  return [head, ...list];
}
