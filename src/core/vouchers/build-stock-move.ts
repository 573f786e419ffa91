/**
 * A StockMoves table move as a Stock Journal (PROTOCOL.md 2.8): per row, stock out of From Godown
 * (source, +) and in to To Godown (destination, -). Both godowns = a transfer, out and in at the
 * same value; To blank = consumption (out only); From blank = a receipt (in only). A stock journal
 * has no ledger lines, so one-sided ones are allowed and it has no Dr = Cr to meet (model.ts).
 */
import { lineValue } from "../money";
import type { RowGroup } from "../records/groups";
import type { StockMoveRow } from "../records/types";
import type { InventoryEntry, Voucher } from "./model";
import { makeVoucher, nameLookup, voucherHeader, type BuildContext, type NameLookup } from "./build-context";

/** The out and in lines of one row; empty when it names neither godown (validation reports it). */
function moveEntries(row: StockMoveRow, names: NameLookup): InventoryEntry[] {
  const rate = row.rate ?? 0;
  // A move without a Rate carries quantity only; Tally values it at the godown's cost.
  const value = row.rate === undefined ? 0 : lineValue(row.qty, rate);
  const line = { item: names.name("Item", row.item), qty: row.qty, unit: names.name("Unit", row.unit), rate };
  const entries: InventoryEntry[] = [];
  const from = row.fromGodown?.trim();
  const to = row.toGodown?.trim();
  if (from) entries.push({ ...line, amount: value, godown: names.name("Godown", from) });
  if (to) entries.push({ ...line, amount: value === 0 ? 0 : -value, godown: names.name("Godown", to) });
  return entries;
}

/** The Stock Journal of one move's rows; undefined when a row moves nothing or a name has no Tally master. */
export function buildStockMoveVoucher(group: RowGroup<StockMoveRow>, ctx: BuildContext): Voucher | undefined {
  const names = nameLookup(ctx.map);
  const inventoryEntries: InventoryEntry[] = [];
  for (const row of group.rows) {
    const entries = moveEntries(row, names);
    if (entries.length === 0) return undefined;
    inventoryEntries.push(...entries);
  }
  if (names.missing) return undefined;
  return makeVoucher(voucherHeader(ctx, "StockJournal", ctx.settings.voucherTypes.StockJournal, "StockMoves", group), {
    narration: group.rows[0].reason,
    isInvoice: false,
    ledgerEntries: [],
    inventoryEntries,
  });
}
