/**
 * The pushes a PostingLog records, for "Take back this push". The log has no push column (adding one
 * would make every older log one that lost a column, docs/decisions/0007), so a push is read from
 * its rows: a push settles each voucher once, so a row for a voucher this push already settled
 * (Posted or Failed), or a pause of more than ten minutes, begins the next one.
 */
import type { PostingLogEntry } from "../push/posting-log";

export interface LoggedPush {
  /** 1 for the first push in the log. */
  number: number;
  startedAt: string;
  /** Remote IDs it created (a Create that was Posted). */
  created: string[];
  /** Vouchers it covered. */
  vouchers: number;
  /** Every voucher it created has since been taken back. */
  takenBack: boolean;
}

const PAUSE_MS = 10 * 60 * 1000;
const PUSHING = new Set(["Create", "Alter", "Check"]);

export function pushesInLog(log: readonly PostingLogEntry[]): LoggedPush[] {
  const pushes: { startedAt: string; created: Set<string>; covered: Set<string>; settled: Set<string>; last: number }[] = [];
  const takenBack = new Set<string>();
  for (const e of log) {
    if (!PUSHING.has(e.action)) {
      if (e.action === "Take Back" && e.result === "Posted") takenBack.add(e.remoteId);
      continue;
    }
    const at = Date.parse(e.postedAt);
    const open = pushes[pushes.length - 1];
    const id = e.remoteId.toLowerCase();
    const fresh = !open || open.settled.has(id) || (Number.isFinite(at) && Number.isFinite(open.last) && at - open.last > PAUSE_MS);
    const push = fresh
      ? { startedAt: e.postedAt, created: new Set<string>(), covered: new Set<string>(), settled: new Set<string>(), last: at }
      : open;
    if (fresh) pushes.push(push);
    push.last = at;
    push.covered.add(id);
    if (e.result === "Posted" || e.result === "Failed") push.settled.add(id);
    if (e.action === "Create" && e.result === "Posted") {
      push.created.add(e.remoteId);
      takenBack.delete(e.remoteId);
    }
  }
  return pushes.map((p, i) => ({
    number: i + 1,
    startedAt: p.startedAt,
    created: [...p.created],
    vouchers: p.covered.size,
    takenBack: p.created.size > 0 && [...p.created].every((id) => takenBack.has(id)),
  }));
}
