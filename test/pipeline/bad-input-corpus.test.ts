/**
 * Issue #2's bad-input corpus: each malformed cell, broken into an otherwise clean workbook,
 * gives its own finding at that table, sheet row and column, naming the value; nothing throws,
 * and only the voucher that row belongs to is held back.
 */
import { prepareHandoff } from "../../src/core/handoff";
import { gstinCheckCharacter } from "../../src/core/gst";
import type { TableInput, WorkbookInput } from "../../src/core/records/types";
import { baselineWorkbook, GSTIN, withCell } from "../support/baseline-workbook";

type Case = [label: string, table: string, index: number, column: string, value: unknown, code: string];

const withState40 = "40AAPFU0939F1Z" + gstinCheckCharacter("40AAPFU0939F1Z");

const CASES: Case[] = [
  ["an impossible date", "Sales", 0, "Date", "31-02-2026", "cell.invalid"],
  ["an Excel error in a date", "Sales", 0, "Date", "#N/A", "cell.excel-error"],
  ["a date outside the books' years", "Sales", 3, "Date", "2027-05-01", "date.outside-books"],
  ["a date before Books Begin", "Sales", 3, "Date", "2026-03-31", "date.outside-books"],
  ["an invoice number over 16 characters", "Sales", 3, "Invoice No", "INV/2026-27/000001", "number.too-long"],
  ["a # in an invoice number", "Sales", 3, "Invoice No", "INV#3", "number.bad-characters"],
  ["an invoice number starting with /", "Sales", 3, "Invoice No", "/INV3", "number.bad-first-character"],
  ["a blank customer", "Sales", 3, "Customer", "", "cell.blank"],
  [
    "a GSTIN with a wrong check character",
    "Sales",
    2,
    "Customer GSTIN",
    GSTIN.kumar.slice(0, 14) + (GSTIN.kumar[14] === "A" ? "B" : "A"),
    "gstin.check-character",
  ],
  ["a GSTIN one character short", "Sales", 2, "Customer GSTIN", GSTIN.kumar.slice(0, 14), "gstin.length"],
  ["a GSTIN with lower-case junk", "Sales", 2, "Customer GSTIN", "29abcde12345fzz", "gstin.format"],
  ["a GSTIN of a state that does not exist", "Sales", 2, "Customer GSTIN", withState40, "gstin.state"],
  ["an unknown place of supply", "Sales", 3, "Place of Supply", "Atlantis", "place-of-supply.unknown"],
  ["letters in a quantity", "Sales", 2, "Qty", "12abc", "cell.invalid"],
  ["a negative quantity", "Sales", 2, "Qty", -2, "line.qty-not-positive"],
  ["a TRUE in a quantity", "Sales", 2, "Qty", true, "cell.invalid"],
  ["the letter O in a rate", "Sales", 2, "Rate", "1,25O.00", "cell.invalid"],
  ["a negative rate", "Sales", 2, "Rate", -5, "line.rate-negative"],
  ["three decimals in a rate", "Sales", 2, "Rate", "12.505", "cell.invalid"],
  ["a discount over 100%", "Sales", 2, "Discount %", 120, "line.discount-out-of-range"],
  ["a typed taxable value that disagrees with qty x rate", "Sales", 0, "Taxable Value", 1300, "line.taxable-value-mismatch"],
  ["a service line without a taxable value", "Sales", 3, "Taxable Value", "", "line.taxable-value-required"],
  ["an item without a quantity", "Sales", 2, "Qty", "", "line.item-fields-together"],
  ["a GST rate that is no slab", "Sales", 3, "GST Rate %", 17, "gst-rate.not-in-force"],
  ["#VALUE! in a GST rate", "Sales", 3, "GST Rate %", "#VALUE!", "cell.excel-error"],
  ["a blank HSN when Settings requires 4 digits", "Sales", 2, "HSN/SAC", "", "hsn.required"],
  ["letters in an HSN", "Sales", 2, "HSN/SAC", "94A5", "hsn.invalid"],
  ["a second line naming another customer", "Sales", 1, "Customer", "Gupta Traders", "voucher.header-disagrees"],
  ["the same supplier bill booked twice", "Purchases", 1, "Bill No", "BS/101", "purchase.duplicate-bill"],
  ["a supplier bill dated after the purchase", "Purchases", 0, "Bill Date", "2026-04-05", "purchase.bill-date-after-date"],
  ["ITC Eligible Maybe", "Purchases", 0, "ITC Eligible", "Maybe", "cell.invalid"],
  ["a zero receipt", "Receipts", 0, "Amount", 0, "amount.not-positive"],
  ["a receipt against an invoice that does not exist", "Receipts", 0, "Against Invoice", "INV-999", "receipt.invoice-not-found"],
  ["a receipt against another customer's invoice", "Receipts", 0, "Against Invoice", "INV-2", "receipt.invoice-other-customer"],
  ["a payment mode Bitcoin", "Receipts", 0, "Mode", "Bitcoin", "cell.invalid"],
  ["a payment against a bill that does not exist", "Payments", 0, "Against Bill", "BS/999", "payment.bill-not-found"],
  ["an expense on credit without a vendor", "Expenses", 1, "Vendor", "", "expense.credit-without-vendor"],
  ["an expense head nobody mapped", "Expenses", 0, "Expense Head", "Travel", "mapping.unmapped"],
  ["an account nobody mapped", "Payments", 0, "Account", "Axis", "mapping.unmapped"],
  ["a return against an invoice that does not exist", "Returns", 0, "Against Invoice", "INV-77", "return.invoice-not-found"],
  ["a return of more than was sold", "Returns", 0, "Qty", 11, "return.qty-exceeds-invoice"],
  ["a return of an item the invoice did not carry", "Returns", 0, "Item", "Ceiling Fan", "return.item-not-on-invoice"],
  ["a return type Exchange", "Returns", 0, "Type", "Exchange", "cell.invalid"],
  ["a stock move to the same godown", "StockMoves", 0, "To Godown", "main location", "stock-move.same-godown"],
  ["a stock move of zero quantity", "StockMoves", 0, "Qty", 0, "line.qty-not-positive"],
  ["a journal row with both debit and credit", "Journals", 0, "Credit", 10, "journal.debit-and-credit"],
  ["a journal that does not balance", "Journals", 1, "Credit", 1400, "journal.unbalanced"],
];

