/** The push's running tally of results, as the shells show it. */
import type { PushReport, VoucherResult } from "./ports";

export function emptyReport(): PushReport {
  return {
    results: [],
    posted: 0,
    failed: 0,
    unknown: 0,
    upToDate: 0,
    requests: 0,
    missingMasters: [],
    mastersCreated: 0,
    cancelled: false,
    numbering: [],
    prepared: [],
  };
}

export function countResults(results: VoucherResult[], report: PushReport): void {
  for (const r of results) {
    report.results.push(r);
    if (r.outcome === "Posted" && r.action === "None") report.upToDate++;
    else if (r.outcome === "Posted") report.posted++;
    else if (r.outcome === "Failed") report.failed++;
    else report.unknown++;
  }
}
