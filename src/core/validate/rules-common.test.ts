import type { Books } from "../records/types";
import { buildContext } from "./context";
import { datesInBooks, requiredText, voucherNumbers } from "./rules-common";
import { day, makeBooks } from "../../../test/support/books-builder";

const where = (rule: typeof datesInBooks, b: Books) => rule(buildContext(b)).map((f) => [f.code, f.table, f.row, f.column]);

describe("voucher dates", () => {
  it("rejects a date in a financial year the books do not hold, naming both years", () => {
    const findings = datesInBooks(buildContext(makeBooks({ Sales: [{ row: 2, date: day("1-Apr-2027") }] })));
    expect(findings).toMatchObject([{ code: "date.outside-books", table: "Sales", row: 2, column: "Date", value: "1-Apr-2027" }]);
    expect(findings[0].message).toBe(
      'Date "1-Apr-2027" falls in financial year 2027-28, which is not among the financial years in Settings (2026-27).',
    );
  });

  it("rejects a date before Books Begin inside an allowed year", () => {
    const b = makeBooks({ Journals: [{ row: 5, date: day("9-Apr-2026") }], settings: { booksBegin: day("10-Apr-2026") } });
    expect(where(datesInBooks, b)).toEqual([["date.before-books-begin", "Journals", 5, "Date"]]);
  });

  it("accepts dates inside the books, including the last day of the year and Books Begin itself", () => {
    const b = makeBooks({
      Sales: [{ row: 2, date: day("31-Mar-2027") }],
      Receipts: [{ row: 2, date: day("1-Apr-2026") }],
      settings: { booksBegin: day("1-Apr-2026") },
    });
    expect(where(datesInBooks, b)).toEqual([]);
  });
});

describe("voucher numbers", () => {
  it("requires a number on every row", () => {
    expect(where(voucherNumbers, makeBooks({ Receipts: [{ row: 3, receiptNo: "  " }] }))).toEqual([
      ["number.required", "Receipts", 3, "Receipt No"],
    ]);
  });

  it("allows at most 16 characters, GST document or not", () => {
    const b = makeBooks({
      Sales: [
        { row: 2, invoiceNo: "INV/2026-27/00001" },
        { row: 3, invoiceNo: "INV/2026-27/0002" },
      ],
      StockMoves: [{ row: 2, moveNo: "MOVE-2026-0000001" }],
    });
    expect(where(voucherNumbers, b)).toEqual([
      ["number.too-long", "Sales", 2, "Invoice No"],
      ["number.too-long", "StockMoves", 2, "Move No"],
    ]);
  });

  it("allows only letters, digits, / and - in invoice and note numbers, naming the character", () => {
    const b = makeBooks({ Sales: [{ row: 2, invoiceNo: "INV 7" }], Returns: [{ row: 2, noteNo: "CN#1" }] });
    const findings = voucherNumbers(buildContext(b));
    expect(findings.map((f) => [f.code, f.table])).toEqual([
      ["number.bad-characters", "Sales"],
      ["number.bad-characters", "Returns"],
    ]);
    expect(findings[1].message).toContain('contains "#"');
  });

  it("wants invoice numbers to start with a letter or digit", () => {
    expect(where(voucherNumbers, makeBooks({ Sales: [{ row: 2, invoiceNo: "/26/7" }] }))).toEqual([
      ["number.bad-first-character", "Sales", 2, "Invoice No"],
    ]);
  });

  it("leaves the characters of the company's own other numbers free", () => {
    expect(where(voucherNumbers, makeBooks({ Journals: [{ row: 2, voucherNo: "JV #3" }] }))).toEqual([]);
  });

  it("requires the supplier's Bill No on purchases", () => {
    expect(where(voucherNumbers, makeBooks({ Purchases: [{ row: 4, billNo: "" }] }))).toEqual([
      ["number.required", "Purchases", 4, "Bill No"],
    ]);
  });

  it("accepts typical invoice numbers", () => {
    const b = makeBooks({
      Sales: [
        { row: 2, invoiceNo: "TT/26-27/0001" },
        { row: 3, invoiceNo: "A-9" },
      ],
    });
    expect(where(voucherNumbers, b)).toEqual([]);
  });
});

describe("required text cells", () => {
  it("reports a blank party, account, item or ledger", () => {
    const b = makeBooks({
      Sales: [{ row: 2, customer: "" }],
      Receipts: [{ row: 2, account: " " }],
      StockMoves: [{ row: 2, unit: "" }],
      Journals: [{ row: 2, ledger: "", debit: 100 }],
    });
    expect(where(requiredText, b)).toEqual([
      ["field.required", "Sales", 2, "Customer"],
      ["field.required", "Receipts", 2, "Account"],
      ["field.required", "StockMoves", 2, "Unit"],
      ["field.required", "Journals", 2, "Ledger"],
    ]);
  });

  it("is quiet when they are filled", () => {
    expect(where(requiredText, makeBooks({ Sales: [{ row: 2 }], StockMoves: [{ row: 2 }] }))).toEqual([]);
  });
});