function run(input: WorkbookInput) {
  let handoff: ReturnType<typeof prepareHandoff> | undefined;
  expect(() => (handoff = prepareHandoff(input))).not.toThrow();
  return handoff!;
}

describe("bad-input corpus", () => {
  const clean = run(baselineWorkbook());

  it("starts from a workbook without findings", () => {
    expect(clean.findings).toEqual([]);
    expect(clean.vouchers).toHaveLength(12);
  });

  it("has at least 40 distinct malformed rows", () => {
    expect(new Set(CASES.map((c) => c[0])).size).toBe(CASES.length);
    expect(CASES.length).toBeGreaterThanOrEqual(40);
  });

  it.each(CASES)("finds %s", (_label, table, index, column, value, code) => {
    const handoff = run(withCell(baselineWorkbook(), table, index, column, value));
    const sheetRow = index + 2;
    const found = handoff.findings.filter((f) => f.code === code && f.table === table && f.row === sheetRow);
    expect(found.map((f) => f.code)).toContain(code);
    const finding = found.find((f) => f.column === column) ?? found[0];
    expect(finding.message.length).toBeGreaterThan(20);
    expect(finding.message).toMatch(/[.!]$/);
    // The row's voucher is held back; the rest of the workbook still becomes vouchers.
    if (finding.severity === "error") {
      expect(handoff.vouchers.length).toBeLessThan(clean.vouchers.length);
      expect(handoff.vouchers.length).toBeGreaterThan(0);
    }
  });

  it("names the wrong value in the message", () => {
    const handoff = run(withCell(baselineWorkbook(), "Sales", 2, "Qty", "12abc"));
    expect(handoff.findings[0].message).toContain('"12abc"');
    expect(handoff.findings[0]).toMatchObject({ table: "Sales", row: 4, column: "Qty", severity: "error", value: "12abc" });
  });

  it("finds a stock move with no godown at all", () => {
    const input = withCell(withCell(baselineWorkbook(), "StockMoves", 0, "From Godown", ""), "StockMoves", 0, "To Godown", "");
    const found = run(input).findings.filter((f) => f.code === "stock-move.no-godown");
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ table: "StockMoves", row: 2, severity: "error" });
  });

  it("reports a missing required column once for the table", () => {
    const input = baselineWorkbook();
    const sales = input.tables.Sales as TableInput;
    const headers = sales.headers.map((h) => (h === "Invoice No" ? "Inv Number X" : h));
    const handoff = run({ tables: { ...input.tables, Sales: { ...sales, headers } } });
    const missing = handoff.findings.filter((f) => f.table === "Sales" && f.code === "column.missing");
    expect(missing).toHaveLength(1);
    expect(missing[0].message).toContain("Invoice No");
  });

  it("keeps names with & < > \" ' and Hindi exactly as typed", () => {
    const name = `Rao & "Sons" <Pune> D'Souza शर्मा`;
    let input = withCell(baselineWorkbook(), "Sales", 3, "Customer", name);
    input = withCell(input, "Sales", 3, "Narration", "5 < 6 & 7 > 3");
    const handoff = run(input);
    expect(handoff.findings).toEqual([]);
    const voucher = handoff.vouchers.find((v) => v.number === "INV-3")!;
    expect(voucher.party).toBe(name);
    expect(voucher.narration).toBe("5 < 6 & 7 > 3");
  });

  it("reads Indian-grouped text amounts and numbers stored as text", () => {
    const input = withCell(baselineWorkbook(), "Sales", 3, "Taxable Value", "1,00,000.50");
    const handoff = run(input);
    expect(handoff.findings).toEqual([]);
    const sales = handoff.vouchers.find((v) => v.number === "INV-3")!.ledgerEntries.find((e) => e.role === "sales")!;
    expect(sales.amount).toBe(10000050);
  });
});
