/**
 * The pre-flight summary shown before "Send to Tally": how many vouchers of each kind and their
 * value, and the GST they carry by head and rate (the sum of their tax ledger lines, as Tally will
 * book them; gst-facts.md section 2). Pure, from the vouchers alone.
 */
import type { Paise } from "../core/money";
import type { RowVerdict } from "../core/handoff";
import type { GstHead, Voucher, VoucherKind } from "../core/vouchers/model";

const KIND_ORDER: readonly VoucherKind[] = [
  "Sales",
  "Purchase",
  "Receipt",
  "Payment",
  "CreditNote",
  "DebitNote",
  "Journal",
  "StockJournal",
];

/** Plural, plain-words names for a voucher kind. */
export const KIND_LABELS: Record<VoucherKind, string> = {
  Sales: "Sales invoices",
  Purchase: "Purchase invoices",
  Receipt: "Receipts",
  Payment: "Payments",
  CreditNote: "Credit notes (sales returns)",
  DebitNote: "Debit notes (purchase returns)",
  Journal: "Journals",
  StockJournal: "Stock journals",
};

export interface KindTotal {
  kind: VoucherKind;
  count: number;
  /** Sum of the vouchers' values (what each voucher debits, which equals what it credits). */
  total: Paise;
}

export interface GstTotal {
  head: GstHead;
  /** The head's own rate: 9 for CGST on an 18% line. */
  rate: number;
  /** Tax credited (output tax on sales, or reversed input tax). */
  credit: Paise;
  /** Tax debited (input tax on purchases and expenses, or reversed output tax). */
  debit: Paise;
}

export interface SendSummary {
  vouchers: number;
  byKind: KindTotal[];
  gst: GstTotal[];
}

/** A voucher's value: the larger of its credit and debit sides (a stock journal may have one side only). */
export function voucherValue(v: Voucher): Paise {
  let credit = 0;
  let debit = 0;
  for (const e of [...v.ledgerEntries, ...v.inventoryEntries]) {
    if (e.amount > 0) credit += e.amount;
    else debit -= e.amount;
  }
  return Math.max(credit, debit);
}

export function summariseVouchers(vouchers: readonly Voucher[]): SendSummary {
  const kinds = new Map<VoucherKind, KindTotal>();
  const gst = new Map<string, GstTotal>();
  for (const v of vouchers) {
    const k = kinds.get(v.kind) ?? { kind: v.kind, count: 0, total: 0 };
    k.count++;
    k.total += voucherValue(v);
    kinds.set(v.kind, k);
    for (const e of v.ledgerEntries) {
      if (e.role !== "tax" || !e.taxHead || e.taxRate === undefined) continue;
      const key = `${e.taxHead}|${e.taxRate}`;
      const g = gst.get(key) ?? { head: e.taxHead, rate: e.taxRate, credit: 0, debit: 0 };
      if (e.amount > 0) g.credit += e.amount;
      else g.debit -= e.amount;
      gst.set(key, g);
    }
  }
  const headOrder: GstHead[] = ["CGST", "SGST", "IGST"];
  return {
    vouchers: vouchers.length,
    byKind: KIND_ORDER.filter((k) => kinds.has(k)).map((k) => kinds.get(k)!),
    gst: [...gst.values()].sort((a, b) => headOrder.indexOf(a.head) - headOrder.indexOf(b.head) || a.rate - b.rate),
  };
}

/** Rows whose voucher is not sent because of an error (theirs or another line's of the same voucher). */
export function heldBackRows(verdicts: readonly RowVerdict[]): number {
  return verdicts.filter((v) => v.status === "Invalid").length;
}
