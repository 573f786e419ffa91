import { remoteIdOf } from "../identity";
import { GSTIN, day, expenseRow, makeBooks, rupees } from "../../../test/support/books-builder";
import type { Voucher } from "./model";
import { cgstSgst, interStateSupplierGst, onlyVoucher, partyLine, registeredGst, voucherHead } from "../../../test/support/built-voucher";

describe("an Expenses bill becomes a voucher", () => {
  it("books a paid expense as a Payment: expense and input tax Dr, the bank it was paid from Cr", () => {
    const row = expenseRow({
      voucherNo: "EXP-1",
      expenseHead: "Rent",
      vendor: "Sunrise Estates",
      vendorGstin: GSTIN.landlordMH,
      billNo: "SE/APR",
      taxableValue: rupees("25,000"),
      gstRate: 18,
      paidFrom: "HDFC",
      narration: "April rent",
    });
    const expected: Voucher = {
      ...voucherHead("Payment", "Payment", "Expenses", "EXP-1", day("2026-04-05")),
      reference: "SE/APR",
      narration: "April rent",
      isInvoice: false,
      gst: registeredGst(GSTIN.landlordMH),
      ledgerEntries: [
        { ledger: "HDFC Bank", amount: 2950000, role: "account" },
        { ledger: "Rent", amount: -2500000, role: "expense" },
        ...cgstSgst("Input", -225000, 18),
      ],
      inventoryEntries: [],
    };
    expect(onlyVoucher(makeBooks({ Expenses: [row] }))).toEqual(expected);
  });

  it("books an expense on credit as a Journal: vendor Cr with a New Ref bill named by the Bill No", () => {
    const row = expenseRow({
      voucherNo: "EXP-2",
      date: day("2026-04-08"),
      expenseHead: "Internet",
      vendor: "Jio Broadband",
      vendorGstin: GSTIN.gujarat,
      billNo: "JB-4471",
      taxableValue: rupees("1,000"),
      gstRate: 18,
    });
    const expected: Voucher = {
      ...voucherHead("Journal", "Journal", "Expenses", "EXP-2", day("2026-04-08")),
      party: "Jio Broadband",
      reference: "JB-4471",
      isInvoice: false,
      gst: interStateSupplierGst(GSTIN.gujarat, "Gujarat"),
      ledgerEntries: [
        partyLine("Jio Broadband", 118000, "JB-4471", "New Ref"),
        { ledger: "Internet Charges", amount: -100000, role: "expense" },
        { ledger: "Input IGST", amount: -18000, role: "tax", taxHead: "IGST", taxRate: 18 },
      ],
      inventoryEntries: [],
    };
    expect(onlyVoucher(makeBooks({ Expenses: [row] }))).toEqual(expected);
  });

  it("books an on-credit expense as a Purchase when Settings names the Purchase type for it", () => {
    const books = makeBooks({
      settings: { expenseOnCreditType: "Purchase" },
      Expenses: [expenseRow({ vendor: "Sunrise Estates", billNo: "SE/MAY" })],
    });
    const v = onlyVoucher(books);
    expect([v.kind, v.voucherType, v.remoteId]).toEqual(["Purchase", "Purchase", remoteIdOf("Sharma Traders", "Purchase", 2026, "EXP-1")]);
  });

  it("names the credit bill by the voucher number when the Bill No is blank, and carries no GST details without tax", () => {
    const v = onlyVoucher(makeBooks({ Expenses: [expenseRow({ vendor: "Sunrise Estates", taxableValue: rupees("10,000") })] }));
    expect(v.gst).toBeUndefined();
    expect(v.ledgerEntries).toEqual([
      partyLine("Sunrise Estates", 1000000, "EXP-1", "New Ref"),
      { ledger: "Rent", amount: -1000000, role: "expense" },
    ]);
  });
});
