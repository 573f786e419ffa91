/**
 * The double entry of a GST invoice, note or expense bill (PROTOCOL.md 2.4, 2.7): value lines,
 * tax lines, the party (or cash/bank) line that settles the total, and the round-off.
 * Tax is worked out per line and rounded there, then summed per tax ledger (gst-facts.md
 * section 8: "compute CGST and SGST separately per line ... sum lines").
 */
import { taxLines } from "../gst-tax";
import { taxKind } from "../mapping";
import { roundToRupee, type Paise } from "../money";
import type { BillType, GstHead, InventoryEntry, LedgerEntry, LedgerRole, Voucher } from "./model";
import type { NameLookup } from "./build-context";
import type { ValueLine } from "./invoice-line";

export interface GstVoucherPlan {
  /** +1 when value and tax are credits (sales, debit note); -1 when debits (purchase, credit note, expense). */
  valueSign: 1 | -1;
  valueRole: LedgerRole;
  /** Output tax on sales and credit notes, Input tax on purchases, debit notes and expenses. */
  taxSide: "Output" | "Input";
  interState: boolean;
  lines: readonly ValueLine[];
  /** What settles the total: the party with its bill, or the cash/bank account of a paid expense. */
  counter: { ledger: string; role: "party" | "account"; bill?: { name: string; type: BillType } };
  /** Round Off ledger when totals go to the whole rupee. */
  roundOff?: string;
}

type Entries = Pick<Voucher, "ledgerEntries" | "inventoryEntries">;

/** Tax summed per ledger and head while the lines are read. */
interface TaxTotal {
  ledger: string;
  head: GstHead;
  amount: Paise;
  /** The head's rate while every line into this ledger shares it; undefined once they differ. */
  rate: number | undefined;
}

/** An amount with the voucher's sign; a zero stays 0, never -0. */
function signed(sign: 1 | -1, amount: Paise): Paise {
  return amount === 0 ? 0 : sign * amount;
}

/** Ledger and inventory entries of a GST voucher, balanced to the paisa by construction. */
export function gstEntries(plan: GstVoucherPlan, names: NameLookup): Entries {
  const sign = plan.valueSign;
  // An invoice has a handful of ledgers: short arrays searched in order beat Maps keyed by text here.
  const values: LedgerEntry[] = [];
  const taxes: TaxTotal[] = [];
  const inventoryEntries: InventoryEntry[] = [];
  let gross = 0;
  for (const line of plan.lines) {
    gross += line.taxable;
    if (line.stock) {
      line.stock.amount = signed(sign, line.taxable);
      inventoryEntries.push(line.stock);
    } else {
      addValue(values, line.ledger, signed(sign, line.taxable), plan.valueRole);
    }
    for (const tax of taxLines(line.taxable, line.gstRate, plan.interState)) {
      gross += tax.amount;
      if (line.taxIsCost) addValue(values, line.ledger, signed(sign, tax.amount), plan.valueRole);
      else addTax(taxes, names.name(taxKind(plan.taxSide, tax.head), line.gstRate), signed(sign, tax.amount), tax.head, tax.rate);
    }
  }
  const total = plan.roundOff === undefined ? gross : roundToRupee(gross).rounded;
  const ledgerEntries = [counterEntry(plan, signed(sign, -total)), ...values];
  for (const t of taxes) ledgerEntries.push(taxEntry(t));
  if (plan.roundOff !== undefined && total !== gross) {
    ledgerEntries.push({ ledger: plan.roundOff, amount: signed(sign, total - gross), role: "roundoff" });
  }
  return { ledgerEntries, inventoryEntries };
}

// Entries are written whole, each in one literal: a property added afterwards costs every one of
// 20,000 invoices a second allocation and a shape change (issue #2).
function counterEntry(plan: GstVoucherPlan, amount: Paise): LedgerEntry {
  const { ledger, role, bill } = plan.counter;
  if (!bill) return { ledger, amount, role };
  return { ledger, amount, role, bills: [{ name: bill.type === "On Account" ? "" : bill.name, type: bill.type, amount }] };
}

function taxEntry(t: TaxTotal): LedgerEntry {
  if (t.rate === undefined) return { ledger: t.ledger, amount: t.amount, role: "tax", taxHead: t.head };
  return { ledger: t.ledger, amount: t.amount, role: "tax", taxHead: t.head, taxRate: t.rate };
}

/** One line per value ledger: a LedgerMap by rate gives one line per rate, a catch-all one line in all. */
function addValue(values: LedgerEntry[], ledger: string, amount: Paise, role: LedgerRole): void {
  for (const entry of values) {
    if (entry.ledger !== ledger) continue;
    entry.amount += amount;
    return;
  }
  values.push({ ledger, amount, role });
}

/** One line per tax ledger and head; the head's rate is kept only while every line into it shares it. */
function addTax(taxes: TaxTotal[], ledger: string, amount: Paise, head: GstHead, rate: number): void {
  for (const total of taxes) {
    if (total.ledger !== ledger || total.head !== head) continue;
    total.amount += amount;
    if (total.rate !== rate) total.rate = undefined;
    return;
  }
  taxes.push({ ledger, head, amount, rate });
}
