import type { Books } from "../records/types";
import { buildContext } from "./context";
import { returnsAgainstInvoices } from "./rules-returns";
import { day, makeBooks, purchaseRow, returnRow, rupees, salesRow } from "../../../test/support/books-builder";

const rice = { item: "Basmati Rice", unit: "kg", rate: rupees(80), taxableValue: undefined };
const invoice = [salesRow({ row: 2, ...rice, qty: 10 }), salesRow({ row: 3, ...rice, item: "Toor Dal", qty: 4 })];
const bill = purchaseRow({ row: 2, voucherNo: "P-7", supplier: "Gupta Mills", billNo: "GM/101", ...rice, qty: 50 });
const run = (b: Books) => returnsAgainstInvoices(buildContext(b));

describe("returns against invoices", () => {
  it("need the invoice unless marked External", () => {
    const b = makeBooks({
      Sales: invoice,
      Returns: [
        returnRow({ row: 2, againstInvoice: undefined }),
        returnRow({ row: 3, noteNo: "CN-2", againstInvoice: undefined, external: true }),
      ],
    });
    expect(run(b).map((f) => [f.code, f.row, f.column])).toEqual([["return.against-invoice-required", 2, "Against Invoice"]]);
  });

  it("reject an invoice that is not in Sales, or a bill not in Purchases", () => {
    const b = makeBooks({
      Sales: invoice,
      Purchases: [bill],
      Returns: [
        returnRow({ row: 2, againstInvoice: "INV-404" }),
        returnRow({ row: 3, noteNo: "DN-1", type: "Purchase Return", party: "Gupta Mills", againstInvoice: "INV-1" }),
      ],
    });
    const findings = run(b);
    expect(findings.map((f) => [f.code, f.row])).toEqual([
      ["return.invoice-not-found", 2],
      ["return.invoice-not-found", 3],
    ]);
    expect(findings[1].message).toContain("is not a Bill No or Voucher No in Purchases");
  });

  it("reject an invoice of another party", () => {
    const b = makeBooks({ Sales: invoice, Returns: [returnRow({ row: 2, againstInvoice: "INV-1", party: "Gupta Stores" })] });
    expect(run(b)).toMatchObject([{ code: "return.invoice-other-party", value: "INV-1" }]);
  });

  it("find a purchase by the supplier's Bill No or by our Voucher No", () => {
    const debitNote = { type: "Purchase Return" as const, party: "Gupta Mills", ...rice, qty: 5 };
    const b = makeBooks({
      Purchases: [bill],
      Returns: [
        returnRow({ row: 2, noteNo: "DN-1", againstInvoice: "GM/101", ...debitNote }),
        returnRow({ row: 3, noteNo: "DN-2", againstInvoice: "P-7", ...debitNote }),
      ],
    });
    expect(run(b)).toEqual([]);
  });

  it("say nothing when the invoice has a row the reader could not read", () => {
    const b = makeBooks({ Sales: invoice, Returns: [returnRow({ row: 2, againstInvoice: "INV-1", ...rice, item: "Sugar", qty: 1 })] });
    b.rejected.Sales.push({ row: 4, index: 2, voucherNo: "INV-1" });
    expect(run(b)).toEqual([]);
  });

  it("reject an item the invoice did not carry", () => {
    const b = makeBooks({ Sales: invoice, Returns: [returnRow({ row: 2, againstInvoice: "INV-1", ...rice, item: "Sugar", qty: 1 })] });
    expect(run(b)).toMatchObject([{ code: "return.item-not-on-invoice", column: "Item", value: "Sugar" }]);
  });

  it("refuse only the note that takes the returned total past the invoice, judged in date order, not sheet order", () => {
    // 10 kg sold. Row 2 (CN-2, 20 April) returns 6 and row 3 (CN-1, 15 April) returns 4.5: in date
    // order CN-1 comes first (4.5, fits), then CN-2 would make 10.5 (past 10): CN-2 alone is wrong.
    const b = makeBooks({
      Sales: invoice,
      Returns: [
        returnRow({ row: 2, noteNo: "CN-2", date: day("2026-04-20"), againstInvoice: "INV-1", ...rice, item: "basmati rice", qty: 6 }),
        returnRow({ row: 3, noteNo: "CN-1", date: day("2026-04-15"), againstInvoice: "INV-1", ...rice, qty: 4.5 }),
      ],
    });
    const findings = run(b);
    expect(findings.map((f) => [f.code, f.row, f.column])).toEqual([["return.qty-exceeds-invoice", 2, "Qty"]]);
    expect(findings[0].message).toBe(
      'Qty "6" of "basmati rice" would take the returns against invoice INV-1 to 10.5, more than the 10 the invoice carried (4.5 already returned by earlier notes, in date then number order).',
    );
  });

  it("on one date, judge notes in natural number order, and let a later note that still fits through", () => {
    // 10 sold. CN-9 returns 7 (fits), CN-10 returns 5 (7 + 5 = 12, refused, so it counts no
    // further), CN-11 returns 3 (7 + 3 = 10, fits): only CN-10 is wrong.
    const b = makeBooks({
      Sales: invoice,
      Returns: [
        returnRow({ row: 2, noteNo: "CN-10", againstInvoice: "INV-1", ...rice, qty: 5 }),
        returnRow({ row: 3, noteNo: "CN-11", againstInvoice: "INV-1", ...rice, qty: 3 }),
        returnRow({ row: 4, noteNo: "CN-9", againstInvoice: "INV-1", ...rice, qty: 7 }),
      ],
    });
    expect(run(b).map((f) => [f.code, f.row, f.params])).toEqual([
      ["return.qty-exceeds-invoice", 2, { item: "Basmati Rice", invoice: "INV-1", returned: "12", invoiced: "10", earlier: "7" }],
    ]);
  });

  it("judge a note's lines of one item together: the note is refused on each of them", () => {
    // 10 sold. CN-1 returns 4 (fits); CN-2 returns 3 + 4 on two lines = 7, 11 in all: both its lines.
    const b = makeBooks({
      Sales: invoice,
      Returns: [
        returnRow({ row: 2, noteNo: "CN-1", againstInvoice: "INV-1", ...rice, qty: 4 }),
        returnRow({ row: 3, noteNo: "CN-2", againstInvoice: "INV-1", ...rice, qty: 3 }),
        returnRow({ row: 4, noteNo: "CN-2", againstInvoice: "INV-1", ...rice, qty: 4 }),
      ],
    });
    expect(run(b).map((f) => [f.code, f.row])).toEqual([
      ["return.qty-exceeds-invoice", 3],
      ["return.qty-exceeds-invoice", 4],
    ]);
  });

  it("say only the note's own total when it alone returns more than the invoice carried", () => {
    const b = makeBooks({ Sales: invoice, Returns: [returnRow({ row: 2, againstInvoice: "INV-1", ...rice, qty: 12 })] });
    expect(run(b).map((f) => f.message)).toEqual([
      'Qty "12" of "Basmati Rice" would take the returns against invoice INV-1 to 12, more than the 10 the invoice carried.',
    ]);
  });

  it("accept returns up to the quantity invoiced, and value-only credit notes", () => {
    const b = makeBooks({
      Sales: invoice,
      Returns: [
        returnRow({ row: 2, againstInvoice: "INV-1", ...rice, qty: 6 }),
        returnRow({ row: 3, noteNo: "CN-2", againstInvoice: "INV-1", ...rice, qty: 4 }),
        returnRow({ row: 4, noteNo: "CN-3", againstInvoice: "INV-1", taxableValue: rupees(100) }),
      ],
    });
    expect(run(b)).toEqual([]);
  });
});
