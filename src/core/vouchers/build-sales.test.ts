import { remoteIdOf } from "../identity";
import { GSTIN, day, defaultLedgerMap, makeBooks, mapEntry, rupees, salesRow } from "../../../test/support/books-builder";
import { buildVouchers } from "./build";
import type { Voucher } from "./model";

const salesId = (number: string) => remoteIdOf("Sharma Traders", "Sales", 2026, number);

function onlyVoucher(books: Parameters<typeof buildVouchers>[0]): Voucher {
  const { vouchers, findings } = buildVouchers(books, []);
  expect(findings).toEqual([]);
  expect(vouchers).toHaveLength(1);
  return vouchers[0];
}

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
      kind: "Sales",
      voucherType: "Sales",
      date: day("2026-04-10"),
      number: "INV-1",
      remoteId: salesId("INV-1"),
      source: { table: "Sales", rows: [2, 3, 4], indexes: [0, 1, 2] },
      party: "Acme Stores",
      narration: "April order",
      isInvoice: true,
      gst: {
        partyGstin: GSTIN.customerMH,
        registrationType: "Regular",
        placeOfSupply: "Maharashtra",
        partyState: "Maharashtra",
        interState: false,
      },
      ledgerEntries: [
        { ledger: "Acme Stores", amount: -253700, role: "party", bills: [{ name: "INV-1", type: "New Ref", amount: -253700 }] },
        { ledger: "Sales", amount: 15000, role: "sales" },
        { ledger: "Output CGST", amount: 19350, role: "tax", taxHead: "CGST", taxRate: 9 },
        { ledger: "Output SGST", amount: 19350, role: "tax", taxHead: "SGST", taxRate: 9 },
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
      kind: "Sales",
      voucherType: "Sales",
      date: day("2026-05-02"),
      number: "INV-2",
      remoteId: salesId("INV-2"),
      source: { table: "Sales", rows: [2, 3], indexes: [0, 1] },
      party: "Deccan Agencies",
      isInvoice: false,
      gst: {
        partyGstin: GSTIN.karnataka,
        registrationType: "Regular",
        placeOfSupply: "Karnataka",
        partyState: "Karnataka",
        interState: true,
      },
      ledgerEntries: [
        { ledger: "Deccan Agencies", amount: -1475000, role: "party", bills: [{ name: "INV-2", type: "New Ref", amount: -1475000 }] },
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
      kind: "Sales",
      voucherType: "Sales",
      date: day("2026-04-10"),
      number: "INV-3",
      remoteId: salesId("INV-3"),
      source: { table: "Sales", rows: [2], indexes: [0] },
      party: "Walk-in Customer",
      isInvoice: false,
      gst: { registrationType: "Unregistered/Consumer", placeOfSupply: "Maharashtra", partyState: "Maharashtra", interState: false },
      ledgerEntries: [
        { ledger: "Walk-in Customer", amount: -52396, role: "party", bills: [{ name: "INV-3", type: "New Ref", amount: -52396 }] },
        { ledger: "Sales", amount: 49900, role: "sales" },
        { ledger: "Output CGST", amount: 1248, role: "tax", taxHead: "CGST", taxRate: 2.5 },
        { ledger: "Output SGST", amount: 1248, role: "tax", taxHead: "SGST", taxRate: 2.5 },
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
      { ledger: "Walk-in Customer", amount: -52395, role: "party", bills: [{ name: "INV-4", type: "New Ref", amount: -52395 }] },
      { ledger: "Sales", amount: 49900, role: "sales" },
      { ledger: "Output IGST", amount: 2495, role: "tax", taxHead: "IGST", taxRate: 5 },
    ]);
  });

  it("books a multi-rate invoice with one sales line and one tax line per rate's ledger", () => {
    const ledgerMap = [
      mapEntry("Sales", "5", "Sales @5%"),
      mapEntry("Sales", "18", "Sales @18%"),
      mapEntry("Output CGST", "5", "Output CGST 2.5%"),
      mapEntry("Output SGST", "5", "Output SGST 2.5%"),
      mapEntry("Output CGST", "18", "Output CGST 9%"),
      mapEntry("Output SGST", "18", "Output SGST 9%"),
      ...defaultLedgerMap(),
    ];
    const line = (taxable: string, gstRate: number) =>
      salesRow({ invoiceNo: "INV-5", customerGstin: GSTIN.customerMH, taxableValue: rupees(taxable), gstRate });
    const books = makeBooks({ ledgerMap, Sales: [line("1000", 5), line("2000", 18), line("300", 5)] });
    // 5%: 1,300.00 with CGST 25.00 + 7.50 = 32.50 (and SGST the same); 18%: 2,000.00 with CGST 180.00.
    const expected: Voucher = {
      kind: "Sales",
      voucherType: "Sales",
      date: day("2026-04-10"),
      number: "INV-5",
      remoteId: salesId("INV-5"),
      source: { table: "Sales", rows: [2, 3, 4], indexes: [0, 1, 2] },
      party: "Acme Stores",
      isInvoice: false,
      gst: {
        partyGstin: GSTIN.customerMH,
        registrationType: "Regular",
        placeOfSupply: "Maharashtra",
        partyState: "Maharashtra",
        interState: false,
      },
      ledgerEntries: [
        { ledger: "Acme Stores", amount: -372500, role: "party", bills: [{ name: "INV-5", type: "New Ref", amount: -372500 }] },
        { ledger: "Sales @5%", amount: 130000, role: "sales" },
        { ledger: "Sales @18%", amount: 200000, role: "sales" },
        { ledger: "Output CGST 2.5%", amount: 3250, role: "tax", taxHead: "CGST", taxRate: 2.5 },
        { ledger: "Output SGST 2.5%", amount: 3250, role: "tax", taxHead: "SGST", taxRate: 2.5 },
        { ledger: "Output CGST 9%", amount: 18000, role: "tax", taxHead: "CGST", taxRate: 9 },
        { ledger: "Output SGST 9%", amount: 18000, role: "tax", taxHead: "SGST", taxRate: 9 },
      ],
      inventoryEntries: [],
    };
    expect(onlyVoucher(books)).toEqual(expected);
  });

  it("sums several rates into one catch-all tax ledger and then names no single rate on it", () => {
    const line = (taxable: string, gstRate: number) => salesRow({ invoiceNo: "INV-6", taxableValue: rupees(taxable), gstRate });
    const v = onlyVoucher(makeBooks({ Sales: [line("1000", 5), line("2000", 18)] }));
    expect(v.ledgerEntries.filter((e) => e.role === "tax")).toEqual([
      { ledger: "Output CGST", amount: 20500, role: "tax", taxHead: "CGST" },
      { ledger: "Output SGST", amount: 20500, role: "tax", taxHead: "SGST" },
    ]);
  });

  it("rounds tax on each line before adding, not on the invoice total", () => {
    // Each 10.10 at 5%: CGST 2.5% = 0.2525 -> 0.25, so 0.50 in all (0.505 -> 0.51 if rounded on the total).
    const line = () => salesRow({ invoiceNo: "INV-7", taxableValue: 1010, gstRate: 5 });
    const v = onlyVoucher(makeBooks({ Sales: [line(), line()] }));
    expect(v.ledgerEntries.find((e) => e.taxHead === "CGST")?.amount).toBe(50);
    expect(v.ledgerEntries[0].amount).toBe(-(2020 + 50 + 50));
  });
});

