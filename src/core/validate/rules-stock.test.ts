import { buildContext } from "./context";
import { stockGodowns, stockQuantities } from "./rules-stock";
import { books, rs, stockMove } from "./sample-books";

const run = (rule: typeof stockGodowns, b: ReturnType<typeof books>) => rule(buildContext(b)).map((f) => [f.code, f.row, f.column]);

describe("stock moves", () => {
  it("need at least one godown", () => {
    expect(run(stockGodowns, books({ StockMoves: [stockMove({ row: 2, fromGodown: undefined, toGodown: "" })] }))).toEqual([
      ["stock-move.no-godown", 2, "From Godown"],
    ]);
  });

  it("cannot move between a godown and itself, whatever the case", () => {
    expect(run(stockGodowns, books({ StockMoves: [stockMove({ row: 2, fromGodown: "Shop", toGodown: " SHOP" })] }))).toEqual([
      ["stock-move.same-godown", 2, "To Godown"],
    ]);
  });

  it("accept a transfer, a consumption (From only) and a receipt (To only)", () => {
    const b = books({
      StockMoves: [stockMove({ row: 2 }), stockMove({ row: 3, moveNo: "SM-2", toGodown: undefined }), stockMove({ row: 4, moveNo: "SM-3", fromGodown: undefined })],
    });
    expect(run(stockGodowns, b)).toEqual([]);
  });

  it("need a quantity above zero and a rate that is not negative", () => {
    expect(run(stockQuantities, books({ StockMoves: [stockMove({ row: 2, qty: -1, rate: rs(-2) })] }))).toEqual([
      ["line.qty-not-positive", 2, "Qty"],
      ["line.rate-negative", 2, "Rate"],
    ]);
    expect(run(stockQuantities, books({ StockMoves: [stockMove({ row: 2, qty: 0.5, rate: 0 })] }))).toEqual([]);
  });
});
