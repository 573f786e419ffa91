/** A Sales invoice becomes a Sales voucher: registered or not, in the state or outside it. */
import { GSTIN, day, makeBooks, rupees, salesRow } from "../../../test/support/books-builder";
import { cgstSgst, onlyVoucher, partyLine, registeredGst, saleHead, UNREGISTERED_LOCAL } from "../../../test/support/built-voucher";
import type { Voucher } from "./model";

describe("a Sales invoice becomes a Sales voucher", () => {
  it("books an intra-state item invoice with CGST and SGST, and a freight line as a sales ledger line", () => {
    const common = { invoiceNo: "INV-1", customer: "Acme Stores", customerGstin: GSTIN.customerMH, narration: "April order" };
    const books = makeBooks({
      Sales: [
        salesRow({ ...common, item: "Steel Bolt", qty: 100, unit: "Nos", rate: rupees("12.50"), gstRate: 18, hsn: "7318" }),
        salesRow({ ...common, item: "Hex Nut", qty: 200, unit: "Nos", rate: rupees("3.75"), gstRate: 18, hsn: "7318", godown: "Shop" }),
        salesRow({ ...common, taxableValue: rupees("150"), gstRate: 18 }),
      ],
    });
    // 1,250.00 + 750.00 + 150.00 = 2,150.00; CGST = SGST = 9% of each line: 112.50 + 67.50 + 13.50 = 193.50.
    const expected: Voucher = {
      ...saleHead("INV-1", "Acme Stores", 3),
      narration: "April order",
      isInvoice: true,
      gst: registeredGst(GSTIN.customerMH),
      ledgerEntries: [
        partyLine("Acme Stores", -253700, "INV-1", "New Ref"),
        { ledger: "Sales", amount: 15000, role: "sales" },
        ...cgstSgst("Output", 19350, 18),
      ],
      inventoryEntries: [
        {
          item: "Steel Bolt",
          qty: 100,
          unit: "Nos",
          rate: 1250,
          amount: 125000,
          godown: "Main Location",
          ledger: "Sales",
          hsn: "7318",
          gstRate: 18,
        },
        { item: "Hex Nut", qty: 200, unit: "Nos", rate: 375, amount: 75000, godown: "Shop", ledger: "Sales", hsn: "7318", gstRate: 18 },
      ],
    };
    expect(onlyVoucher(books)).toEqual(expected);
  });

  it("books an inter-state accounting invoice with IGST and one sales line for the rate", () => {
    const common = { invoiceNo: "INV-2", customer: "Deccan Agencies", customerGstin: GSTIN.karnataka, date: day("2026-05-02") };
    const books = makeBooks({
      Sales: [
        salesRow({ ...common, taxableValue: rupees("10,000"), gstRate: 18 }),
        salesRow({ ...common, taxableValue: rupees("2,500"), gstRate: 18 }),
      ],
    });
    const expected: Voucher = {
      ...saleHead("INV-2", "Deccan Agencies", 2, day("2026-05-02")),
      isInvoice: false,
      gst: registeredGst(GSTIN.karnataka, "Karnataka", true),
      ledgerEntries: [
        partyLine("Deccan Agencies", -1475000, "INV-2", "New Ref"),
        { ledger: "Sales", amount: 1250000, role: "sales" },
        { ledger: "Output IGST", amount: 225000, role: "tax", taxHead: "IGST", taxRate: 18 },
      ],
      inventoryEntries: [],
    };
    expect(onlyVoucher(books)).toEqual(expected);
  });

  it("books an unregistered local customer as Unregistered/Consumer with CGST and SGST, each rounded half-up", () => {
    const books = makeBooks({
      Sales: [salesRow({ invoiceNo: "INV-3", customer: "Walk-in Customer", taxableValue: rupees("499"), gstRate: 5 })],
    });
    // 2.5% of 499.00 = 12.475 -> 12.48 each.
    const expected: Voucher = {
      ...saleHead("INV-3", "Walk-in Customer"),
      isInvoice: false,
      gst: UNREGISTERED_LOCAL,
      ledgerEntries: [
        partyLine("Walk-in Customer", -52396, "INV-3", "New Ref"),
        { ledger: "Sales", amount: 49900, role: "sales" },
        ...cgstSgst("Output", 1248, 5),
      ],
      inventoryEntries: [],
    };
    expect(onlyVoucher(books)).toEqual(expected);
  });

  it("follows a typed place of supply for an unregistered customer in another state (IGST)", () => {
    const books = makeBooks({
      Sales: [salesRow({ invoiceNo: "INV-4", customer: "Walk-in Customer", placeOfSupply: "24", taxableValue: rupees("499"), gstRate: 5 })],
    });
    const v = onlyVoucher(books);
    expect(v.gst).toEqual({ registrationType: "Unregistered/Consumer", placeOfSupply: "Gujarat", partyState: "Gujarat", interState: true });
    // 5% of 499.00 = 24.95
    expect(v.ledgerEntries).toEqual([
      partyLine("Walk-in Customer", -52395, "INV-4", "New Ref"),
      { ledger: "Sales", amount: 49900, role: "sales" },
      { ledger: "Output IGST", amount: 2495, role: "tax", taxHead: "IGST", taxRate: 5 },
    ]);
  });
});
