/**
 * The date windows a reconcile reads. Unlike a push's read-back, a reconcile must see every day of
 * the period, days without a workbook voucher too (an orphan may sit there), and each read returns
 * everything its window holds; so the push's windows are widened over the gaps, and a gap longer than
 * Tally can afford to walk in one read is split (PROTOCOL.md 11.5; docs/decisions/0008, 0012).
 */
import { financialYearOf, fromDayNumber, toDayNumber, type CalendarDate } from "../dates";
import { readWindows, VOUCHERS_PER_READ, type ReadWindow } from "../push/tally-cost";

export interface Period {
  from: CalendarDate;
  to: CalendarDate;
}

/**
 * The workbook's period: the financial years its vouchers fall in, whole (1 April to 31 March), or
 * undefined when it has none. Whole years, not first to last voucher: the orphan of a deleted last
 * invoice is dated after every voucher the workbook still has.
 */
export function periodOf(dates: readonly CalendarDate[]): Period | undefined {
  if (dates.length === 0) return undefined;
  const years = dates.map(financialYearOf);
  return { from: { y: Math.min(...years), m: 4, d: 1 }, to: { y: Math.max(...years) + 1, m: 3, d: 31 } };
}

/** Windows covering every day of `period` once, each predicted to walk at most `maxWalk` vouchers where a day allows. */
export function reconcileWindows(
  period: Period,
  dates: readonly CalendarDate[],
  othersPerDay: number,
  maxWalk = VOUCHERS_PER_READ,
): ReadWindow[] {
  const first = toDayNumber(period.from);
  const last = toDayNumber(period.to);
  const inside = dates.filter((d) => toDayNumber(d) >= first && toDayNumber(d) <= last);
  const gapDays = othersPerDay > 0 ? Math.max(1, Math.floor(maxWalk / othersPerDay)) : last - first + 1;
  const out: ReadWindow[] = [];
  const gap = (from: number, to: number) => {
    for (let d = from; d <= to; d += gapDays) {
      const end = Math.min(to, d + gapDays - 1);
      out.push({ from: fromDayNumber(d), to: fromDayNumber(end), ours: 0, predicted: Math.ceil(othersPerDay * (end - d + 1)) });
    }
  };
  let next = first;
  for (const w of readWindows(inside, othersPerDay, maxWalk)) {
    gap(next, toDayNumber(w.from) - 1);
    out.push(w);
    next = toDayNumber(w.to) + 1;
  }
  gap(next, last);
  return out;
}
