/**
 * Issue #14: a rule across rows refuses only the rows that break it. Each case puts a valid row
 * beside an invalid one, runs validation and the voucher builder as the hand-off does, and checks
 * the valid one becomes a voucher while only the invalid one's row has the finding.
 */
import type { Books } from "../records/types";
import { buildVouchers } from "../vouchers/build";
import { validateBooks } from "./index";
import { day, makeBooks, rupees } from "../../../test/support/books-builder";

function handOff(books: Books) {
  const findings = validateBooks(books);
  const built = buildVouchers(books, findings);
  const all = [...findings, ...built.findings];
  return {
    vouchers: built.vouchers.map((v) => `${v.source.table} ${v.number}`),
    findings: all.map((f) => [f.table, f.row, f.code]),
  };
}

const rice = { item: "Basmati Rice", qty: 10, unit: "kg", rate: rupees(80) };

describe("rules across rows refuse only the rows that break them", () => {
  it("two credit notes against one invoice: the one that returns more than is left is refused, the other goes", () => {
    // 10 kg sold on INV-1. CN-1 (15 April) returns 4: fits. CN-2 (20 April) returns 7: 11 in all, past 10.
    const books = makeBooks({
      Sales: [{ row: 2, ...rice }],
      Returns: [
        { row: 2, noteNo: "CN-2", date: day("2026-04-20"), againstInvoice: "INV-1", ...rice, qty: 7 },
        { row: 3, noteNo: "CN-1", date: day("2026-04-15"), againstInvoice: "INV-1", ...rice, qty: 4 },
      ],
    });
    expect(handOff(books)).toEqual({
      vouchers: ["Sales INV-1", "Returns CN-1"],
      findings: [["Returns", 2, "return.qty-exceeds-invoice"]],
    });
  });

  it("one supplier bill entered twice: the later purchase is refused, the first one goes", () => {
    const bill = { supplier: "Gupta Mills", billNo: "GM/101", billDate: day("2026-04-01"), ...rice };
    const books = makeBooks({
      Purchases: [
        { row: 2, voucherNo: "P-2", date: day("2026-04-09"), ...bill },
        { row: 3, voucherNo: "P-1", date: day("2026-04-03"), ...bill },
      ],
    });
    expect(handOff(books)).toEqual({ vouchers: ["Purchases P-1"], findings: [["Purchases", 2, "purchase.duplicate-bill"]] });
  });

  it("receipts against one invoice: both go, and only the one past the invoice's total is warned about", () => {
    // INV-1 is 800 + 18% = 944. RC-1 takes 900 (fits), RC-2 takes 100 more: 1,000, past 944.
    const books = makeBooks({
      Sales: [{ row: 2, ...rice }],
      Receipts: [
        { row: 2, receiptNo: "RC-2", date: day("2026-04-22"), amount: rupees(100), againstInvoice: "INV-1" },
        { row: 3, receiptNo: "RC-1", date: day("2026-04-21"), amount: rupees(900), againstInvoice: "INV-1" },
      ],
    });
    expect(handOff(books)).toEqual({
      vouchers: ["Sales INV-1", "Receipts RC-2", "Receipts RC-1"],
      findings: [["Receipts", 2, "receipt.above-invoice"]],
    });
  });

  it("receipts and payments naming a bill: only the one whose bill is not there is refused", () => {
    const books = makeBooks({
      Sales: [{ row: 2, ...rice }],
      Purchases: [{ row: 2, voucherNo: "P-1", ...rice, qty: 1 }],
      Receipts: [
        { row: 2, receiptNo: "RC-1", amount: rupees(500), againstInvoice: "INV-1" },
        { row: 3, receiptNo: "RC-2", amount: rupees(400), againstInvoice: "INV-9" },
      ],
      Payments: [
        { row: 2, paymentNo: "PY-1", amount: rupees(500), againstBill: "BS/101" },
        { row: 3, paymentNo: "PY-2", amount: rupees(400), againstBill: "BS/999" },
      ],
    });
    expect(handOff(books)).toEqual({
      vouchers: ["Sales INV-1", "Purchases P-1", "Receipts RC-1", "Payments PY-1"],
      findings: [
        ["Receipts", 3, "receipt.invoice-not-found"],
        ["Payments", 3, "payment.bill-not-found"],
      ],
    });
  });

  it("one number made by two tables: both wait (neither is wrong alone), each names the other, and the rest go", () => {
    const books = makeBooks({
      Payments: [
        { row: 2, paymentNo: "PY-1" },
        { row: 3, paymentNo: "PY-2" },
      ],
      Expenses: [{ row: 2, voucherNo: "PY-1", paidFrom: "Cash" }],
    });
    expect(handOff(books)).toEqual({
      vouchers: ["Payments PY-2"],
      findings: [
        ["Payments", 2, "voucher.same-number"],
        ["Expenses", 2, "voucher.same-number"],
      ],
    });
  });
});
