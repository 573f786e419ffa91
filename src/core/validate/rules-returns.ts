/**
 * Returns (docs/workbook.md): a credit note is against a Sales invoice, a debit note against a
 * Purchases bill (by Bill No or Voucher No) of the same party, unless marked External; and the
 * returns of an item against one invoice never add up to more than the invoice carried.
 */
import Big from "big.js";
import { finding, type Finding } from "../findings";
import { nameKey } from "../mapping";
import type { RowGroup } from "../records/groups";
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

interface Returned {
  item: string;
  invoice: string;
  invoiced: Big;
  qty: Big;
  rows: ReturnRow[];
}

/** Sums each item's returns per original invoice and compares with what the invoice carried. */
function returnedQuantities(lines: readonly [ReturnRow, Original["group"]][]): Finding[] {
  const out: Finding[] = [];
  const carried = new Map<Original["group"], Map<string, Big>>();
  const returned = new Map<string, Returned>();
  for (const [row, group] of lines) {
    let items = carried.get(group);
    if (!items) carried.set(group, (items = itemQuantities(group.rows)));
    const name = (row.item as string).trim();
    const invoiced = items.get(nameKey(name));
    if (!invoiced) {
      out.push(finding("return.item-not-on-invoice", { table: "Returns", row: row.row, column: "Item", value: name }, { invoice: group.number }));
      continue;
    }
    const key = `${row.type}\u0000${group.key}\u0000${nameKey(name)}`;
    const sum = returned.get(key) ?? { item: name, invoice: group.number, invoiced, qty: new Big(0), rows: [] };
    sum.qty = sum.qty.plus(String(row.qty));
    sum.rows.push(row);
    returned.set(key, sum);
  }
  for (const sum of returned.values()) {
    if (sum.qty.lte(sum.invoiced)) continue;
    const words = { item: sum.item, invoice: sum.invoice, returned: sum.qty.toString(), invoiced: sum.invoiced.toString() };
    for (const row of sum.rows) {
      out.push(finding("return.qty-exceeds-invoice", { table: "Returns", row: row.row, column: "Qty", value: String(row.qty) }, words));
    }
  }
  return out;
}
