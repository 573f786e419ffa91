import { day, makeBooks, rupees, stockMoveRow } from "../../../test/support/books-builder";
import { buildVouchers } from "./build";
import { voucherImbalance, type Voucher } from "./model";
import { onlyVoucher, voucherHead } from "../../../test/support/built-voucher";

describe("a StockMoves move becomes a Stock Journal", () => {
  it("moves stock between godowns: out of From and in to To at the same value", () => {
    const row = stockMoveRow({
      item: "Steel Bolt",
      qty: 100,
      unit: "Nos",
      fromGodown: "Main Location",
      toGodown: "Shop",
      rate: rupees("8.40"),
      reason: "Shop refill",
    });
    const expected: Voucher = {
      ...voucherHead("StockJournal", "Stock Journal", "StockMoves", "MV-1", day("2026-04-15")),
      narration: "Shop refill",
      isInvoice: false,
      ledgerEntries: [],
      inventoryEntries: [
        { item: "Steel Bolt", qty: 100, unit: "Nos", rate: 840, amount: 84000, godown: "Main Location" },
        { item: "Steel Bolt", qty: 100, unit: "Nos", rate: 840, amount: -84000, godown: "Shop" },
      ],
    };
    const v = onlyVoucher(makeBooks({ StockMoves: [row] }));
    expect(v).toEqual(expected);
    expect(v.inventoryEntries[0].amount + v.inventoryEntries[1].amount).toBe(0);
  });

  it("records consumption (To blank) as stock out only, which a stock journal allows", () => {
    const row = stockMoveRow({
      moveNo: "MV-2",
      item: "Packing Tape",
      qty: 5,
      unit: "Nos",
      fromGodown: "Main Location",
      rate: rupees("45"),
    });
    const v = onlyVoucher(makeBooks({ StockMoves: [row] }));
    expect(v.inventoryEntries).toEqual([{ item: "Packing Tape", qty: 5, unit: "Nos", rate: 4500, amount: 22500, godown: "Main Location" }]);
    expect(voucherImbalance(v)).toBe(0);
  });

  it("records a receipt (From blank) as stock in only, at no value when there is no Rate", () => {
    const row = stockMoveRow({ moveNo: "MV-3", item: "Sample Kit", qty: 2, unit: "Nos", toGodown: "Shop" });
    const v = onlyVoucher(makeBooks({ StockMoves: [row] }));
    expect(v.inventoryEntries).toEqual([{ item: "Sample Kit", qty: 2, unit: "Nos", rate: 0, amount: 0, godown: "Shop" }]);
  });

  it("holds back a move that names neither godown, without a finding of its own", () => {
    const { vouchers, findings } = buildVouchers(makeBooks({ StockMoves: [stockMoveRow({})] }), []);
    expect(vouchers).toEqual([]);
    expect(findings).toEqual([]);
  });
});
