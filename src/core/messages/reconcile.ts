/**
 * Words of a reconcile (issue #14): what each voucher's state means, the summary, the confirmations
 * a fix needs and what each fix did. `reconcileWords(key, params)` makes them; the engine and the
 * command line pick a key.
 */
import { displayDate, type CalendarDate } from "../dates";

const say = <P>(text: (p: P) => string) => ({ text });
type None = Record<never, never>;

const STATES = {
  "state.in-step": say<None>(() => "In step"),
  "state.differs": say<None>(() => "Differs from Tally"),
  "state.twice": say<None>(() => "In Tally twice"),
  "state.not-in-tally": say<None>(() => "In the workbook, not in Tally"),
  "state.orphan": say<None>(() => "Sent from this workbook, no longer in it"),
  "state.not-ours": say<None>(() => "In Tally, never sent from this workbook"),
  "state.not-checked": say<None>(() => "Not checked: Tally's answer for its dates could not be read"),
} as const;

const REPORT = {
  "report.summary": say<{ from: CalendarDate; to: CalendarDate; inStep: boolean; problems: number }>((p) =>
    p.inStep
      ? `Tally is in step with the workbook from ${displayDate(p.from)} to ${displayDate(p.to)}.`
      : `Tally is not in step with the workbook from ${displayDate(p.from)} to ${displayDate(p.to)}: ${p.problems} voucher${p.problems === 1 ? "" : "s"} or ledger${p.problems === 1 ? "" : "s"} to look at.`,
  ),
  "report.not-checked": say<{ from: CalendarDate; to: CalendarDate; reason: string }>(
    (p) => `Vouchers from ${displayDate(p.from)} to ${displayDate(p.to)} were not checked: ${p.reason}`,
  ),
  "report.progress": say<{ done: number; total: number }>((p) => `Reading Tally: ${p.done} of ${p.total} date windows.`),
  "report.ledger-differs": say<{ ledger: string; workbook: string; tally: string }>(
    (p) => `Ledger ${p.ledger}: ${p.workbook} in the workbook, ${p.tally} in Tally.`,
  ),
  "report.gst-differs": say<{ head: string; rate: string; workbook: string; tally: string }>(
    (p) => `${p.head} at ${p.rate}: ${p.workbook} in the workbook, ${p.tally} in Tally.`,
  ),
  "report.rate-unknown": say<None>(() => "rate not known"),
  "report.out-kind": say<{ out: string }>(
    (p) => `--out ${p.out}: the report is written as an .xlsx workbook or a .csv file; give a name ending in .xlsx or .csv.`,
  ),
} as const;

const FIXES = {
  "fix.confirm-cancel": say<{ count: number }>(
    (p) => `Cancel these ${p.count} voucher${p.count === 1 ? "" : "s"} in Tally? They stay in Tally's books, cancelled.`,
  ),
  "fix.confirm-delete": say<{ count: number }>(
    (p) => `Delete these ${p.count} voucher${p.count === 1 ? "" : "s"} from Tally? Tally has no undo.`,
  ),
  "fix.confirm-take-back": say<{ when: string; count: number }>(
    (p) =>
      `Take back the push of ${p.when}: delete the ${p.count} voucher${p.count === 1 ? "" : "s"} it created from Tally? Tally has no undo.`,
  ),
  "fix.needs-yes": say<None>(() => "Nothing was changed in Tally: add --yes to confirm, after reading the list above."),
  "fix.workbook-has-errors": say<{ rows: number }>(
    (p) =>
      `Nothing was changed in Tally: ${p.rows} row${p.rows === 1 ? " has" : "s have"} errors, and a voucher whose row has an error would look like an orphan; fix them (tally-handoff validate) first.`,
  ),
  "fix.nothing-to-do": say<None>(() => "Nothing to put right: no voucher fits."),
  "fix.no-such-push": say<{ push: number; pushes: number }>(
    (p) => `There is no push ${p.push} in the PostingLog: it lists ${p.pushes} (see --list-pushes).`,
  ),
  "fix.done": say<{ action: string; voucherType: string; number: string }>((p) => `${p.action}: ${p.voucherType} ${p.number}.`),
  "fix.refused": say<{ action: string; voucherType: string; number: string; why: string }>(
    (p) => `${p.action} refused for ${p.voucherType} ${p.number}: ${p.why}`,
  ),
  "fix.push-line": say<{ push: number; when: string; created: number; vouchers: number; takenBack: boolean }>(
    (p) =>
      `Push ${p.push} at ${p.when}: ${p.created} created, ${p.vouchers} voucher${p.vouchers === 1 ? "" : "s"} in all${p.takenBack ? " (taken back)" : ""}.`,
  ),
} as const;

export const RECONCILE_WORDS = { ...STATES, ...REPORT, ...FIXES } as const;
export type ReconcileWord = keyof typeof RECONCILE_WORDS;
export type ReconcileWordParams<K extends ReconcileWord> = Parameters<(typeof RECONCILE_WORDS)[K]["text"]>[0];

export function reconcileWords<K extends ReconcileWord>(key: K, params: ReconcileWordParams<K>): string {
  return (RECONCILE_WORDS[key].text as (p: ReconcileWordParams<K>) => string)(params);
}
