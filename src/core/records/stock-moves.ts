/**
 * The StockMoves table: goods moved between godowns, used up or found. Rows sharing a Move No
 * form one Stock Journal (docs/workbook.md, "StockMoves").
 */
import { z } from "zod";
import { readText } from "./cells";
import type { ColumnSpec } from "./columns";
import { readOpsTable, type TableSpec } from "./read-table";
import { calendarDate, paise, text } from "./row-schema";
import { DATE, ITEM, QTY, RATE, UNIT } from "./shared-columns";
import type { StockMoveRow, TableInput } from "./types";

export const STOCK_MOVE_COLUMNS: readonly ColumnSpec<keyof StockMoveRow & string>[] = [
  DATE,
  { header: "Move No", field: "moveNo", required: true, read: readText, aliases: ["Move Number", "Transfer No", "Voucher No"] },
  { ...ITEM, required: true },
  { ...QTY, required: true },
  { ...UNIT, required: true },
  { header: "From Godown", field: "fromGodown", read: readText, aliases: ["From", "From Location", "Source Godown"] },
  { header: "To Godown", field: "toGodown", read: readText, aliases: ["To", "To Location", "Destination Godown"] },
  RATE,
  { header: "Reason", field: "reason", read: readText, aliases: ["Narration", "Remarks"] },
];

const stockMoveRowSchema = z.object({
  date: calendarDate,
  moveNo: text,
  item: text,
  qty: z.number(),
  unit: text,
  fromGodown: text.optional(),
  toGodown: text.optional(),
  rate: paise.optional(),
  reason: text.optional(),
});

export const STOCK_MOVES_TABLE: TableSpec<StockMoveRow> = {
  table: "StockMoves",
  columns: STOCK_MOVE_COLUMNS,
  schema: stockMoveRowSchema,
  voucherNoField: "moveNo",
};

/** Reads the StockMoves table. */
export function readStockMoves(input: TableInput) {
  return readOpsTable(STOCK_MOVES_TABLE, input);
}