describe("discounts and typed taxable values", () => {
  it("takes the discount off Qty x Rate and rounds the line half-up to the paisa", () => {
    const common = { invoiceNo: "INV-8", customer: "Acme Stores", customerGstin: GSTIN.customerMH };
    const books = makeBooks({
      Sales: [
        salesRow({ ...common, item: "Paint 20L", qty: 3, unit: "Nos", rate: rupees("2,450"), discountPercent: 10, gstRate: 18 }),
        // 7 x 3.33 = 23.31, less 12.5% = 20.39625 -> 20.40
        salesRow({ ...common, item: "Brush", qty: 7, unit: "Nos", rate: rupees("3.33"), discountPercent: 12.5, gstRate: 18 }),
      ],
    });
    // 6,615.00 + 20.40 = 6,635.40; CGST 595.35 + 1.84 (1.836) = 597.19, SGST the same; total 7,829.78.
    const expected: Voucher = {
      kind: "Sales",
      voucherType: "Sales",
      date: day("2026-04-10"),
      number: "INV-8",
      remoteId: salesId("INV-8"),
      source: { table: "Sales", rows: [2, 3], indexes: [0, 1] },
      party: "Acme Stores",
      isInvoice: true,
      gst: {
        partyGstin: GSTIN.customerMH,
        registrationType: "Regular",
        placeOfSupply: "Maharashtra",
        partyState: "Maharashtra",
        interState: false,
      },
      ledgerEntries: [
        { ledger: "Acme Stores", amount: -782978, role: "party", bills: [{ name: "INV-8", type: "New Ref", amount: -782978 }] },
        { ledger: "Output CGST", amount: 59719, role: "tax", taxHead: "CGST", taxRate: 9 },
        { ledger: "Output SGST", amount: 59719, role: "tax", taxHead: "SGST", taxRate: 9 },
      ],
      inventoryEntries: [
        {
          item: "Paint 20L",
          qty: 3,
          unit: "Nos",
          rate: 245000,
          discountPercent: 10,
          amount: 661500,
          godown: "Main Location",
          ledger: "Sales",
          gstRate: 18,
        },
        {
          item: "Brush",
          qty: 7,
          unit: "Nos",
          rate: 333,
          discountPercent: 12.5,
          amount: 2040,
          godown: "Main Location",
          ledger: "Sales",
          gstRate: 18,
        },
      ],
    };
    expect(onlyVoucher(books)).toEqual(expected);
  });

  it("uses the typed Taxable Value of an item line when there is one", () => {
    const row = salesRow({
      invoiceNo: "INV-9",
      item: "Paint 20L",
      qty: 3,
      unit: "Nos",
      rate: rupees("2,450"),
      discountPercent: 10,
      taxableValue: rupees("6,615.01"),
      gstRate: 18,
    });
    expect(onlyVoucher(makeBooks({ Sales: [row] })).inventoryEntries[0].amount).toBe(661501);
  });
});

