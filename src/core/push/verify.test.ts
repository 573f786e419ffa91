import type { ExportedVoucher } from "../tally/read";
import type { Voucher } from "../vouchers/model";
import { differenceFromTally, tallyDifference } from "./verify";

const ours = {
  date: { y: 2026, m: 4, d: 5 },
  voucherType: "Sales",
  number: "S-7",
  ledgerEntries: [
    { ledger: "Shree Traders", amount: -118_000 },
    { ledger: "Sales", amount: 100_000 },
    { ledger: "Output IGST", amount: 18_000 },
  ],
  inventoryEntries: [],
} as unknown as Voucher;

const theirs = (change: Partial<ExportedVoucher> = {}): ExportedVoucher =>
  ({
    date: { y: 2026, m: 4, d: 5 },
    voucherType: "sales",
    voucherNumber: "s-7",
    isCancelled: false,
    ledgerEntries: [
      { ledger: "SALES", amount: 100_000 },
      { ledger: "Output IGST", amount: 18_000 },
      { ledger: "Shree Traders", amount: -118_000 },
    ],
    inventoryEntries: [],
    ...change,
  }) as ExportedVoucher;

describe("how Tally's copy differs from the workbook's voucher", () => {
  it("finds none when date, type, number and amounts per ledger agree, whatever the case and order", () => {
    expect(tallyDifference(ours, theirs())).toBeUndefined();
    expect(differenceFromTally(ours, theirs())).toBeUndefined();
  });

  it("gives the first difference as facts, and in a bookkeeper's words for a note", () => {
    const sales = [
      { ledger: "Sales", amount: 90_000 },
      { ledger: "Output IGST", amount: 18_000 },
      { ledger: "Shree Traders", amount: -108_000 },
    ] as ExportedVoucher["ledgerEntries"];
    expect(tallyDifference(ours, theirs({ ledgerEntries: sales }))).toEqual({
      kind: "ledger",
      name: "Shree Traders",
      tally: -108_000,
      workbook: -118_000,
    });
    expect(differenceFromTally(ours, theirs({ ledgerEntries: sales }))).toBe(
      "ledger Shree Traders is 1,080.00 Dr in Tally, 1,180.00 Dr in the workbook",
    );
    expect(differenceFromTally(ours, theirs({ date: { y: 2026, m: 4, d: 6 } }))).toBe(
      "Tally has it dated 6-Apr-2026, the workbook 5-Apr-2026",
    );
    expect(differenceFromTally(ours, theirs({ voucherNumber: "12" }))).toBe("Tally has it numbered 12, the workbook S-7");
    expect(differenceFromTally(ours, theirs({ voucherNumber: "12" }), { tallyNumbers: true })).toBeUndefined();
    expect(differenceFromTally(ours, theirs({ voucherType: "Receipt" }))).toBe("Tally has it as a Receipt voucher, the workbook as Sales");
    expect(differenceFromTally(ours, theirs({ isCancelled: true }))).toBe("it is cancelled in Tally");
    expect(differenceFromTally(ours, theirs({ date: undefined }))).toBe("Tally did not say its date");
  });
});
