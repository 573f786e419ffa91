import { finding, type Finding } from "../findings";
import { remoteIdOf } from "../identity";
import {
  day,
  defaultLedgerMap,
  expenseRow,
  GSTIN,
  makeBooks,
  paymentRow,
  receiptRow,
  rupees,
  salesRow,
} from "../../../test/support/books-builder";
import type { SalesRow } from "../records/types";
import { buildVouchers } from "./build";

const error = (table: Finding["table"], row: number): Finding =>
  finding("line.qty-not-positive", { table, row, column: "Qty", value: "0" });

describe("holding back vouchers with errors", () => {
  const books = makeBooks({
    Sales: [
      salesRow({ invoiceNo: "INV-1", taxableValue: 10000 }),
      salesRow({ invoiceNo: "INV-1", taxableValue: 20000 }),
      salesRow({ invoiceNo: "INV-2", taxableValue: 30000 }),
    ],
  });

  it("holds back the whole invoice when one of its lines has an error, and builds the others", () => {
    const { vouchers } = buildVouchers(books, [error("Sales", 3)]);
    expect(vouchers.map((v) => v.number)).toEqual(["INV-2"]);
  });

  it("does not hold back for a warning, or for an error on the same row of another table", () => {
    const warning: Finding = { ...error("Sales", 3), severity: "warning" };
    const { vouchers } = buildVouchers(books, [warning, error("Receipts", 3)]);
    expect(vouchers.map((v) => v.number)).toEqual(["INV-1", "INV-2"]);
  });

  it("holds back an invoice when one of its rows could not be read at all", () => {
    const rejected = makeBooks({ Sales: books.rows.Sales, rejected: { Sales: [{ row: 9, index: 7, voucherNo: " inv-2" }] } });
    expect(buildVouchers(rejected, []).vouchers.map((v) => v.number)).toEqual(["INV-1"]);
  });

  it("holds back the whole table when the table itself has an error (a missing column)", () => {
    const missingColumn = finding("column.missing", { table: "Sales", row: 0, column: "GST Rate %" });
    const both = makeBooks({ Sales: books.rows.Sales, Receipts: [receiptRow({})] });
    expect(buildVouchers(both, [missingColumn]).vouchers.map((v) => v.kind)).toEqual(["Receipt"]);
  });

  it("returns only its own new findings, never the ones passed in", () => {
    const given = [error("Sales", 3), { ...error("Sales", 4), severity: "warning" as const }];
    expect(buildVouchers(books, given).findings).toEqual([]);
  });

  it("holds back a voucher whose customer has no Tally name, leaving the message to validation", () => {
    const strict = makeBooks({ settings: { requireExplicitMapping: true }, Sales: [salesRow({ taxableValue: 100 })] });
    expect(buildVouchers(strict, [])).toEqual({ vouchers: [], findings: [] });
  });

  it("holds back a receipt into an account alias the LedgerMap does not know, without crashing", () => {
    const books2 = makeBooks({ Receipts: [receiptRow({ account: "SBI" })], ledgerMap: defaultLedgerMap() });
    expect(buildVouchers(books2, [])).toEqual({ vouchers: [], findings: [] });
  });

  it("holds back a sale whose place of supply cannot be read, or whose line has no value", () => {
    const bad = makeBooks({
      Sales: [
        salesRow({ invoiceNo: "INV-1", placeOfSupply: "Atlantis", taxableValue: 100 }),
        salesRow({ invoiceNo: "INV-2", item: "Bolt", qty: 1 }),
      ],
    });
    expect(buildVouchers(bad, [])).toEqual({ vouchers: [], findings: [] });
  });
});

describe("Remote IDs", () => {
  it("are the same every time the same books are built", () => {
    const books = makeBooks({ Sales: [salesRow({ taxableValue: 100 })] });
    const first = buildVouchers(books, []).vouchers[0].remoteId;
    expect(buildVouchers(makeBooks({ Sales: [salesRow({ taxableValue: 999 })] }), []).vouchers[0].remoteId).toBe(first);
    expect(first).toBe(remoteIdOf("sharma  traders", "Sales", 2026, "INV-1"));
  });

  it("differ per financial year, per kind and per number", () => {
    const books = makeBooks({
      settings: { financialYears: [2026, 2027] },
      Sales: [
        salesRow({ invoiceNo: "100", date: day("2026-04-10"), taxableValue: 100 }),
        salesRow({ invoiceNo: "100", date: day("2027-04-10"), taxableValue: 100 }),
        salesRow({ invoiceNo: "101", date: day("2026-04-10"), taxableValue: 100 }),
      ],
      Receipts: [receiptRow({ receiptNo: "100", date: day("2026-04-10") })],
    });
    const { vouchers } = buildVouchers(books, []);
    expect(vouchers.map((v) => [v.kind, v.number, v.date.y])).toEqual([
      ["Sales", "100", 2026],
      ["Sales", "100", 2027],
      ["Sales", "101", 2026],
      ["Receipt", "100", 2026],
    ]);
    expect(new Set(vouchers.map((v) => v.remoteId)).size).toBe(4);
  });

  it("hold back both vouchers when two tables would make one kind of voucher with one number, each naming the other's row", () => {
    const books = makeBooks({
      Payments: [paymentRow({ paymentNo: "PY-7" }), paymentRow({ paymentNo: "PY-8" })],
      Expenses: [expenseRow({ voucherNo: "PY-7", paidFrom: "Cash" }), expenseRow({ voucherNo: "PY-7", paidFrom: "Cash" })],
    });
    const { vouchers, findings } = buildVouchers(books, []);
    // Neither PY-7 is wrong alone, so both wait; PY-8 beside them goes.
    expect(vouchers.map((v) => [v.source.table, v.number])).toEqual([["Payments", "PY-8"]]);
    expect(findings.map((f) => [f.table, f.row, f.code, f.severity])).toEqual([
      ["Payments", 2, "voucher.same-number", "error"],
      ["Expenses", 2, "voucher.same-number", "error"],
      ["Expenses", 3, "voucher.same-number", "error"],
    ]);
    expect(findings[0].message).toBe(
      "Payment PY-7 would be a Payment voucher with the same number as Expenses row 2 for 2026-27; Tally would keep only one, so each waits. Give one of them another number.",
    );
    expect(findings[1].message).toContain("with the same number as Payments row 2 for 2026-27");
  });
});

