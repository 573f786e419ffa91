/**
 * Findings about a whole voucher that only show once it is built: it does not balance, or it
 * would take the number (and so the Remote ID) of a voucher from another table.
 */
import { fyLabel, financialYearOf } from "../dates";
import type { Finding, OpsTable } from "../findings";
import { formatInr } from "../money";
import type { Voucher } from "./model";
import { voucherImbalance } from "./model";

/** How a bookkeeper names a voucher of each table. */
const VOUCHER_WORD: Record<OpsTable, string> = {
  Sales: "Invoice",
  Purchases: "Purchase",
  Receipts: "Receipt",
  Payments: "Payment",
  Expenses: "Expense voucher",
  Returns: "Note",
  StockMoves: "Stock move",
  Journals: "Journal",
};

function onEveryRow(v: Voucher, code: string, message: string): Finding[] {
  return v.source.rows.map((row) => ({ table: v.source.table, row, column: "", severity: "error", code, message }));
}

/** "voucher.unbalanced" on each row of a voucher whose debits and credits differ. */
export function unbalancedFindings(v: Voucher): Finding[] {
  let debits = 0;
  let credits = 0;
  for (const e of v.ledgerEntries) (e.amount < 0 ? (debits -= e.amount) : (credits += e.amount));
  for (const i of v.inventoryEntries) (i.amount < 0 ? (debits -= i.amount) : (credits += i.amount));
  const message =
    `${VOUCHER_WORD[v.source.table]} ${v.number} does not balance: debits add up to ${formatInr(debits)} and ` +
    `credits to ${formatInr(credits)}, ${formatInr(Math.abs(voucherImbalance(v)))} apart. It is held back until they match.`;
  return onEveryRow(v, "voucher.unbalanced", message);
}

/**
 * Two tables making vouchers of one kind with one number in one financial year (a paid expense and
 * a payment both numbered PY-1) would share a Remote ID, and the second would overwrite the first
 * in Tally (PROTOCOL.md section 7). Both are held back: returns the Remote IDs to drop and why.
 */
export function sameNumberClashes(vouchers: readonly Voucher[]): { held: Set<string>; findings: Finding[] } {
  const seen = new Set<string>();
  const held = new Set<string>();
  for (const v of vouchers) {
    if (seen.has(v.remoteId)) held.add(v.remoteId);
    else seen.add(v.remoteId);
  }
  const findings: Finding[] = [];
  if (held.size === 0) return { held, findings };
  const same = vouchers.filter((v) => held.has(v.remoteId));
  for (const v of same) {
    const tables = [...new Set(same.filter((o) => o.remoteId === v.remoteId).map((o) => o.source.table))].join(" and ");
    const message =
      `${VOUCHER_WORD[v.source.table]} ${v.number} would be a ${v.voucherType} voucher with the same number as another ` +
      `in ${tables} for ${fyLabel(financialYearOf(v.date))}; Tally would keep only one. Give one of them another number.`;
    findings.push(...onEveryRow(v, "voucher.same-number", message));
  }
  return { held, findings };
}
