/**
 * The Reconcile view's words and figures, from the reconcile's facts (states, differences, pushes);
 * the states' own names and the fixes' sentences are the core's (core/messages/reconcile.ts), the
 * same the command line prints.
 */
import { displayDate } from "../core/dates";
import { reconcileWords } from "../core/messages";
import type { TallyDifference } from "../core/push/verify";
import type { StateName, VoucherState } from "../core/reconcile/classify";
import type { LoggedPush } from "../core/reconcile/pushes";
import type { Reconciliation } from "../core/reconcile/report";
import { shownAmount } from "../core/reconcile/sheet";
import type { FixKind, FixTarget } from "../engine/reconcile-fixes";
import type { FigureRow } from "./components/FigureTable";
import { counted } from "./wording";

/** Problems first, as the report orders them; "not ours" is listed, never judged. */
export const STATE_ORDER: StateName[] = ["twice", "differs", "orphan", "not-in-tally", "not-checked", "not-ours", "in-step"];

export const stateName = (s: StateName): string => reconcileWords(`state.${s}`, {});

export const isProblem = (s: StateName): boolean => s !== "in-step" && s !== "not-ours";

/** One row per state (and the unread date windows), with the count; problems in red. */
export function countRows(r: Reconciliation): FigureRow[] {
  const rows: FigureRow[] = STATE_ORDER.map((s) => ({
    key: s,
    name: stateName(s),
    figures: [r.counts[s]],
    alert: [isProblem(s) && r.counts[s] > 0],
  }));
  const unread = r.windows.filter((w) => !w.read).length;
  rows.push({ key: "windows", name: "Date windows not checked", figures: [unread], alert: [unread > 0] });
  return rows;
}

export interface VoucherLine {
  date: string;
  voucherType: string;
  number: string;
}

export function voucherLine(s: VoucherState): VoucherLine {
  if ("voucher" in s) return { date: displayDate(s.voucher.date), voucherType: s.voucher.voucherType, number: s.voucher.number };
  return { date: s.tally.date ? displayDate(s.tally.date) : "no date", voucherType: s.tally.voucherType, number: s.tally.voucherNumber };
}

export const targetLine = (t: FixTarget): string =>
  `${t.tally.voucherType} ${t.tally.voucherNumber}${t.tally.date ? ` of ${displayDate(t.tally.date)}` : ""}`;

/** A difference as "what", the workbook's value, Tally's value. */
export function differenceCells(d: TallyDifference): [string, string, string] {
  switch (d.kind) {
    case "cancelled":
      return ["Cancelled", "No", "Yes"];
    case "undated":
      return ["Date", "", "not given"];
    case "date":
      return ["Date", displayDate(d.workbook), displayDate(d.tally)];
    case "type":
      return ["Voucher type", d.workbook, d.tally];
    case "number":
      return ["Number", d.workbook, d.tally];
    case "ledger":
      return [`Ledger ${d.name}`, shownAmount(d.workbook), shownAmount(d.tally)];
    case "item":
      return [`Item ${d.name}`, shownAmount(d.workbook), shownAmount(d.tally)];
  }
}

/** "3 Dec 2026, 10:32" in the person's own clock. */
export function whenShown(at: string): string {
  const when = new Date(at);
  return Number.isNaN(when.getTime()) ? at : when.toLocaleString("en-IN", { dateStyle: "medium", timeStyle: "short" });
}

export function pushLine(p: LoggedPush): string {
  const taken = p.takenBack ? " (taken back)" : "";
  return `Push ${p.number}, ${whenShown(p.startedAt)}: ${counted(p.vouchers, "voucher")}, ${p.created.length} created${taken}`;
}

export function fixButton(kind: FixKind, count: number, push?: number): string {
  if (kind === "cancel-orphans") return `Cancel ${counted(count, "orphan")} in Tally`;
  if (kind === "delete-orphans") return `Delete ${counted(count, "orphan")} in Tally`;
  return `Take back push ${push}`;
}

/** The dialog's question: the core's confirmation, as the command line asks it. */
export function fixQuestion(kind: FixKind, count: number, push?: LoggedPush): string {
  if (kind === "cancel-orphans") return reconcileWords("fix.confirm-cancel", { count });
  if (kind === "delete-orphans") return reconcileWords("fix.confirm-delete", { count });
  return reconcileWords("fix.confirm-take-back", { when: push ? whenShown(push.startedAt) : "", count });
}

export function summaryLine(r: Reconciliation): string {
  const problems = r.states.filter((s) => isProblem(s.state)).length + r.ledgers.filter((l) => l.workbook !== l.tally).length;
  return reconcileWords("report.summary", { from: r.period.from, to: r.period.to, inStep: r.inStep, problems });
}

export function ledgerRows(r: Reconciliation): FigureRow[] {
  const differs = (a: number, b: number) => a !== b;
  return [...r.ledgers]
    .sort((a, b) => Number(differs(b.workbook, b.tally)) - Number(differs(a.workbook, a.tally)))
    .map((l) => ({
      key: l.ledger,
      name: l.ledger,
      figures: [shownAmount(l.workbook), shownAmount(l.tally)],
      alert: [false, differs(l.workbook, l.tally)],
    }));
}

export function gstRows(r: Reconciliation): FigureRow[] {
  const rate = (n?: number) => (n === undefined ? reconcileWords("report.rate-unknown", {}) : `${n}%`);
  return [...r.gst]
    .sort((a, b) => Number(b.workbook !== b.tally) - Number(a.workbook !== a.tally))
    .map((g) => ({
      key: `${g.head}-${g.rate}`,
      name: `${g.head} ${rate(g.rate)}`,
      figures: [shownAmount(g.workbook), shownAmount(g.tally)],
      alert: [false, g.workbook !== g.tally],
    }));
}
