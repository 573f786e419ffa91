/**
 * What a request costs Tally, so the engine sends only requests Tally can afford. Tally serves one
 * request at a time in the bookkeeper's own session (PROTOCOL.md 11.5): a write costs about 0.5 s
 * plus 16 ms per voucher; a read walks every voucher of its date window (a filter does not shorten
 * the walk) and costs what it returns. docs/decisions/0008.
 */
import { fromDayNumber, toDayNumber, type CalendarDate } from "../dates";

/**
 * Vouchers per import request. 11.5: 0.53 s for 1 voucher, 2.08 s for 100 (48/s against 2/s); at
 * 250 the fixed half-second is a tenth of the request (BRIDGE-R 11a wrote 10,000 in batches of
 * 250). Attribution stays exact: the read-back decides, and a voucher Tally lacks is sent alone.
 */
export const WRITE_BATCH_SIZE = 250;

/** The most vouchers one read may walk (ours and the company's own); about 5,000 per request is what 11.5's sources suggest. */
export const VOUCHERS_PER_READ = 5_000;

/** Our vouchers one read looks for by name (narration): keeps its filter formula short. */
export const LOOKED_UP_PER_READ = 200;

/** Reply bytes per voucher read back: 35 KB measured on an inventory-heavy book (11.5), doubled for UTF-16. */
const REPLY_BYTES_PER_VOUCHER = 72 * 1024;
/** Headroom over the prediction: vouchers are not spread evenly over a year. */
const REPLY_HEADROOM = 4;
const SMALLEST_REPLY_LIMIT = 16 * 1024 * 1024;

/** The most bytes a reply to a read of about `vouchers` vouchers may hold before we stop reading it. */
export function replyLimitBytes(vouchers: number): number {
  return Math.max(SMALLEST_REPLY_LIMIT, Math.ceil(vouchers) * REPLY_BYTES_PER_VOUCHER * REPLY_HEADROOM);
}

/** Bytes an import reply may hold: counters and one LINEERROR per voucher at most. */
export const WRITE_REPLY_LIMIT_BYTES = SMALLEST_REPLY_LIMIT;

export interface ReadWindow {
  from: CalendarDate;
  to: CalendarDate;
  /** Our vouchers dated inside it. */
  ours: number;
  /** Vouchers the read is predicted to walk: ours plus the company's own at its average density. */
  predicted: number;
}

/**
 * Date windows over `dates` (any order) so that no read is predicted to walk more than
 * `maxWalk` vouchers, nor holds more than `maxOurs` of ours: `othersPerDay` is the company's own
 * density (vouchers per day). A single day
 * is never split (a date window cannot be), so a day heavier than `maxWalk` is a window of its own.
 */
export function readWindows(
  dates: readonly CalendarDate[],
  othersPerDay: number,
  maxWalk = VOUCHERS_PER_READ,
  maxOurs = Number.POSITIVE_INFINITY,
): ReadWindow[] {
  const perDay = new Map<number, number>();
  for (const d of dates) perDay.set(toDayNumber(d), (perDay.get(toDayNumber(d)) ?? 0) + 1);
  const days = [...perDay.keys()].sort((a, b) => a - b);
  const windows: ReadWindow[] = [];
  let open: { from: number; to: number; ours: number } | undefined;
  const predicted = (w: { from: number; to: number; ours: number }) => w.ours + othersPerDay * (w.to - w.from + 1);
  for (const day of days) {
    const next = open && { from: open.from, to: day, ours: open.ours + perDay.get(day)! };
    if (next && predicted(next) <= maxWalk && next.ours <= maxOurs) {
      open = next;
      continue;
    }
    if (open) windows.push(close(open, predicted(open)));
    open = { from: day, to: day, ours: perDay.get(day)! };
  }
  if (open) windows.push(close(open, predicted(open)));
  return windows;
}

function close(w: { from: number; to: number; ours: number }, predicted: number): ReadWindow {
  return { from: fromDayNumber(w.from), to: fromDayNumber(w.to), ours: w.ours, predicted: Math.ceil(predicted) };
}

/**
 * The company's own vouchers per day, at most: ALTVCHID is at least the number of live vouchers (each
 * holds a distinct ALTERID, PROTOCOL.md 5), spread over the days from `from` to `to` (its books).
 */
export function densityBound(altVchId: number | undefined, from: CalendarDate, to: CalendarDate): number {
  if (altVchId === undefined || altVchId <= 0) return 0;
  return altVchId / Math.max(1, toDayNumber(to) - toDayNumber(from) + 1);
}
