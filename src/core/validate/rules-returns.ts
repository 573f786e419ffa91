/**
 * Returns (docs/workbook.md): a credit note is against a Sales invoice, a debit note against a
 * Purchases bill (by Bill No or Voucher No) of the same party, unless marked External; and the
 * returns of an item against one invoice never add up to more than the invoice carried (the note
 * that goes past it is refused, not the earlier ones).
 */
import Big from "big.js";
import { financialYearOf } from "../dates";
import { finding, type Finding } from "../findings";
import { nameKey } from "../mapping";
import type { RowGroup } from "../records/groups";
import { compareRowOrder } from "../records/row-order";
import type { ReturnRow } from "../records/types";
import { bookIndex, itemQuantities, matchParty, type BookIndex, type Match } from "./book-index";
import { isBlank, numberKey, type RuleContext } from "./context";

interface Original {
  group: RowGroup<{ item?: string; qty?: number }>;
  party: string;
}

function findOriginal(index: BookIndex, row: ReturnRow, ctx: RuleContext): Match<Original> {
  const key = numberKey(row.againstInvoice ?? "");
  const candidates: Original[] =
    row.type === "Sales Return"
      ? (index.salesByNumber.get(key) ?? []).map((group) => ({ group, party: group.rows[0].customer }))
      : [...(index.purchasesByBillNo.get(key) ?? []), ...(index.purchasesByVoucherNo.get(key) ?? [])].map((group) => ({
          group,
          party: group.rows[0].supplier,
        }));
  return matchParty(candidates, (c) => c.party, row.party, ctx.sameParty);
}

/** Against Invoice exists (same party) unless External; items returned were on it, in no larger quantity. */
export function returnsAgainstInvoices(ctx: RuleContext): Finding[] {
  const out: Finding[] = [];
  const index = bookIndex(ctx);
  const itemLines: [ReturnRow, Original["group"]][] = [];
  for (const row of ctx.rows.Returns) {
    if (row.external) continue;
    const at = { table: "Returns" as const, row: row.row, column: "Against Invoice", value: row.againstInvoice?.trim() ?? "" };
    if (isBlank(row.againstInvoice)) {
      out.push(finding("return.against-invoice-required", at));
      continue;
    }
    const incomplete = row.type === "Sales Return" ? index.incomplete.Sales : index.incomplete.Purchases;
    if (incomplete.has(numberKey(row.againstInvoice as string))) continue;
    const m = findOriginal(index, row, ctx);
    if (m.found === "none") {
      const where = row.type === "Sales Return" ? "an Invoice No in Sales" : "a Bill No or Voucher No in Purchases";
      out.push(finding("return.invoice-not-found", at, { where }));
    } else if (m.found === "other-party") {
      out.push(finding("return.invoice-other-party", at, { other: m.other.party, party: row.party }));
    } else if (!isBlank(row.item) && row.qty !== undefined) {
      itemLines.push([row, m.match.group]);
    }
  }
  return [...out, ...returnedQuantities(itemLines)];
}

/** One note's lines of one item against one invoice: judged together, as the note goes to Tally whole. */
interface NoteLines {
  rows: ReturnRow[];
  qty: Big;
}

interface Returned {
  invoice: string;
  invoiced: Big;
  notes: Map<string, NoteLines>;
}

/**
 * Each item's returns per original invoice, note by note in date then number order: a note that
 * would take the total past what the invoice carried is refused, and counts no further, so a
 * later note that still fits goes through (docs/decisions/0009).
 */
function returnedQuantities(lines: readonly [ReturnRow, Original["group"]][]): Finding[] {
  const out: Finding[] = [];
  const carried = new Map<Original["group"], Map<string, Big>>();
  const returned = new Map<string, Returned>();
  const ordered = [...lines].sort(([a], [b]) => compareRowOrder({ ...a, number: a.noteNo }, { ...b, number: b.noteNo }));
  for (const [row, group] of ordered) {
    let items = carried.get(group);
    if (!items) carried.set(group, (items = itemQuantities(group.rows)));
    const name = (row.item as string).trim();
    const invoiced = items.get(nameKey(name));
    if (!invoiced) {
      out.push(
        finding("return.item-not-on-invoice", { table: "Returns", row: row.row, column: "Item", value: name }, { invoice: group.number }),
      );
      continue;
    }
    const key = `${row.type}\u0000${group.key}\u0000${nameKey(name)}`;
    let sum = returned.get(key);
    if (!sum) returned.set(key, (sum = { invoice: group.number, invoiced, notes: new Map() }));
    const noteKey = `${financialYearOf(row.date)}|${numberKey(row.noteNo)}`;
    const note = sum.notes.get(noteKey) ?? { rows: [], qty: new Big(0) };
    note.qty = note.qty.plus(String(row.qty));
    note.rows.push(row);
    sum.notes.set(noteKey, note);
  }
  for (const sum of returned.values()) {
    let accepted = new Big(0);
    for (const note of sum.notes.values()) {
      const total = accepted.plus(note.qty);
      if (total.lte(sum.invoiced)) {
        accepted = total;
        continue;
      }
      const totals = { invoice: sum.invoice, returned: total.toString(), invoiced: sum.invoiced.toString(), earlier: accepted.toString() };
      for (const row of note.rows) {
        const at = { table: "Returns" as const, row: row.row, column: "Qty", value: String(row.qty) };
        out.push(finding("return.qty-exceeds-invoice", at, { item: (row.item as string).trim(), ...totals }));
      }
    }
  }
  return out;
}
