/**
 * A reconcile as rows: the same rows feed the CSV (--out) and a Reconciliation sheet. Vouchers
 * first (problems first), then ledgers and GST (differences first). Amounts as Tally signs them, in
 * Indian grouping with Dr or Cr.
 */
import { displayDate, isoDate } from "../dates";
import { csvCell } from "../exports";
import { reconcileWords } from "../messages";
import { differenceInWords } from "../push/verify";
import { formatInr, type Paise } from "../money";
import type { VoucherState } from "./classify";
import type { Reconciliation } from "./report";

export const RECONCILIATION_HEADERS = [
  "Section",
  "State",
  "Date",
  "Voucher Type",
  "Voucher No",
  "Table",
  "Remote ID",
  "Detail",
  "Workbook",
  "Tally",
];

/** A signed amount as a bookkeeper reads it. */
export function shownAmount(paise: Paise): string {
  return `${formatInr(Math.abs(paise))} ${paise < 0 ? "Dr" : paise > 0 ? "Cr" : ""}`.trim();
}

function voucherRow(s: VoucherState): string[] {
  const state = reconcileWords(`state.${s.state}`, {});
  if ("voucher" in s) {
    const v = s.voucher;
    const detail =
      s.state === "differs"
        ? s.differences.map(differenceInWords).join("; ")
        : s.state === "twice"
          ? s.copies.map((c) => c.voucherNumber).join(", ")
          : "";
    return ["Voucher", state, isoDate(v.date), v.voucherType, v.number, v.source.table, v.remoteId, detail, "", ""];
  }
  const t = s.tally;
  const table = s.state === "orphan" ? s.sent.table : "";
  const remoteId = s.state === "orphan" ? s.sent.remoteId : "";
  const detail = t.isCancelled ? "cancelled in Tally" : "";
  return ["Voucher", state, t.date ? isoDate(t.date) : "", t.voucherType, t.voucherNumber, table, remoteId, detail, "", ""];
}

export function reconciliationRows(r: Reconciliation): string[][] {
  const ledger = r.ledgers.map((l) => [
    "Ledger",
    l.workbook === l.tally ? reconcileWords("state.in-step", {}) : reconcileWords("state.differs", {}),
    "",
    "",
    "",
    "",
    "",
    l.ledger + (l.others !== 0 ? ` (also ${shownAmount(l.others)} not sent from this workbook)` : ""),
    shownAmount(l.workbook),
    shownAmount(l.tally),
  ]);
  const gst = r.gst.map((g) => [
    "GST",
    g.workbook === g.tally ? reconcileWords("state.in-step", {}) : reconcileWords("state.differs", {}),
    "",
    "",
    "",
    "",
    "",
    `${g.head} ${g.rate === undefined ? reconcileWords("report.rate-unknown", {}) : `${g.rate}%`}`,
    shownAmount(g.workbook),
    shownAmount(g.tally),
  ]);
  const unread = r.windows
    .filter((w) => !w.read)
    .map((w) => ["Window", reconcileWords("state.not-checked", {}), isoDate(w.from), "", "", "", "", `to ${displayDate(w.to)}`, "", ""]);
  return [...unread, ...r.states.map(voucherRow), ...ledger, ...gst];
}

/** CSV, CRLF line ends; every cell defused (a leading = + - @ is not a formula). */
export function reconciliationCsv(r: Reconciliation): string {
  return [RECONCILIATION_HEADERS, ...reconciliationRows(r)].map((row) => row.map(csvCell).join(",")).join("\r\n") + "\r\n";
}
