import type { Books, LedgerMapEntry } from "../records/types";
import { buildContext } from "./context";
import { chequeNumbers, paymentsAgainstBills, positiveAmounts, receiptsAgainstInvoices } from "./rules-money-movements";
import { books, expense, LEDGER_MAP, payment, purchase, receipt, rs, sale } from "./sample-books";

const where = (rule: typeof positiveAmounts, b: Books) => rule(buildContext(b)).map((f) => [f.code, f.table, f.row, f.column]);
const invoice = sale({ row: 2, invoiceNo: "INV-1", customer: "Sharma Traders", taxableValue: rs(1000), gstRate: 18 });

describe("amounts", () => {
  it("must be more than zero on receipts and payments", () => {
    const b = books({ Receipts: [receipt({ row: 2, amount: 0 })], Payments: [payment({ row: 5, amount: rs(-10) })] });
    expect(where(positiveAmounts, b)).toEqual([
      ["amount.not-positive", "Receipts", 2, "Amount"],
      ["amount.not-positive", "Payments", 5, "Amount"],
    ]);
  });

  it("are fine when positive", () => {
    expect(where(positiveAmounts, books({ Receipts: [receipt({ row: 2 })] }))).toEqual([]);
  });
});

describe("receipts against invoices", () => {
  it("reject an invoice number that is not in Sales", () => {
    const b = books({ Sales: [invoice], Receipts: [receipt({ row: 2, againstInvoice: "INV-9" })] });
    expect(where(receiptsAgainstInvoices, b)).toEqual([["receipt.invoice-not-found", "Receipts", 2, "Against Invoice"]]);
  });

  it("reject an invoice of another customer, naming both", () => {
    const b = books({ Sales: [invoice], Receipts: [receipt({ row: 2, customer: "Gupta Stores", againstInvoice: "INV-1" })] });
    const [f] = receiptsAgainstInvoices(buildContext(b));
    expect(f.message).toBe('Against Invoice "INV-1" was issued to "Sharma Traders", not to "Gupta Stores"; check the invoice number or the customer.');
  });

  it("accept an opening bill, an on-account receipt, and a customer mapped to the same ledger", () => {
    const map: LedgerMapEntry[] = [
      ...LEDGER_MAP,
      { row: 30, kind: "Party", workbookValue: "Sharma Traders", tallyName: "Sharma Traders (Pune)" },
      { row: 31, kind: "Party", workbookValue: "Sharma", tallyName: "Sharma Traders (Pune)" },
    ];
    const b = books(
      {
        Sales: [invoice],
        Receipts: [
          receipt({ row: 2, againstInvoice: "OB-17", openingBill: true }),
          receipt({ row: 3, receiptNo: "R-2", againstInvoice: undefined }),
          receipt({ row: 4, receiptNo: "R-3", customer: "Sharma", againstInvoice: "inv-1", amount: rs(100) }),
        ],
      },
      { ledgerMap: map },
    );
    expect(where(receiptsAgainstInvoices, b)).toEqual([]);
  });

  it("say nothing about an invoice with a line the reader could not read (that line has its own finding)", () => {
    const b = books({ Receipts: [receipt({ row: 2, againstInvoice: "INV-1", amount: rs(5000) })] });
    b.rejected.Sales.push({ row: 3, index: 1, voucherNo: "inv-1" });
    expect(where(receiptsAgainstInvoices, b)).toEqual([]);
  });
});

describe("payments against bills", () => {
  const bill = purchase({ row: 2, supplier: "Gupta Mills", billNo: "GM/101" });

  it("reject a bill number that is in neither Purchases nor credit Expenses", () => {
    const b = books({ Purchases: [bill], Payments: [payment({ row: 2, againstBill: "GM/999" })] });
    expect(where(paymentsAgainstBills, b)).toEqual([["payment.bill-not-found", "Payments", 2, "Against Bill"]]);
  });

  it("reject a bill of another supplier, naming it", () => {
    const b = books({ Purchases: [bill], Payments: [payment({ row: 2, payee: "Patel Agro", againstBill: "GM/101" })] });
    const [f] = paymentsAgainstBills(buildContext(b));
    expect(f).toMatchObject({ code: "payment.bill-other-supplier" });
    expect(f.message).toContain('is a bill of "Gupta Mills", not of "Patel Agro"');
  });

  it("accept a purchase bill, an expense bought on credit, and an opening bill", () => {
    const b = books({
      Purchases: [bill],
      Expenses: [expense({ row: 2, vendor: "Patil Estates", billNo: "PE-4", paidFrom: undefined })],
      Payments: [
        payment({ row: 2, againstBill: "GM/101" }),
        payment({ row: 3, paymentNo: "PAY-2", payee: "Patil Estates", againstBill: "PE-4" }),
        payment({ row: 4, paymentNo: "PAY-3", againstBill: "OLD-1", openingBill: true }),
      ],
    });
    expect(where(paymentsAgainstBills, b)).toEqual([]);
  });
});

describe("cheques", () => {
  it("warn when the cheque number is missing", () => {
    const b = books({ Receipts: [receipt({ row: 2, mode: "Cheque" })], Payments: [payment({ row: 2, mode: "Cheque", instrumentNo: "" })] });
    const findings = chequeNumbers(buildContext(b));
    expect(findings.map((f) => [f.code, f.severity, f.table, f.column])).toEqual([
      ["instrument.missing", "warning", "Receipts", "Instrument No"],
      ["instrument.missing", "warning", "Payments", "Instrument No"],
    ]);
  });

  it("are fine with a number, and other modes need none", () => {
    const b = books({ Receipts: [receipt({ row: 2, mode: "Cheque", instrumentNo: "004512" }), receipt({ row: 3, mode: "UPI" })] });
    expect(where(chequeNumbers, b)).toEqual([]);
  });
});
