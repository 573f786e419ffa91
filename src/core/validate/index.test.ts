import { validateBooks } from "./index";
import {
  books,
  d,
  expense,
  gstin,
  journal,
  KARNATAKA_GSTIN,
  payment,
  purchase,
  receipt,
  rs,
  sale,
  salesReturn,
  stockMove,
  SUPPLIER_GSTIN,
} from "./sample-books";

const rice = { item: "Basmati Rice", unit: "kg", hsn: "1006", gstRate: 5 };

/** A small shop's April: a few clean rows in every table. */
const cleanBooks = () =>
  books(
    {
      Sales: [
        sale({ row: 2, invoiceNo: "INV-1", ...rice, qty: 10, rate: rs(80), taxableValue: rs(800) }),
        sale({ row: 3, invoiceNo: "INV-1", taxableValue: rs(200), gstRate: 18, hsn: "996511", narration: "Delivery" }),
        sale({
          row: 4,
          invoiceNo: "INV-2",
          date: d("12-Apr-2026"),
          customer: "Shetty Stores",
          customerGstin: KARNATAKA_GSTIN,
          ...rice,
          qty: 20,
          rate: rs(82),
          discountPercent: 2.5,
          taxableValue: undefined,
        }),
      ],
      Purchases: [purchase({ row: 2, ...rice, qty: 100, rate: rs(60), taxableValue: rs(6000), godown: "Main Location" })],
      Receipts: [
        receipt({ row: 2, againstInvoice: "INV-1", amount: rs(1076) }),
        receipt({ row: 3, receiptNo: "R-2", customer: "Shetty Stores", mode: "Cash", account: "Cash", amount: rs(500) }),
      ],
      Payments: [payment({ row: 2, againstBill: "GM/101", amount: rs(6300), mode: "Cheque", instrumentNo: "004512" })],
      Expenses: [
        expense({ row: 2 }),
        expense({
          row: 3,
          voucherNo: "E-2",
          expenseHead: "Freight",
          vendor: "Speedy Logistics",
          vendorGstin: gstin("27AAKCS9876Q1Z"),
          billNo: "SL-88",
          taxableValue: rs(1500),
          gstRate: 5,
          paidFrom: undefined,
        }),
      ],
      Returns: [
        salesReturn({ row: 2, date: d("15-Apr-2026"), ...rice, qty: 2, rate: rs(80), taxableValue: rs(160), reason: "Damaged bags" }),
        salesReturn({
          row: 3,
          noteNo: "DN-1",
          type: "Purchase Return",
          party: "Gupta Mills",
          partyGstin: SUPPLIER_GSTIN,
          againstInvoice: "GM/101",
          ...rice,
          qty: 5,
          rate: rs(60),
          taxableValue: rs(300),
        }),
      ],
      StockMoves: [stockMove({ row: 2 })],
      Journals: [journal({ row: 2, debit: rs(1000) }), journal({ row: 3, ledger: "Furniture", credit: rs(1000) })],
    },
    { settings: { hsnDigits: 4, roundTotals: true } },
  );

describe("validateBooks", () => {
  it("finds nothing wrong in clean, realistic books", () => {
    expect(validateBooks(cleanBooks())).toEqual([]);
  });

  it("reports a problem in clean books once it is introduced", () => {
    const b = cleanBooks();
    b.rows.Journals[1] = { ...b.rows.Journals[1], credit: rs(900) };
    expect(validateBooks(b).map((f) => f.code)).toEqual(["journal.unbalanced", "journal.unbalanced"]);
  });
});
