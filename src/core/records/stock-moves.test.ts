import { readOpsTable, tableFromGrid } from "./read-table";
import { STOCK_MOVES_TABLE } from "./stock-moves";
import type { TableInput } from "./types";

const readStockMoves = (input: TableInput) => readOpsTable(STOCK_MOVES_TABLE, input);

const HEADER = ["Date", "Move No", "Item", "Qty", "Unit", "From Godown", "To Godown", "Rate", "Reason"];

describe("reading the StockMoves table", () => {
  it("reads a transfer and a consumption", () => {
    const { rows, findings } = readStockMoves(
      tableFromGrid("StockMoves", [
        HEADER,
        ["20-04-2026", "SM-1", "Steel Rod", "10", "Kg", "Main Location", "Shop", "", "restock"],
        ["21-04-2026", "SM-2", "Steel Rod", 0.5, "Kg", "Shop", "", 420, "used in repair"],
      ]),
    );
    expect(findings).toEqual([]);
    expect(rows.map((r) => [r.moveNo, r.qty, r.fromGodown, r.toGodown, r.rate])).toEqual([
      ["SM-1", 10, "Main Location", "Shop", undefined],
      ["SM-2", 0.5, "Shop", undefined, 42000],
    ]);
  });

  it("needs the item, quantity and unit on every row", () => {
    const { findings } = readStockMoves(
      tableFromGrid("StockMoves", [HEADER, ["20-04-2026", "SM-3", "", "", "Kg", "Main Location", "", "", ""]]),
    );
    expect(findings.map((f) => f.message)).toEqual(["Item is blank; fill it in.", "Qty is blank; fill it in."]);
  });

  it("is found under the header names people use for godowns", () => {
    const { rows } = readStockMoves(
      tableFromGrid("StockMoves", [
        ["Date", "Move No", "Item", "Quantity", "UOM", "From", "To"],
        ["20-04-2026", "SM-4", "Rod", 1, "Kg", "A", "B"],
      ]),
    );
    expect(rows[0]).toMatchObject({ qty: 1, unit: "Kg", fromGodown: "A", toGodown: "B" });
  });
});
