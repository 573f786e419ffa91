/**
 * The StockMoves table: goods moved between godowns, used up or found. Rows sharing a Move No
 * form one Stock Journal (docs/workbook.md, "StockMoves").
 */
import { readText } from "./cells";
import { DATE, ITEM, QTY, RATE, REASON, UNIT } from "./shared-columns";
import { declareTable, type RowOf } from "./table-declaration";

export const STOCK_MOVES_TABLE = declareTable({
  table: "StockMoves",
  columns: [
    DATE,
    {
      header: "Move No",
      field: "moveNo",
      required: true,
      read: readText,
      asText: true,
      aliases: ["Move Number", "Transfer No", "Voucher No"],
    },
    { ...ITEM, required: true },
    { ...QTY, required: true },
    { ...UNIT, required: true },
    { header: "From Godown", field: "fromGodown", read: readText, aliases: ["From", "From Location", "Source Godown"] },
    { header: "To Godown", field: "toGodown", read: readText, aliases: ["To", "To Location", "Destination Godown"] },
    RATE,
    REASON,
  ],
  vouchers: { numberField: "moveNo", word: "stock move", gstDocument: false },
});

export type StockMoveRow = RowOf<typeof STOCK_MOVES_TABLE>;