describe("rounding the invoice total to the rupee", () => {
  const roundBooks = (taxable: string) =>
    makeBooks({ settings: { roundTotals: true }, Sales: [salesRow({ invoiceNo: "INV-10", taxableValue: rupees(taxable), gstRate: 18 })] });

  it("rounds 1,180.40 down to 1,180.00 with a 0.40 debit to Round Off", () => {
    // 1,000.34 + CGST 90.03 (90.0306) + SGST 90.03 = 1,180.40
    const expected: Voucher = {
      kind: "Sales",
      voucherType: "Sales",
      date: day("2026-04-10"),
      number: "INV-10",
      remoteId: salesId("INV-10"),
      source: { table: "Sales", rows: [2], indexes: [0] },
      party: "Acme Stores",
      isInvoice: false,
      gst: { registrationType: "Unregistered/Consumer", placeOfSupply: "Maharashtra", partyState: "Maharashtra", interState: false },
      ledgerEntries: [
        { ledger: "Acme Stores", amount: -118000, role: "party", bills: [{ name: "INV-10", type: "New Ref", amount: -118000 }] },
        { ledger: "Sales", amount: 100034, role: "sales" },
        { ledger: "Output CGST", amount: 9003, role: "tax", taxHead: "CGST", taxRate: 9 },
        { ledger: "Output SGST", amount: 9003, role: "tax", taxHead: "SGST", taxRate: 9 },
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
      { ledger: "Acme Stores", amount: -118100, role: "party", bills: [{ name: "INV-10", type: "New Ref", amount: -118100 }] },
      { ledger: "Sales", amount: 100051, role: "sales" },
      { ledger: "Output CGST", amount: 9005, role: "tax", taxHead: "CGST", taxRate: 9 },
      { ledger: "Output SGST", amount: 9005, role: "tax", taxHead: "SGST", taxRate: 9 },
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
    expect(v.ledgerEntries).toEqual([
      { ledger: "Acme Stores Pvt Ltd", amount: -2000, role: "party", bills: [{ name: "INV-1", type: "New Ref", amount: -2000 }] },
    ]);
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
