/** A Sales invoice's total rounded to the rupee, and the Tally names it takes from the LedgerMap and Settings. */
import { defaultLedgerMap, makeBooks, mapEntry, rupees, salesRow } from "../../../test/support/books-builder";
import { cgstSgst, onlyVoucher, partyLine, saleHead, UNREGISTERED_LOCAL } from "../../../test/support/built-voucher";
import type { Voucher } from "./model";

describe("rounding the invoice total to the rupee", () => {
  const roundBooks = (taxable: string) =>
    makeBooks({ settings: { roundTotals: true }, Sales: [salesRow({ invoiceNo: "INV-10", taxableValue: rupees(taxable), gstRate: 18 })] });

  it("rounds 1,180.40 down to 1,180.00 with a 0.40 debit to Round Off", () => {
    // 1,000.34 + CGST 90.03 (90.0306) + SGST 90.03 = 1,180.40
    const expected: Voucher = {
      ...saleHead("INV-10", "Acme Stores"),
      isInvoice: false,
      gst: UNREGISTERED_LOCAL,
      ledgerEntries: [
        partyLine("Acme Stores", -118000, "INV-10", "New Ref"),
        { ledger: "Sales", amount: 100034, role: "sales" },
        ...cgstSgst("Output", 9003, 18),
        { ledger: "Round Off", amount: -40, role: "roundoff" },
      ],
      inventoryEntries: [],
    };
    expect(onlyVoucher(roundBooks("1000.34"))).toEqual(expected);
  });

  it("rounds 1,180.61 up to 1,181.00 with a 0.39 credit to Round Off", () => {
    // 1,000.51 + CGST 90.05 (90.0459) + SGST 90.05 = 1,180.61
    const v = onlyVoucher(roundBooks("1000.51"));
    expect(v.ledgerEntries).toEqual([
      partyLine("Acme Stores", -118100, "INV-10", "New Ref"),
      { ledger: "Sales", amount: 100051, role: "sales" },
      ...cgstSgst("Output", 9005, 18),
      { ledger: "Round Off", amount: 39, role: "roundoff" },
    ]);
  });

  it("adds no Round Off line when the total is already whole rupees", () => {
    const v = onlyVoucher(roundBooks("1000"));
    expect(v.ledgerEntries.map((e) => e.role)).toEqual(["party", "sales", "tax", "tax"]);
    expect(v.ledgerEntries[0].amount).toBe(-118000);
  });

  it("names the Round Off ledger through the LedgerMap", () => {
    const ledgerMap = [mapEntry("Ledger", "Round Off", "Rounding Diff A/c"), ...defaultLedgerMap()];
    const books = makeBooks({
      ledgerMap,
      settings: { roundTotals: true },
      Sales: [salesRow({ taxableValue: rupees("1000.34"), gstRate: 18 })],
    });
    expect(onlyVoucher(books).ledgerEntries.at(-1)).toEqual({ ledger: "Rounding Diff A/c", amount: -40, role: "roundoff" });
  });
});

describe("names come from the LedgerMap", () => {
  it("maps customer, item, unit and godown words to their Tally names", () => {
    const ledgerMap = [
      mapEntry("Party", "Acme", "Acme Stores Pvt Ltd"),
      mapEntry("Item", "bolt", "Steel Bolt M8"),
      mapEntry("Unit", "pcs", "Nos"),
      mapEntry("Godown", "Main", "Main Location"),
      ...defaultLedgerMap(),
    ];
    const row = salesRow({ customer: "Acme", item: "bolt", qty: 2, unit: "pcs", rate: 1000, godown: "Main", gstRate: 0 });
    const v = onlyVoucher(makeBooks({ ledgerMap, Sales: [row] }));
    expect(v.party).toBe("Acme Stores Pvt Ltd");
    expect(v.ledgerEntries).toEqual([partyLine("Acme Stores Pvt Ltd", -2000, "INV-1", "New Ref")]);
    expect(v.inventoryEntries).toEqual([
      { item: "Steel Bolt M8", qty: 2, unit: "Nos", rate: 1000, amount: 2000, godown: "Main Location", ledger: "Sales", gstRate: 0 },
    ]);
  });

  it("uses the Settings voucher type name for a custom Sales type", () => {
    const books = makeBooks({
      settings: { voucherTypes: { ...makeBooks().settings.voucherTypes, Sales: "GST Sales" } },
      Sales: [salesRow({ taxableValue: 10000, gstRate: 0 })],
    });
    const v = onlyVoucher(books);
    expect(v.voucherType).toBe("GST Sales");
    expect(v.kind).toBe("Sales");
  });
});
