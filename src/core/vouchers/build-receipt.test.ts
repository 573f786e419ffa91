import { day, makeBooks, receiptRow, rupees } from "../../../test/support/books-builder";
import type { Voucher } from "./model";
import { onlyVoucher, partyLine, voucherHead } from "../../../test/support/built-voucher";

describe("a Receipts receipt becomes a Receipt voucher", () => {
  it("settles two invoices and puts the rest on account, with a UPI bank allocation", () => {
    const common = {
      receiptNo: "RC-1",
      account: "HDFC",
      mode: "UPI" as const,
      instrumentNo: "UPI-778812",
      instrumentDate: day("2026-04-19"),
      narration: "April dues",
    };
    const books = makeBooks({
      Receipts: [
        receiptRow({ ...common, amount: rupees("1,000"), againstInvoice: "INV-1" }),
        receiptRow({ ...common, amount: rupees("500"), againstInvoice: "INV-2" }),
        receiptRow({ ...common, amount: rupees("250") }),
      ],
    });
    const expected: Voucher = {
      ...voucherHead("Receipt", "Receipt", "Receipts", "RC-1", day("2026-04-20"), 3),
      party: "Acme Stores",
      narration: "April dues",
      isInvoice: false,
      ledgerEntries: [
        {
          ledger: "HDFC Bank",
          amount: -175000,
          role: "account",
          bank: { transactionType: "UPI", instrumentNumber: "UPI-778812", instrumentDate: day("2026-04-19"), amount: -175000 },
        },
        {
          ledger: "Acme Stores",
          amount: 175000,
          role: "party",
          bills: [
            { name: "INV-1", type: "Agst Ref", amount: 100000 },
            { name: "INV-2", type: "Agst Ref", amount: 50000 },
            { name: "", type: "On Account", amount: 25000 },
          ],
        },
      ],
      inventoryEntries: [],
    };
    expect(onlyVoucher(books)).toEqual(expected);
  });

  it("takes cash without a bank allocation", () => {
    const v = onlyVoucher(makeBooks({ Receipts: [receiptRow({ amount: rupees("300"), againstInvoice: "INV-1" })] }));
    expect(v.ledgerEntries).toEqual([
      { ledger: "Cash", amount: -30000, role: "account" },
      partyLine("Acme Stores", 30000, "INV-1", "Agst Ref"),
    ]);
  });

  it("adds two rows against the same invoice into one bill allocation", () => {
    const rows = [receiptRow({ amount: 10000, againstInvoice: "INV-1" }), receiptRow({ amount: 5000, againstInvoice: "inv-1 " })];
    const v = onlyVoucher(makeBooks({ Receipts: rows }));
    expect(v.ledgerEntries[1].bills).toEqual([{ name: "INV-1", type: "Agst Ref", amount: 15000 }]);
  });

  it.each([
    ["Cheque", "Cheque"],
    ["Bank", "Others"],
    ["Card", "Others"],
  ] as const)("gives mode %s the Tally transaction type %s", (mode, transactionType) => {
    const v = onlyVoucher(makeBooks({ Receipts: [receiptRow({ account: "HDFC", mode, amount: 10000 })] }));
    expect(v.ledgerEntries[0].bank).toEqual({ transactionType, amount: -10000 });
  });
});
