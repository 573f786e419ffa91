/** A Sales invoice's lines: one sales and tax line per rate, tax rounded per line, discounts and typed taxable values. */
import { GSTIN, defaultLedgerMap, makeBooks, mapEntry, rupees, salesRow } from "../../../test/support/books-builder";
import { cgstSgst, onlyVoucher, partyLine, registeredGst, saleHead } from "../../../test/support/built-voucher";
import type { Voucher } from "./model";

describe("a Sales invoice with several rates", () => {
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
      ...saleHead("INV-5", "Acme Stores", 3),
      isInvoice: false,
      gst: registeredGst(GSTIN.customerMH),
      ledgerEntries: [
        partyLine("Acme Stores", -372500, "INV-5", "New Ref"),
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
      ...saleHead("INV-8", "Acme Stores", 2),
      isInvoice: true,
      gst: registeredGst(GSTIN.customerMH),
      ledgerEntries: [partyLine("Acme Stores", -782978, "INV-8", "New Ref"), ...cgstSgst("Output", 59719, 18)],
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
