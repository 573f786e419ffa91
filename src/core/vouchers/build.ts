/**
 * The workbook's typed rows become Tally-neutral vouchers: rows grouped per voucher the way
 * validation groups them, every voucher with an error on any of its rows held back whole, each
 * kind built by its own builder, and every voucher returned balanced to the paisa.
 */
import { OPS_TABLES, type Finding, type OpsTable } from "../findings";
import { groupBooks, type BookGroups, type RowGroup } from "../records/groups";
import type { Books, OpsRow, RowBase } from "../records/types";
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

/** Makes one voucher of a row group; undefined when a name or value it needs is missing. */
type Builder<R> = (group: RowGroup<R>, ctx: BuildContext) => Voucher | undefined;

/** Each table's voucher builder; the type asks for one whenever a table is declared. */
const BUILDERS: { [T in OpsTable]: Builder<OpsRow<T>> } = {
  Sales: buildSalesVoucher,
  Purchases: buildPurchaseVoucher,
  Receipts: buildReceiptVoucher,
  Payments: buildPaymentVoucher,
  Expenses: buildExpenseVoucher,
  Returns: buildReturnVoucher,
  StockMoves: buildStockMoveVoucher,
  Journals: buildJournalVoucher,
};

interface Run {
  ctx: BuildContext;
  held: HoldBacks;
  vouchers: Voucher[];
  findings: Finding[];
}

function buildTable<R extends RowBase>(run: Run, table: OpsTable, groups: readonly RowGroup<R>[], build: Builder<R>): void {
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
  // In OPS_TABLES order: the order of the vouchers, and so of the XML sent to Tally.
  for (const table of OPS_TABLES) buildTable<RowBase>(run, table, groups[table], BUILDERS[table] as Builder<RowBase>);
  const clashes = sameNumberClashes(run.vouchers);
  const vouchers = clashes.held.size === 0 ? run.vouchers : run.vouchers.filter((v) => !clashes.held.has(v.remoteId));
  // A voucher that does not balance here is a bug in a builder, never data: fail loudly.
  for (const v of vouchers) assertBalanced(v);
  return { vouchers, findings: [...run.findings, ...clashes.findings, ...overpaidInvoiceFindings(vouchers, books.rows.Receipts)] };
}
