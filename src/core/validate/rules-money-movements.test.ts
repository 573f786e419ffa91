import type { Books } from "../records/types";
import { buildContext } from "./context";
import { chequeNumbers, paymentsAgainstBills, positiveAmounts, receiptsAgainstInvoices } from "./rules-money-movements";
import {
  defaultLedgerMap,
  expenseRow,
  makeBooks,
  mapEntry,
  paymentRow,
  purchaseRow,
  receiptRow,
  rupees,
  salesRow,
} from "../../../test/support/books-builder";

const where = (rule: typeof positiveAmounts, b: Books) => rule(buildContext(b)).map((f) => [f.code, f.table, f.row, f.column]);
const invoice = salesRow({ row: 2, invoiceNo: "INV-1", customer: "Sharma Traders", taxableValue: rupees(1000), gstRate: 18 });

describe("amounts", () => {
  it("must be more than zero on receipts and payments", () => {
    const b = makeBooks({ Receipts: [receiptRow({ row: 2, amount: 0 })], Payments: [paymentRow({ row: 5, amount: rupees(-10) })] });
    expect(where(positiveAmounts, b)).toEqual([
      ["amount.not-positive", "Receipts", 2, "Amount"],
      ["amount.not-positive", "Payments", 5, "Amount"],
    ]);
  });

  it("are fine when positive", () => {
    expect(where(positiveAmounts, makeBooks({ Receipts: [receiptRow({ row: 2 })] }))).toEqual([]);
  });
});

describe("receipts against invoices", () => {
  it("reject an invoice number that is not in Sales", () => {
    const b = makeBooks({ Sales: [invoice], Receipts: [receiptRow({ row: 2, againstInvoice: "INV-9" })] });
    expect(where(receiptsAgainstInvoices, b)).toEqual([["receipt.invoice-not-found", "Receipts", 2, "Against Invoice"]]);
  });

  it("reject an invoice of another customer, naming both", () => {
    const b = makeBooks({ Sales: [invoice], Receipts: [receiptRow({ row: 2, customer: "Gupta Stores", againstInvoice: "INV-1" })] });
    const [f] = receiptsAgainstInvoices(buildContext(b));
    expect(f.message).toBe(
      'Against Invoice "INV-1" was issued to "Sharma Traders", not to "Gupta Stores"; check the invoice number or the customer.',
    );
  });

  it("accept an opening bill, an on-account receipt, and a customer mapped to the same ledger", () => {
    const ledgerMap = [
      ...defaultLedgerMap(),
      mapEntry("Party", "Sharma Traders", "Sharma Traders (Pune)", 30),
      mapEntry("Party", "Sharma", "Sharma Traders (Pune)", 31),
    ];
    const b = makeBooks({
      Sales: [invoice],
      Receipts: [
        receiptRow({ row: 2, customer: "Sharma Traders", againstInvoice: "OB-17", openingBill: true }),
        receiptRow({ row: 3, receiptNo: "RC-2", customer: "Sharma Traders", againstInvoice: undefined }),
        receiptRow({ row: 4, receiptNo: "RC-3", customer: "Sharma", againstInvoice: "inv-1", amount: rupees(100) }),
      ],
      ledgerMap,
    });
    expect(where(receiptsAgainstInvoices, b)).toEqual([]);
  });

  it("say nothing about an invoice with a line the reader could not read (that line has its own finding)", () => {
    const b = makeBooks({ Receipts: [receiptRow({ row: 2, againstInvoice: "INV-1", amount: rupees(5000) })] });
    b.rejected.Sales.push({ row: 3, index: 1, voucherNo: "inv-1" });
    expect(where(receiptsAgainstInvoices, b)).toEqual([]);
  });
});

describe("payments against bills", () => {
  const bill = purchaseRow({ row: 2, supplier: "Gupta Mills", billNo: "GM/101" });

  it("reject a bill number that is in neither Purchases nor credit Expenses", () => {
    const b = makeBooks({ Purchases: [bill], Payments: [paymentRow({ row: 2, againstBill: "GM/999" })] });
    expect(where(paymentsAgainstBills, b)).toEqual([["payment.bill-not-found", "Payments", 2, "Against Bill"]]);
  });

  it("reject a bill of another supplier, naming it", () => {
    const b = makeBooks({ Purchases: [bill], Payments: [paymentRow({ row: 2, payee: "Patel Agro", againstBill: "GM/101" })] });
    const [f] = paymentsAgainstBills(buildContext(b));
    expect(f).toMatchObject({ code: "payment.bill-other-supplier" });
    expect(f.message).toContain('is a bill of "Gupta Mills", not of "Patel Agro"');
  });

  it("accept a purchase bill, an expense bought on credit, and an opening bill", () => {
    const b = makeBooks({
      Purchases: [bill],
      Expenses: [expenseRow({ row: 2, vendor: "Patil Estates", billNo: "PE-4", paidFrom: undefined })],
      Payments: [
        paymentRow({ row: 2, payee: "Gupta Mills", againstBill: "GM/101" }),
        paymentRow({ row: 3, paymentNo: "PY-2", payee: "Patil Estates", againstBill: "PE-4" }),
        paymentRow({ row: 4, paymentNo: "PY-3", payee: "Gupta Mills", againstBill: "OLD-1", openingBill: true }),
      ],
    });
    expect(where(paymentsAgainstBills, b)).toEqual([]);
  });
});

describe("cheques", () => {
  it("warn when the cheque number is missing", () => {
    const b = makeBooks({
      Receipts: [receiptRow({ row: 2, mode: "Cheque" })],
      Payments: [paymentRow({ row: 2, mode: "Cheque", instrumentNo: "" })],
    });
    const findings = chequeNumbers(buildContext(b));
    expect(findings.map((f) => [f.code, f.severity, f.table, f.column])).toEqual([
      ["instrument.missing", "warning", "Receipts", "Instrument No"],
      ["instrument.missing", "warning", "Payments", "Instrument No"],
    ]);
  });

  it("are fine with a number, and other modes need none", () => {
    const b = makeBooks({
      Receipts: [receiptRow({ row: 2, mode: "Cheque", instrumentNo: "004512" }), receiptRow({ row: 3, mode: "UPI" })],
    });
    expect(where(chequeNumbers, b)).toEqual([]);
  });
});
