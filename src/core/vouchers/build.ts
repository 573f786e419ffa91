/**
 * The workbook's typed rows become Tally-neutral vouchers: rows grouped per voucher the way
 * validation groups them, every voucher with an error on any of its rows held back whole, each
 * kind built by its own builder, and every voucher returned balanced to the paisa.
 */
import type { Finding, OpsTable } from "../findings";
import { groupBooks, type BookGroups, type RowGroup } from "../records/groups";
import type { Books } from "../records/types";
import type { CalendarDate } from "../dates";
import { assertBalanced, voucherImbalance, type Voucher } from "./model";
import { makeBuildContext, type BuildContext } from "./build-context";
import { buildExpenseVoucher } from "./build-expense";
import { buildJournalVoucher } from "./build-journal";
import { buildPaymentVoucher } from "./build-payment";
import { buildPurchaseVoucher } from "./build-purchase";
import { buildReceiptVoucher } from "./build-receipt";
import { buildReturnVoucher } from "./build-return";
import { buildSalesVoucher } from "./build-sales";
import { buildStockMoveVoucher } from "./build-stock-move";
import { holdBacks, type HoldBacks } from "./held-back";
import { overpaidInvoiceFindings } from "./overpaid-invoices";
import { sameNumberClashes, unbalancedFindings } from "./voucher-findings";

export interface BuildResult {
  vouchers: Voucher[];
  /** Only findings found while building; the ones passed in are not repeated. */
  findings: Finding[];
}

type Row = { row: number; index: number; date: CalendarDate };
type Builder<T extends Row> = (group: RowGroup<T>, ctx: BuildContext) => Voucher | undefined;

interface Run {
  ctx: BuildContext;
  held: HoldBacks;
  vouchers: Voucher[];
  findings: Finding[];
}

function buildTable<T extends Row>(run: Run, table: OpsTable, groups: readonly RowGroup<T>[], build: Builder<T>): void {
  for (const group of groups) {
    if (run.held.isHeld(table, group)) continue;
    const voucher = build(group, run.ctx);
    if (!voucher) continue; // a name or value it needs is missing: validation has said so
    if (voucherImbalance(voucher) !== 0) run.findings.push(...unbalancedFindings(voucher));
    else run.vouchers.push(voucher);
  }
}

/**
 * Builds every voucher the books allow. `findings` are validation's: a voucher with an error on
 * any of its rows (or a rejected row with its number) is held back whole. `groups` are the books'
 * own (groupBooks), when the caller has grouped them already.
 */
export function buildVouchers(books: Books, findings: readonly Finding[], groups: BookGroups = groupBooks(books.rows)): BuildResult {
  const run: Run = { ctx: makeBuildContext(books), held: holdBacks(books, findings), vouchers: [], findings: [] };
  buildTable(run, "Sales", groups.Sales, buildSalesVoucher);
  buildTable(run, "Purchases", groups.Purchases, buildPurchaseVoucher);
  buildTable(run, "Receipts", groups.Receipts, buildReceiptVoucher);
  buildTable(run, "Payments", groups.Payments, buildPaymentVoucher);
  buildTable(run, "Expenses", groups.Expenses, buildExpenseVoucher);
  buildTable(run, "Returns", groups.Returns, buildReturnVoucher);
  buildTable(run, "StockMoves", groups.StockMoves, buildStockMoveVoucher);
  buildTable(run, "Journals", groups.Journals, buildJournalVoucher);
  const clashes = sameNumberClashes(run.vouchers);
  const vouchers = clashes.held.size === 0 ? run.vouchers : run.vouchers.filter((v) => !clashes.held.has(v.remoteId));
  // A voucher that does not balance here is a bug in a builder, never data: fail loudly.
  for (const v of vouchers) assertBalanced(v);
  return { vouchers, findings: [...run.findings, ...clashes.findings, ...overpaidInvoiceFindings(vouchers, books.rows.Receipts)] };
}
