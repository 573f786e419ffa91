/**
 * Tally's LINEERROR texts (PROTOCOL.md 4.3) turned into what the bookkeeper should do next.
 * Unknown texts pass through unchanged: Tally's own words beat a wrong guess.
 */
import { displayDate, type CalendarDate } from "../dates";

/** The only days of a month Educational mode accepts (PROTOCOL.md 11.6). */
export const EDUCATIONAL_DAYS: readonly number[] = [1, 2, 31];

const RULES: { pattern: RegExp; explain: (m: RegExpExecArray, date?: CalendarDate) => string }[] = [
  {
    pattern: /^Ledger '(.+)' does not exist!?$/i,
    explain: (m) => `Ledger '${m[1]}' does not exist in Tally: add it to LedgerMap or turn on Create Missing Masters.`,
  },
  {
    pattern: /^Stock Item '(.+)' does not exist!?$/i,
    explain: (m) => `Stock item '${m[1]}' does not exist in Tally: map it in LedgerMap (Kind Item) or turn on Create Missing Masters.`,
  },
  {
    pattern: /^Godown '(.+)' does not exist!?$/i,
    explain: (m) => `Godown '${m[1]}' does not exist in Tally: map it in LedgerMap (Kind Godown) or turn on Create Missing Masters.`,
  },
  {
    pattern: /^Unit '(.+)' does not exist!?$/i,
    explain: (m) => `Unit '${m[1]}' does not exist in Tally: map it in LedgerMap (Kind Unit) or turn on Create Missing Masters.`,
  },
  {
    pattern: /^Voucher Number '(.+)' already exists!?$/i,
    explain: (m) =>
      `Tally already has another voucher numbered '${m[1]}' that this workbook did not send; check Tally's Day Book before changing the number.`,
  },
  {
    pattern: /^Voucher date is missing for: '(.+)' voucher (.+?)\.?$/i,
    explain: (m, date) =>
      date && !EDUCATIONAL_DAYS.includes(date.d)
        ? `Tally refused the date of ${m[1]} ${m[2]} (${displayDate(date)}). TallyPrime in Educational mode takes only the 1st, 2nd and 31st of a month; with a licence every date of the books is taken. Otherwise the date is outside the books open in Tally.`
        : `Tally refused the date of ${m[1]} ${m[2]}: it is outside the books open in Tally (check the company's financial year).`,
  },
  {
    pattern: /^Voucher totals do not match!?/i,
    explain: () => "Tally says the voucher's debits and credits differ; please report this, the add-in should have caught it.",
  },
  {
    pattern: /^Could not set 'SVCurrentCompany' to '(.+)'/i,
    explain: (m) => `Company '${m[1]}' is not open in Tally: open it in TallyPrime, or fix Tally Company in Settings.`,
  },
  {
    pattern: /^Voucher type '(.+)' does not exist!?$/i,
    explain: (m) => `Voucher type '${m[1]}' does not exist in Tally: create it or fix the voucher type names in Settings.`,
  },
];

/** `date`: the voucher's own date, when known, to tell Educational mode's rule from a date outside the books. */
export function explainTallyError(lineError: string, date?: CalendarDate): string {
  const text = lineError.trim();
  for (const r of RULES) {
    const m = r.pattern.exec(text);
    if (m) return r.explain(m, date);
  }
  return text === "" ? "Tally refused the voucher without saying why (an exception with no message)." : `Tally says: ${text}`;
}
