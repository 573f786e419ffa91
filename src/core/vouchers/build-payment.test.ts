import { day, defaultLedgerMap, makeBooks, mapEntry, paymentRow, rupees } from "../../../test/support/books-builder";
import type { Voucher } from "./model";
import { onlyVoucher, partyLine, voucherHead } from "../../../test/support/built-voucher";

describe("a Payments payment becomes a Payment voucher", () => {
  it("pays a supplier's bill by cheque: payee Dr against the bill, bank Cr with the cheque number", () => {
    const books = makeBooks({
      Payments: [
        paymentRow({
          payee: "Bharat Supplies",
          amount: rupees("9,912"),
          mode: "Cheque",
          account: "HDFC",
          againstBill: "BS/101",
          instrumentNo: "000123",
          narration: "Bill BS/101",
        }),
      ],
    });
    const expected: Voucher = {
      ...voucherHead("Payment", "Payment", "Payments", "PY-1", day("2026-04-21")),
      party: "Bharat Supplies",
      narration: "Bill BS/101",
      isInvoice: false,
      ledgerEntries: [
        partyLine("Bharat Supplies", -991200, "BS/101", "Agst Ref"),
        {
          ledger: "HDFC Bank",
          amount: 991200,
          role: "account",
          bank: { transactionType: "Cheque", instrumentNumber: "000123", amount: 991200 },
        },
      ],
      inventoryEntries: [],
    };
    expect(onlyVoucher(books)).toEqual(expected);
  });

  it("pays an advance on account when no bill is named", () => {
    const v = onlyVoucher(makeBooks({ Payments: [paymentRow({ amount: rupees("2,000") })] }));
    expect(v.ledgerEntries).toEqual([
      partyLine("Bharat Supplies", -200000, "", "On Account"),
      { ledger: "Cash", amount: 200000, role: "account" },
    ]);
  });

  it("pays a mapped ledger that is not a party under its Ledger name", () => {
    const ledgerMap = [mapEntry("Ledger", "Salary", "Salaries Payable"), ...defaultLedgerMap()];
    const v = onlyVoucher(makeBooks({ ledgerMap, Payments: [paymentRow({ payee: "Salary", amount: 500000 })] }));
    expect(v.ledgerEntries[0].ledger).toBe("Salaries Payable");
    expect(v.party).toBe("Salaries Payable");
  });
});
