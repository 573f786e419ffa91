/**
 * What each request would cost real Tally, from the measurements of PROTOCOL.md 11.5, so a push
 * can be judged by Tally's time and not by the emulator's milliseconds. Tally serves one request at
 * a time in the bookkeeper's own session: while it builds a reply, the person at the keyboard waits.
 *   write: 0.53 s for 1 voucher, 2.08 s for 100 => about 0.51 s per request + 15.7 ms per voucher;
 *   read:  about 0.15 s per request (11c.1); a filtered read of a 101,287-voucher book took about 22 s
 *          whatever it matched => 0.217 ms per voucher walked; a one-month window returning 4,891
 *          vouchers took 7.3 s => 1.25 ms per voucher returned on top of its walk.
 * A voucher read walks the vouchers of its date window (the whole collection without one). Nothing
 * sleeps unless `pace` is set (demos). Not Tally's numbers for any one machine: a model of them.
 */
export interface CostRates {
  writeRequestSeconds: number;
  writeVoucherSeconds: number;
  readRequestSeconds: number;
  walkVoucherSeconds: number;
  returnVoucherSeconds: number;
}

export const MEASURED_RATES: CostRates = {
  writeRequestSeconds: 0.514,
  writeVoucherSeconds: 0.0157,
  readRequestSeconds: 0.15,
  walkVoucherSeconds: 22 / 101_287,
  returnVoucherSeconds: 7.15 / 4_891 - 22 / 101_287,
};

export type RequestKind = "write" | "voucher read" | "other read";

/** What one request did, as the model counts it. */
export interface RequestWork {
  kind: RequestKind;
  written?: number;
  walked?: number;
  returned?: number;
}

export interface KindTotals {
  requests: number;
  written: number;
  walked: number;
  returned: number;
  seconds: number;
}

/** Modelled seconds of one request. */
export function modelledSeconds(work: RequestWork, rates: CostRates): number {
  if (work.kind === "write") return rates.writeRequestSeconds + (work.written ?? 0) * rates.writeVoucherSeconds;
  return rates.readRequestSeconds + (work.walked ?? 0) * rates.walkVoucherSeconds + (work.returned ?? 0) * rates.returnVoucherSeconds;
}

/** The running account of modelled Tally time, per request kind. */
export class TallyTime {
  private totals = new Map<RequestKind, KindTotals>();
  /** Every request's work in order (the tests read it), with its modelled seconds. */
  readonly log: (RequestWork & { seconds: number })[] = [];

  constructor(readonly rates: CostRates = MEASURED_RATES) {}

  /** Counts one request; returns its modelled seconds. */
  account(work: RequestWork): number {
    const seconds = modelledSeconds(work, this.rates);
    const t = this.totals.get(work.kind) ?? { requests: 0, written: 0, walked: 0, returned: 0, seconds: 0 };
    t.requests++;
    t.written += work.written ?? 0;
    t.walked += work.walked ?? 0;
    t.returned += work.returned ?? 0;
    t.seconds += seconds;
    this.totals.set(work.kind, t);
    this.log.push({ ...work, seconds });
    return seconds;
  }

  reset(): void {
    this.totals.clear();
    this.log.length = 0;
  }

  snapshot(): { rates: CostRates; byKind: Record<string, KindTotals>; seconds: number; requests: number } {
    const byKind = Object.fromEntries(this.totals);
    const all = [...this.totals.values()];
    return {
      rates: this.rates,
      byKind,
      seconds: all.reduce((s, t) => s + t.seconds, 0),
      requests: all.reduce((s, t) => s + t.requests, 0),
    };
  }

  /** One line per request kind, for the emulator's exit. */
  summary(): string {
    const lines = [...this.totals].map(
      ([kind, t]) =>
        `  ${kind}: ${t.requests} requests, ${t.seconds.toFixed(1)} s (written ${t.written}, walked ${t.walked}, returned ${t.returned})`,
    );
    return [`Modelled Tally time (PROTOCOL.md 11.5): ${this.snapshot().seconds.toFixed(1)} s`, ...lines].join("\n");
  }
}