describe("receipts above an invoice's total", () => {
  const invoice = salesRow({ invoiceNo: "INV-7", taxableValue: rupees("10,000"), gstRate: 18 }); // total 11,800.00

  it("warns only on the receipt that takes the invoice past its total, judged in date order, not sheet order", () => {
    // 11,800 due. RC-2 (row 2, 20 April) for 2,500 and RC-1 (row 3, 15 April) for 10,000: in date
    // order RC-1 comes first and fits; RC-2 then makes 12,500, past the total: RC-2 alone is warned.
    const books = makeBooks({
      Sales: [invoice],
      Receipts: [
        receiptRow({ receiptNo: "RC-2", date: day("2026-04-20"), amount: rupees("2,500"), againstInvoice: "inv-7" }),
        receiptRow({ receiptNo: "RC-1", date: day("2026-04-15"), amount: rupees("10,000"), againstInvoice: "INV-7" }),
      ],
    });
    const { vouchers, findings } = buildVouchers(books, []);
    expect(vouchers).toHaveLength(3);
    const message =
      "With this receipt, receipts against invoice INV-7 come to 12,500.00, more than its total of 11,800.00 (10,000.00 received before it, in date then number order).";
    const params = { invoice: "INV-7", received: rupees("12,500"), total: rupees("11,800"), earlier: rupees("10,000") };
    expect(findings).toEqual([
      {
        table: "Receipts",
        row: 2,
        column: "Against Invoice",
        severity: "warning",
        code: "receipt.above-invoice",
        message,
        params,
        value: "inv-7",
      },
    ]);
  });

  it("warns on every receipt after the total is passed, and on none before it", () => {
    const books = makeBooks({
      Sales: [invoice],
      Receipts: [
        receiptRow({ row: 2, receiptNo: "RC-10", amount: rupees("500"), againstInvoice: "INV-7" }),
        receiptRow({ row: 3, receiptNo: "RC-9", amount: rupees("11,800"), againstInvoice: "INV-7" }),
        receiptRow({ row: 4, receiptNo: "RC-8", amount: rupees("100"), againstInvoice: "INV-7" }),
      ],
    });
    // RC-8 (100) and RC-9 (11,900 in all) in natural order: RC-9 goes past, RC-10 is past too.
    expect(buildVouchers(books, []).findings.map((f) => [f.row, f.code])).toEqual([
      [3, "receipt.above-invoice"],
      [2, "receipt.above-invoice"],
    ]);
  });

  it("says nothing when receipts add up to the total exactly", () => {
    const books = makeBooks({ Sales: [invoice], Receipts: [receiptRow({ amount: rupees("11,800"), againstInvoice: "INV-7" })] });
    expect(buildVouchers(books, []).findings).toEqual([]);
  });
});

describe("volume", () => {
  it("builds 100,000 sales lines into 20,000 invoices without slowing down per line", () => {
    // Plain literals: spreading 100,000 test rows would cost more than the build itself.
    const date = day("2026-04-10");
    const rows: SalesRow[] = [];
    for (let i = 0; i < 100_000; i++) {
      const customerGstin = i % 10 < 5 ? undefined : GSTIN.karnataka;
      const discountPercent = i % 4 === 0 ? 5 : undefined;
      const line = { item: `Item ${i % 50}`, qty: (i % 9) + 1, unit: "Nos", rate: 1000 + i, discountPercent, gstRate: [5, 12, 18][i % 3] };
      rows.push({ row: i + 2, index: i, date, invoiceNo: `INV-${Math.floor(i / 5)}`, customer: "Acme Stores", customerGstin, ...line });
    }
    const started = performance.now();
    const { vouchers } = buildVouchers(makeBooks({ Sales: rows }), [error("Sales", 50)]);
    const ms = performance.now() - started;
    expect(vouchers).toHaveLength(19_999);
    expect(vouchers.some((v) => v.number === "INV-9")).toBe(false);
    // Linear work takes a second or two even on a busy 2-core machine; anything quadratic would take minutes.
    expect(ms).toBeLessThan(60_000);
  });
});
