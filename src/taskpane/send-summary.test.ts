import { prepareHandoff, rowVerdicts } from "../core/handoff";
import type { Voucher } from "../core/vouchers/model";
import { sampleWorkbook } from "../../test/support/taskpane-fakes";
import { heldBackRows, summariseVouchers, voucherValue } from "./send-summary";

describe("summariseVouchers", () => {
  const handoff = prepareHandoff(sampleWorkbook());

  it("counts and totals the vouchers per kind, sales first", () => {
    expect(summariseVouchers(handoff.vouchers).byKind).toEqual([
      // INV-1: 1,00,000 + 18% intra-state; INV-2: 50,000 + 12% IGST.
      { kind: "Sales", count: 2, total: 118_000_00 + 56_000_00 },
      { kind: "Receipt", count: 1, total: 1_000_00 },
    ]);
  });

  it("sums the tax ledger lines by head and the head's own rate", () => {
    expect(summariseVouchers(handoff.vouchers).gst).toEqual([
      { head: "CGST", rate: 9, credit: 9_000_00, debit: 0 },
      { head: "SGST", rate: 9, credit: 9_000_00, debit: 0 },
      { head: "IGST", rate: 12, credit: 6_000_00, debit: 0 },
    ]);
  });

  it("is empty for no vouchers", () => {
    expect(summariseVouchers([])).toEqual({ vouchers: 0, byKind: [], gst: [] });
  });
});

describe("voucherValue", () => {
  it("takes the larger side, so a stock journal with stock out only still has a value", () => {
    const consumption = { ledgerEntries: [], inventoryEntries: [{ amount: 2_500_00 }] } as unknown as Voucher;
    expect(voucherValue(consumption)).toBe(2_500_00);
    const receipt = { ledgerEntries: [{ amount: -700_00 }, { amount: 700_00 }], inventoryEntries: [] } as unknown as Voucher;
    expect(voucherValue(receipt)).toBe(700_00);
  });
});

describe("heldBackRows", () => {
  it("counts the rows whose status is Invalid", () => {
    expect(heldBackRows(rowVerdicts(prepareHandoff(sampleWorkbook())))).toBe(3);
  });
});
