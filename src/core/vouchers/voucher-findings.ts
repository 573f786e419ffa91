/**
 * Findings about a whole voucher that only show once it is built: it does not balance, or it
 * would take the number (and so the Remote ID) of a voucher from another table.
 */
import { financialYearOf } from "../dates";
import { finding, type At, type Finding } from "../findings";
import type { Voucher } from "./model";
import { voucherImbalance } from "./model";

/** The same finding on every row of the voucher, as the whole voucher is held back. */
function onEveryRow(v: Voucher, make: (at: At) => Finding): Finding[] {
  return v.source.rows.map((row) => make({ table: v.source.table, row, column: "" }));
}

/** "voucher.unbalanced" on each row of a voucher whose debits and credits differ. */
export function unbalancedFindings(v: Voucher): Finding[] {
  let debits = 0;
  let credits = 0;
  for (const { amount } of [...v.ledgerEntries, ...v.inventoryEntries]) {
    if (amount < 0) debits -= amount;
    else credits += amount;
  }
  const difference = Math.abs(voucherImbalance(v));
  const params = { number: v.number, debits, credits, difference };
  return onEveryRow(v, (at) => finding("voucher.unbalanced", at, params));
}

/**
 * Two tables making vouchers of one kind with one number in one financial year (a paid expense and
 * a payment both numbered PY-1) would share a Remote ID, and the second would overwrite the first
 * in Tally (PROTOCOL.md section 7). Neither is wrong alone and only the bookkeeper knows which
 * keeps the number, so both are held back, each naming the other's table and first row
 * (docs/decisions/0009). Returns the Remote IDs to drop and why.
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
    const clashing = same.filter((o) => o.remoteId === v.remoteId);
    const tables = [...new Set(clashing.map((o) => o.source.table))];
    const others = clashing.filter((o) => o !== v);
    const params = {
      number: v.number,
      voucherType: v.voucherType,
      tables,
      others: others.map((o) => o.source.table),
      otherRows: others.map((o) => o.source.rows[0]),
      financialYear: financialYearOf(v.date),
    };
    findings.push(...onEveryRow(v, (at) => finding("voucher.same-number", at, params)));
  }
  return { held, findings };
}
