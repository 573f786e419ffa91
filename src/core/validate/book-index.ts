/**
 * Look-ups the cross-table rules need, built once per validation: invoices by number, bills by
 * supplier bill number, and what an invoice carried. Keeps every rule linear in the rows.
 */
import Big from "big.js";
import { nameKey } from "../mapping";
import { OPS_TABLES, type OpsTable } from "../findings";
import type { RowGroup } from "../records/groups";
import type { ExpenseRow, PurchaseRow, SalesRow } from "../records/types";
import { isBlank, numberKey, type RuleContext } from "./context";

export interface BookIndex {
  /** Sales invoices with this Invoice No (one per financial year at most). */
  salesByNumber: ReadonlyMap<string, readonly RowGroup<SalesRow>[]>;
  /** Purchase vouchers carrying this supplier Bill No. */
  purchasesByBillNo: ReadonlyMap<string, readonly RowGroup<PurchaseRow>[]>;
  /** Purchase vouchers with this own Voucher No. */
  purchasesByVoucherNo: ReadonlyMap<string, readonly RowGroup<PurchaseRow>[]>;
  /** Expenses bought on credit (Paid From blank), by Bill No: payments may settle them too. */
  creditExpensesByBillNo: ReadonlyMap<string, readonly ExpenseRow[]>;
  /**
   * Voucher numbers with a row the reader could not read (it has its own finding). Such a voucher
   * is incomplete here, so rules that add up its lines or look for it stay quiet about it.
   */
  incomplete: Record<OpsTable, ReadonlySet<string>>;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) {
    if (list[list.length - 1] !== value) list.push(value);
  } else {
    map.set(key, [value]);
  }
}

const built = new WeakMap<RuleContext, BookIndex>();

/** The index of these books, built on first use and shared by every rule of one validation. */
export function bookIndex(ctx: RuleContext): BookIndex {
  let index = built.get(ctx);
  if (!index) built.set(ctx, (index = indexBooks(ctx)));
  return index;
}

function indexBooks(ctx: RuleContext): BookIndex {
  const salesByNumber = new Map<string, RowGroup<SalesRow>[]>();
  for (const group of ctx.groups.Sales) push(salesByNumber, numberKey(group.number), group);
  const purchasesByBillNo = new Map<string, RowGroup<PurchaseRow>[]>();
  const purchasesByVoucherNo = new Map<string, RowGroup<PurchaseRow>[]>();
  for (const group of ctx.groups.Purchases) {
    push(purchasesByVoucherNo, numberKey(group.number), group);
    for (const row of group.rows) if (!isBlank(row.billNo)) push(purchasesByBillNo, numberKey(row.billNo), group);
  }
  const creditExpensesByBillNo = new Map<string, ExpenseRow[]>();
  for (const row of ctx.rows.Expenses) {
    if (isBlank(row.paidFrom) && !isBlank(row.billNo)) push(creditExpensesByBillNo, numberKey(row.billNo as string), row);
  }
  const incomplete = {} as Record<OpsTable, ReadonlySet<string>>;
  for (const table of OPS_TABLES) {
    incomplete[table] = new Set((ctx.books.rejected[table] ?? []).map((r) => numberKey(r.voucherNo)).filter((n) => n !== ""));
  }
  return { salesByNumber, purchasesByBillNo, purchasesByVoucherNo, creditExpensesByBillNo, incomplete };
}

export type Match<T> = { found: "none" } | { found: "party"; match: T } | { found: "other-party"; other: T };

/** Among candidates with the right number, the one of this party, else the first (of another party). */
export function matchParty<T>(
  candidates: readonly T[] | undefined,
  partyOf: (c: T) => string,
  party: string,
  sameParty: (a: string, b: string) => boolean,
): Match<T> {
  if (!candidates || candidates.length === 0) return { found: "none" };
  const match = candidates.find((c) => sameParty(partyOf(c), party));
  return match ? { found: "party", match } : { found: "other-party", other: candidates[0] };
}

/** Quantity of each item on a voucher, keyed by the item's words (case and spaces ignored). */
export function itemQuantities(rows: readonly { item?: string; qty?: number }[]): Map<string, Big> {
  const quantities = new Map<string, Big>();
  for (const row of rows) {
    if (isBlank(row.item) || row.qty === undefined) continue;
    const k = nameKey(row.item as string);
    quantities.set(k, (quantities.get(k) ?? new Big(0)).plus(String(row.qty)));
  }
  return quantities;
}
