/**
 * Words of a push's result for a row's Tally Note: what Tally's refusal means and what to do next,
 * why a voucher was held back before sending, and how Tally's copy differs from the workbook's.
 * The push picks a note and gives its parameters; `pushNote(note, params)` makes the words.
 */
import { displayDate, type CalendarDate } from "../dates";
import { formatInr, type Paise } from "../money";

const note = <P>(text: (p: P) => string) => ({ text });

/** A signed amount as a bookkeeper reads it: "1,234.56 Dr", "100.00 Cr", "0.00". */
const shown = (paise: Paise): string => `${formatInr(Math.abs(paise))} ${paise < 0 ? "Dr" : paise > 0 ? "Cr" : ""}`.trim();

/** Tally's LINEERRORs (PROTOCOL.md 4.3), each said with what to do about it. */
const TALLY_REFUSALS = {
  "refused.ledger-missing": note<{ name: string }>(
    (p) => `Ledger '${p.name}' does not exist in Tally: add it to LedgerMap or turn on Create Missing Masters.`,
  ),
  "refused.stock-item-missing": note<{ name: string }>(
    (p) => `Stock item '${p.name}' does not exist in Tally: map it in LedgerMap (Kind Item) or turn on Create Missing Masters.`,
  ),
  "refused.godown-missing": note<{ name: string }>(
    (p) => `Godown '${p.name}' does not exist in Tally: map it in LedgerMap (Kind Godown) or turn on Create Missing Masters.`,
  ),
  "refused.unit-missing": note<{ name: string }>(
    (p) => `Unit '${p.name}' does not exist in Tally: map it in LedgerMap (Kind Unit) or turn on Create Missing Masters.`,
  ),
  "refused.number-taken": note<{ number: string }>(
    (p) =>
      `Tally already has another voucher numbered '${p.number}' that this workbook did not send; check Tally's Day Book before changing the number.`,
  ),
  /** A date Educational mode refuses (any day but the 1st, 2nd and 31st, PROTOCOL.md 11.6), or one outside the books. */
  "refused.date-educational": note<{ voucherType: string; number: string; date: CalendarDate }>(
    (p) =>
      `Tally refused the date of ${p.voucherType} ${p.number} (${displayDate(p.date)}). TallyPrime in Educational mode takes only the 1st, 2nd and 31st of a month; with a licence every date of the books is taken. Otherwise the date is outside the books open in Tally.`,
  ),
  "refused.date-outside-books": note<{ voucherType: string; number: string }>(
    (p) =>
      `Tally refused the date of ${p.voucherType} ${p.number}: it is outside the books open in Tally (check the company's financial year).`,
  ),
  "refused.totals-differ": note<Record<never, never>>(
    () => "Tally says the voucher's debits and credits differ; please report this, the add-in should have caught it.",
  ),
  "refused.company-not-open": note<{ company: string }>(
    (p) => `Company '${p.company}' is not open in Tally: open it in TallyPrime, or fix Tally Company in Settings.`,
  ),
  "refused.voucher-type-missing": note<{ voucherType: string }>(
    (p) => `Voucher type '${p.voucherType}' does not exist in Tally: create it or fix the voucher type names in Settings.`,
  ),
  "refused.without-words": note<Record<never, never>>(() => "Tally refused the voucher without saying why (an exception with no message)."),
  /** A LINEERROR we have no better words for: Tally's own beat a wrong guess. */
  "refused.in-tally-words": note<{ text: string }>((p) => `Tally says: ${p.text}`),
} as const;

/** Why a voucher was not sent: what the check before sending found. */
const HELD_BACK = {
  "held.masters-missing": note<{ masters: readonly { kind: string; name: string; creatable: boolean }[] }>((p) => {
    const names = p.masters.map((m) => `${m.kind} '${m.name}'`).join(", ");
    const fix = p.masters.every((m) => m.creatable)
      ? "add them to LedgerMap or turn on Create Missing Masters"
      : "create them in Tally (or fix LedgerMap), then send again";
    return `${names} ${p.masters.length === 1 ? "does" : "do"} not exist in Tally: ${fix}.`;
  }),
  "held.tally-numbers-itself": note<{ voucherType: string; method: string }>(
    (p) =>
      `Not sent: the ${p.voucherType} voucher type in Tally numbers vouchers itself (${p.method}), so Tally would replace this number. ` +
      `Use Prepare Tally, or in Tally set Method of Voucher Numbering to Manual and Prevent Duplicates to Yes for ${p.voucherType}.`,
  ),
  "held.changed-in-tally": note<{ difference: string; logged: boolean }>(
    (p) =>
      (p.logged
        ? `Not sent: changed in Tally after this workbook sent it (${p.difference}), so the change made in Tally stays. `
        : `Not sent: Tally already holds this voucher, although this workbook's PostingLog does not show sending it (another copy of the workbook, or a send that was not saved), and Tally's differs (${p.difference}). `) +
      "To put the workbook's version in Tally over it, send again with Replace Changes Made in Tally (--replace-tally-changes).",
  ),
  "held.taken-back": note<Record<never, never>>(
    () =>
      "Not sent: this voucher's push was taken back and Tally deleted it; sending it again creates it anew, so confirm Send Taken Back (--recreate-taken-back) if you want it back.",
  ),
} as const;

/** How Tally's copy differs from the workbook's: a clause the push puts inside its own sentence. */
const DIFFERENCES = {
  "differs.cancelled": note<Record<never, never>>(() => "it is cancelled in Tally"),
  "differs.undated": note<Record<never, never>>(() => "Tally did not say its date"),
  "differs.date": note<{ tally: CalendarDate; workbook: CalendarDate }>(
    (p) => `Tally has it dated ${displayDate(p.tally)}, the workbook ${displayDate(p.workbook)}`,
  ),
  "differs.type": note<{ tally: string; workbook: string }>((p) => `Tally has it as a ${p.tally} voucher, the workbook as ${p.workbook}`),
  "differs.number": note<{ tally: string; workbook: string }>((p) => `Tally has it numbered ${p.tally}, the workbook ${p.workbook}`),
  "differs.amount": note<{ what: "ledger" | "item"; name: string; tally: Paise; workbook: Paise }>(
    (p) => `${p.what} ${p.name} is ${shown(p.tally)} in Tally, ${shown(p.workbook)} in the workbook`,
  ),
} as const;

/** The areas by name, so the test can tell a note given words in two areas (the later would win). */
export const PUSH_NOTE_AREAS = { refusals: TALLY_REFUSALS, heldBack: HELD_BACK, differences: DIFFERENCES } as const;

export const PUSH_NOTES = { ...TALLY_REFUSALS, ...HELD_BACK, ...DIFFERENCES } as const;

export type PushNote = keyof typeof PUSH_NOTES;

export type PushNoteParams<N extends PushNote> = Parameters<(typeof PUSH_NOTES)[N]["text"]>[0];

/** The words of one note. */
export function pushNote<N extends PushNote>(name: N, params: PushNoteParams<N>): string {
  return (PUSH_NOTES[name].text as (p: PushNoteParams<N>) => string)(params);
}
