/**
 * What a push shows while it runs and when it ends. On a terminal progress is one line that
 * updates in place; piped into a file or a CI log it is one plain line per batch.
 */
import type { PushProgress, PushReport } from "../engine/ports";
import type { CliIo } from "./cli-io";
import { numberingNote } from "../core/push/numbering";

export function progressPrinter(io: CliIo): (p: PushProgress) => void {
  let announced = false;
  return (p) => {
    if (p.phase === "checking") {
      if (!announced)
        io.out(p.total === 0 ? "Nothing new to send." : `Checking Tally before sending ${p.total} voucher${p.total === 1 ? "" : "s"}...`);
      announced = true;
      return;
    }
    if (p.phase !== "sending") return;
    const text = `Sent ${p.done} of ${p.total}: ${p.posted} posted, ${p.failed} failed${p.unknown ? `, ${p.unknown} unknown` : ""}.`;
    if (io.isTTY) io.progress(text);
    else io.out(text);
  };
}

/** Counts, the masters Tally lacks, failed vouchers with Tally's reason, and why the push stopped. */
export function reportLines(report: PushReport, heldBackRows: number): string[] {
  const lines = [
    `Posted ${report.posted}, failed ${report.failed}, unknown ${report.unknown}, already in Tally and unchanged ${report.upToDate}.`,
  ];
  if (report.prepared.length > 0)
    lines.push(
      `Prepared Tally: ${report.prepared.join(", ")} now number${report.prepared.length === 1 ? "s" : ""} Manually with Prevent Duplicates (read back from Tally).`,
    );
  for (const n of report.numbering) {
    lines.push(
      `Not sent: ${n.vouchers} ${n.voucherType} voucher${n.vouchers === 1 ? "" : "s"}, because Tally numbers ${n.voucherType} itself (${n.method}) and would replace the workbook's numbers. Run push again with --prepare-tally to switch ${n.voucherType} to Manual numbering, or set Tally Numbers in Settings.`,
    );
  }
  if (report.mastersCreated > 0)
    lines.push(`Created ${report.mastersCreated} missing master${report.mastersCreated === 1 ? "" : "s"} in Tally.`);
  const missing = report.missingMasters.map((m) => `${m.kind} "${m.name}"`);
  if (missing.length > 0) lines.push(`Tally lacks: ${missing.join(", ")}.`);
  // Rows held back by their voucher type's numbering are summed up above, not listed one by one.
  const numberingNotes = new Set(report.numbering.map(numberingNote));
  for (const r of report.results.filter((x) => x.outcome !== "Posted" && !numberingNotes.has(x.message))) {
    lines.push(`  ${r.voucher.source.table} ${r.voucher.number}: ${r.outcome}. ${r.message}`);
  }
  if (heldBackRows > 0)
    lines.push(`${heldBackRows} row${heldBackRows === 1 ? " was" : "s were"} not sent because of errors; run validate to see them.`);
  if (report.cancelled) lines.push("Stopped on request after the current batch; push again to send the rest.");
  if (report.stoppedBy)
    lines.push(report.stoppedBy.suggestion ? `${report.stoppedBy.message} ${report.stoppedBy.suggestion}` : report.stoppedBy.message);
  return lines;
}
