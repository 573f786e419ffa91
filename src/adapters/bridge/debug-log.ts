/**
 * What the bridge remembers about its traffic, for "why did that fail?" questions: the shape of
 * each exchange and never its content. Voucher XML, party names and amounts are not stored.
 */

/** One exchange: sizes, timing and outcome only. */
export interface DebugLogEntry {
  time: string;
  method: string;
  /** One of the bridge's own routes, or "(other)": a path is never stored as sent. */
  path: string;
  status: number;
  bytesIn: number;
  bytesOut: number;
  ms: number;
  code?: string;
}

export const BRIDGE_ROUTES = ["/health", "/tally", "/pair", "/debug-log"];

/** The route name to record for a request path (query strings and unknown paths dropped). */
export function loggedPath(url: string | undefined): string {
  const pathname = (url ?? "").split("?")[0];
  return BRIDGE_ROUTES.includes(pathname) ? pathname : "(other)";
}

/** A ring buffer of the last `capacity` entries, oldest first. */
export class DebugLog {
  private readonly ring: DebugLogEntry[] = [];

  constructor(readonly capacity = 200) {}

  add(entry: DebugLogEntry): void {
    this.ring.push(entry);
    if (this.ring.length > this.capacity) this.ring.splice(0, this.ring.length - this.capacity);
  }

  entries(): DebugLogEntry[] {
    return this.ring.map((entry) => ({ ...entry }));
  }
}
