import fc from "fast-check";
import { fromDayNumber, toDayNumber } from "../dates";
import { densityBound, readWindows, replyLimitBytes } from "./tally-cost";

const day0 = toDayNumber({ y: 2026, m: 4, d: 1 });

describe("readWindows", () => {
  it("covers every date once, in order, each window within its limits, and joins days while they fit", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 364 }), { minLength: 1, maxLength: 300 }),
        fc.integer({ min: 0, max: 60 }),
        fc.integer({ min: 20, max: 400 }),
        fc.integer({ min: 1, max: 80 }),
        (offsets, density, maxWalk, maxOurs) => {
          const dates = offsets.map((o) => fromDayNumber(day0 + o));
          const windows = readWindows(dates, density, maxWalk, maxOurs);
          const perDay = new Map<number, number>();
          for (const o of offsets) perDay.set(day0 + o, (perDay.get(day0 + o) ?? 0) + 1);
          // Counted here from the dates themselves, not from the windows' own fields.
          const oursIn = (from: number, to: number) => [...perDay].filter(([d]) => d >= from && d <= to).reduce((s, [, n]) => s + n, 0);
          let previousTo = -Infinity;
          let covered = 0;
          for (const w of windows) {
            const from = toDayNumber(w.from);
            const to = toDayNumber(w.to);
            expect(from).toBeGreaterThan(previousTo);
            expect(perDay.has(from) && perDay.has(to)).toBe(true);
            const ours = oursIn(from, to);
            expect(w.ours).toBe(ours);
            const walk = ours + density * (to - from + 1);
            if (from !== to) {
              expect(walk).toBeLessThanOrEqual(maxWalk);
              expect(ours).toBeLessThanOrEqual(maxOurs);
            }
            previousTo = to;
            covered += ours;
          }
          expect(covered).toBe(offsets.length);
          // Greedy: the next window's first day would not have fitted into this one.
          for (let i = 0; i + 1 < windows.length; i++) {
            const from = toDayNumber(windows[i].from);
            const nextFrom = toDayNumber(windows[i + 1].from);
            const ours = oursIn(from, nextFrom);
            expect(ours + density * (nextFrom - from + 1) > maxWalk || ours > maxOurs).toBe(true);
          }
        },
      ),
    );
  });

  it("gives a day heavier than the limit a window of its own rather than leaving it out", () => {
    const heavy = Array.from({ length: 30 }, () => fromDayNumber(day0 + 5));
    expect(readWindows([fromDayNumber(day0), ...heavy], 0, 10).map((w) => w.ours)).toEqual([1, 30]);
  });

  it("walks a year of a 100,000-voucher company in windows of at most 5,000 vouchers", () => {
    const dates = Array.from({ length: 10_000 }, (_, i) => fromDayNumber(day0 + Math.floor((i * 365) / 10_000)));
    const density = 100_000 / 365;
    const windows = readWindows(dates, density);
    expect(Math.max(...windows.map((w) => w.predicted))).toBeLessThanOrEqual(5_000);
    // 110,000 vouchers in all over windows of at most 5,000: at least 22 reads, and greedy packing keeps it near that.
    expect(windows.length).toBeGreaterThanOrEqual(22);
    expect(windows.length).toBeLessThanOrEqual(26);
  });
});

describe("reply limits and density", () => {
  it("sizes a reply limit from the predicted vouchers, never below 16 MB", () => {
    expect(replyLimitBytes(0)).toBe(16 * 1024 * 1024);
    expect(replyLimitBytes(1000)).toBe(1000 * 72 * 1024 * 4);
  });

  it("bounds the company's vouchers per day by its ALTVCHID over the span of its books", () => {
    expect(densityBound(36_500, { y: 2026, m: 4, d: 1 }, { y: 2027, m: 3, d: 31 })).toBe(100);
    expect(densityBound(undefined, { y: 2026, m: 4, d: 1 }, { y: 2027, m: 3, d: 31 })).toBe(0);
  });
});
