/**
 * Journals (docs/workbook.md): each row has exactly one of Debit and Credit, above zero, and each
 * voucher balances to the paisa, since Tally rejects a journal whose sides differ.
 */
import { finding, type Finding } from "../findings";
import { formatInr } from "../money";
import type { JournalRow } from "../records/types";
import { bookIndex } from "./book-index";
import { numberKey, type RuleContext } from "./context";

function rowFindings(row: JournalRow): Finding[] {
  const at = (column: string, value: string) => ({ table: "Journals" as const, row: row.row, column, value });
  const { debit, credit } = row;
  if (debit !== undefined && credit !== undefined) return [finding("journal.debit-and-credit", at("Debit", formatInr(debit)))];
  if (debit === undefined && credit === undefined) return [finding("journal.no-amount", at("Debit", ""))];
  if (debit !== undefined && debit <= 0) return [finding("amount.not-positive", at("Debit", formatInr(debit)))];
  if (credit !== undefined && credit <= 0) return [finding("amount.not-positive", at("Credit", formatInr(credit)))];
  return [];
}

/** One of Debit or Credit per row, above zero. */
export function journalAmounts(ctx: RuleContext): Finding[] {
  const out: Finding[] = [];
  for (const row of ctx.rows.Journals) out.push(...rowFindings(row));
  return out;
}

/** Debits equal credits in every journal voucher; each of its rows names the difference. */
export function journalBalances(ctx: RuleContext): Finding[] {
  const out: Finding[] = [];
  const { incomplete } = bookIndex(ctx);
  for (const group of ctx.groups.Journals) {
    // A journal missing an unreadable row cannot balance here; that row has its own finding.
    if (incomplete.Journals.has(numberKey(group.number))) continue;
    let difference = 0;
    for (const row of group.rows) difference += (row.debit ?? 0) - (row.credit ?? 0);
    if (difference === 0) continue;
    const side = difference > 0 ? "debits exceed credits" : "credits exceed debits";
    const words = { number: group.number, side, difference: formatInr(Math.abs(difference)) };
    for (const row of group.rows) {
      const column = row.debit !== undefined ? "Debit" : "Credit";
      const value = formatInr(row.debit ?? row.credit ?? 0);
      out.push(finding("journal.unbalanced", { table: "Journals", row: row.row, column, value }, words));
    }
  }
  return out;
}
