/**
 * Tally's LINEERROR texts (PROTOCOL.md 4.3) turned into what the bookkeeper should do next; the
 * words live in core/messages/push-notes.ts. Unknown texts pass through unchanged: Tally's own
 * words beat a wrong guess.
 */
import type { CalendarDate } from "../dates";
import { pushNote } from "../messages";

/** The only days of a month Educational mode accepts (PROTOCOL.md 11.6). */
export const EDUCATIONAL_DAYS: readonly number[] = [1, 2, 31];

const RULES: { pattern: RegExp; explain: (m: RegExpExecArray, date?: CalendarDate) => string }[] = [
  { pattern: /^Ledger '(.+)' does not exist!?$/i, explain: (m) => pushNote("refused.ledger-missing", { name: m[1] }) },
  { pattern: /^Stock Item '(.+)' does not exist!?$/i, explain: (m) => pushNote("refused.stock-item-missing", { name: m[1] }) },
  { pattern: /^Godown '(.+)' does not exist!?$/i, explain: (m) => pushNote("refused.godown-missing", { name: m[1] }) },
  { pattern: /^Unit '(.+)' does not exist!?$/i, explain: (m) => pushNote("refused.unit-missing", { name: m[1] }) },
  { pattern: /^Voucher Number '(.+)' already exists!?$/i, explain: (m) => pushNote("refused.number-taken", { number: m[1] }) },
  {
    pattern: /^Voucher date is missing for: '(.+)' voucher (.+?)\.?$/i,
    explain: (m, date) =>
      date && !EDUCATIONAL_DAYS.includes(date.d)
        ? pushNote("refused.date-educational", { voucherType: m[1], number: m[2], date })
        : pushNote("refused.date-outside-books", { voucherType: m[1], number: m[2] }),
  },
  { pattern: /^Voucher totals do not match!?/i, explain: () => pushNote("refused.totals-differ", {}) },
  { pattern: /^Could not set 'SVCurrentCompany' to '(.+)'/i, explain: (m) => pushNote("refused.company-not-open", { company: m[1] }) },
  { pattern: /^Voucher type '(.+)' does not exist!?$/i, explain: (m) => pushNote("refused.voucher-type-missing", { voucherType: m[1] }) },
];

/** `date`: the voucher's own date, when known, to tell Educational mode's rule from a date outside the books. */
export function explainTallyError(lineError: string, date?: CalendarDate): string {
  const text = lineError.trim();
  for (const r of RULES) {
    const m = r.pattern.exec(text);
    if (m) return r.explain(m, date);
  }
  return text === "" ? pushNote("refused.without-words", {}) : pushNote("refused.in-tally-words", { text });
}
