import { day, defaultLedgerMap, journalRow, makeBooks, mapEntry, rupees } from "../../../test/support/books-builder";
import { buildVouchers } from "./build";
import type { Voucher } from "./model";
import { voucherHead } from "../../../test/support/built-voucher";

describe("a Journals voucher becomes a Journal", () => {
  it("books each row as a ledger line: Debit negative, Credit positive", () => {
    const ledgerMap = [mapEntry("Ledger", "Acc Dep", "Accumulated Depreciation"), ...defaultLedgerMap()];
    const books = makeBooks({
      ledgerMap,
      Journals: [
        journalRow({ ledger: "Depreciation", debit: rupees("12,000"), narration: "Depreciation for April" }),
        journalRow({ ledger: "Acc Dep", credit: rupees("12,000") }),
      ],
    });
    const expected: Voucher = {
      ...voucherHead("Journal", "Journal", "Journals", "JV-1", day("2026-04-30"), 2),
      narration: "Depreciation for April",
      isInvoice: false,
      ledgerEntries: [
        { ledger: "Depreciation", amount: -1200000, role: "ledger" },
        { ledger: "Accumulated Depreciation", amount: 1200000, role: "ledger" },
      ],
      inventoryEntries: [],
    };
    const { vouchers, findings } = buildVouchers(books, []);
    expect(findings).toEqual([]);
    expect(vouchers).toEqual([expected]);
  });

  it("holds back a journal whose debits and credits differ, with a finding on each of its rows", () => {
    const books = makeBooks({
      Journals: [
        journalRow({ ledger: "Depreciation", debit: rupees("1,000") }),
        journalRow({ ledger: "Accumulated Depreciation", credit: rupees("900") }),
      ],
    });
    const { vouchers, findings } = buildVouchers(books, []);
    expect(vouchers).toEqual([]);
    const message =
      "Journal JV-1 does not balance: debits add up to 1,000.00 and credits to 900.00, 100.00 apart. It is held back until they match.";
    const params = { number: "JV-1", debits: rupees("1,000"), credits: rupees("900"), difference: rupees("100") };
    expect(findings).toEqual([
      { table: "Journals", row: 2, column: "", severity: "error", code: "voucher.unbalanced", message, params },
      { table: "Journals", row: 3, column: "", severity: "error", code: "voucher.unbalanced", message, params },
    ]);
  });
});
