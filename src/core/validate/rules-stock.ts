/**
 * StockMoves (docs/workbook.md): a transfer needs two different godowns, a consumption only From,
 * a receipt only To; never neither. Qty above zero, Rate not negative.
 */
import { finding, type Finding } from "../findings";
import { nameKey } from "../mapping";
import { formatInr } from "../money";
import { isBlank, type RuleContext } from "./context";

/** From Godown and To Godown: not both blank, not the same godown. */
export function stockGodowns(ctx: RuleContext): Finding[] {
  const out: Finding[] = [];
  for (const row of ctx.rows.StockMoves) {
    const from = row.fromGodown;
    const to = row.toGodown;
    if (isBlank(from) && isBlank(to)) {
      out.push(finding("stock-move.no-godown", { table: "StockMoves", row: row.row, column: "From Godown", value: "" }));
    } else if (!isBlank(from) && !isBlank(to) && nameKey(from as string) === nameKey(to as string)) {
      out.push(finding("stock-move.same-godown", { table: "StockMoves", row: row.row, column: "To Godown", value: (to as string).trim() }));
    }
  }
  return out;
}

/** Qty above zero and Rate not negative on every move. */
export function stockQuantities(ctx: RuleContext): Finding[] {
  const out: Finding[] = [];
  for (const row of ctx.rows.StockMoves) {
    if (!(row.qty > 0))
      out.push(finding("line.qty-not-positive", { table: "StockMoves", row: row.row, column: "Qty", value: String(row.qty) }));
    if (row.rate !== undefined && row.rate < 0) {
      out.push(finding("line.rate-negative", { table: "StockMoves", row: row.row, column: "Rate", value: formatInr(row.rate) }));
    }
  }
  return out;
}
