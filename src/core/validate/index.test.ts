import { validateBooks } from "./index";
import { day, GSTIN, makeBooks, rupees, validGstin } from "../../../test/support/books-builder";

const rice = { item: "Basmati Rice", unit: "kg", hsn: "1006", gstRate: 5 };

/** A small shop's April: a few clean rows in every table. */
const cleanBooks = () =>
  makeBooks({
    Sales: [
      { row: 2, customerGstin: GSTIN.customerMH, ...rice, qty: 10, rate: rupees(80), taxableValue: rupees(800) },
      { row: 3, customerGstin: GSTIN.customerMH, taxableValue: rupees(200), gstRate: 18, hsn: "996511", narration: "Delivery" },
      {
        row: 4,
        invoiceNo: "INV-2",
        date: day("12-Apr-2026"),
        customer: "Shetty Stores",
        customerGstin: GSTIN.karnataka,
        ...rice,
        qty: 20,
        rate: rupees(82),
        discountPercent: 2.5,
      },
    ],
    Purchases: [
      {
        row: 2,
        supplierGstin: GSTIN.gujarat,
        billDate: day("8-Apr-2026"),
        ...rice,
        qty: 100,
        rate: rupees(60),
        taxableValue: rupees(6000),
        godown: "Main Location",
      },
    ],
    Receipts: [
      { row: 2, againstInvoice: "INV-1", amount: rupees(1076), mode: "Bank", account: "HDFC" },
      { row: 3, receiptNo: "RC-2", customer: "Shetty Stores", amount: rupees(500) },
    ],
    Payments: [{ row: 2, againstBill: "BS/101", amount: rupees(6300), mode: "Cheque", account: "HDFC", instrumentNo: "004512" }],
    Expenses: [
      { row: 2, vendor: "Patil Estates", taxableValue: rupees(20000), gstRate: 18, paidFrom: "HDFC" },
      {
        row: 3,
        voucherNo: "EXP-2",
        expenseHead: "Internet",
        vendor: "Speedy Broadband",
        vendorGstin: validGstin("27AAKCS9876Q1Z"),
        billNo: "SB-88",
        taxableValue: rupees(1500),
        gstRate: 18,
      },
    ],
    Returns: [
      {
        row: 2,
        date: day("15-Apr-2026"),
        partyGstin: GSTIN.customerMH,
        againstInvoice: "INV-1",
        ...rice,
        qty: 2,
        rate: rupees(80),
        taxableValue: rupees(160),
        reason: "Damaged bags",
      },
      {
        row: 3,
        noteNo: "DN-1",
        type: "Purchase Return",
        party: "Bharat Supplies",
        partyGstin: GSTIN.gujarat,
        againstInvoice: "BS/101",
        ...rice,
        qty: 5,
        rate: rupees(60),
        taxableValue: rupees(300),
      },
    ],
    StockMoves: [{ row: 2, fromGodown: "Main Location", toGodown: "Shop" }],
    Journals: [
      { row: 2, debit: rupees(1000) },
      { row: 3, ledger: "Furniture", credit: rupees(1000) },
    ],
    settings: { hsnDigits: 4, roundTotals: true },
  });

describe("validateBooks", () => {
  it("finds nothing wrong in clean, realistic books", () => {
    expect(validateBooks(cleanBooks())).toEqual([]);
  });

  it("reports a problem in clean books once it is introduced", () => {
    const b = cleanBooks();
    b.rows.Journals[1] = { ...b.rows.Journals[1], credit: rupees(900) };
    expect(validateBooks(b).map((f) => f.code)).toEqual(["journal.unbalanced", "journal.unbalanced"]);
  });
});
