import type { Books } from "../records/types";
import { buildContext } from "./context";
import { stockGodowns, stockQuantities } from "./rules-stock";
import { makeBooks, rupees, stockMoveRow } from "../../../test/support/books-builder";

const run = (rule: typeof stockGodowns, b: Books) => rule(buildContext(b)).map((f) => [f.code, f.row, f.column]);
const transfer = { fromGodown: "Main Location", toGodown: "Shop" };

describe("stock moves", () => {
  it("need at least one godown", () => {
    expect(run(stockGodowns, makeBooks({ StockMoves: [stockMoveRow({ row: 2, fromGodown: undefined, toGodown: "" })] }))).toEqual([
      ["stock-move.no-godown", 2, "From Godown"],
    ]);
  });

  it("cannot move between a godown and itself, whatever the case", () => {
    expect(run(stockGodowns, makeBooks({ StockMoves: [stockMoveRow({ row: 2, fromGodown: "Shop", toGodown: " SHOP" })] }))).toEqual([
      ["stock-move.same-godown", 2, "To Godown"],
    ]);
  });

  it("accept a transfer, a consumption (From only) and a receipt (To only)", () => {
    const b = makeBooks({
      StockMoves: [
        stockMoveRow({ row: 2, ...transfer }),
        stockMoveRow({ row: 3, moveNo: "MV-2", ...transfer, toGodown: undefined }),
        stockMoveRow({ row: 4, moveNo: "MV-3", ...transfer, fromGodown: undefined }),
      ],
    });
    expect(run(stockGodowns, b)).toEqual([]);
  });

  it("need a quantity above zero and a rate that is not negative", () => {
    expect(run(stockQuantities, makeBooks({ StockMoves: [stockMoveRow({ row: 2, qty: -1, rate: rupees(-2) })] }))).toEqual([
      ["line.qty-not-positive", 2, "Qty"],
      ["line.rate-negative", 2, "Rate"],
    ]);
    expect(run(stockQuantities, makeBooks({ StockMoves: [stockMoveRow({ row: 2, qty: 0.5, rate: 0 })] }))).toEqual([]);
  });
});
