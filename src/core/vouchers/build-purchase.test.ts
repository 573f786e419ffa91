import { GSTIN, day, makeBooks, purchaseRow, rupees } from "../../../test/support/books-builder";
import type { Voucher } from "./model";
import { cgstSgst, interStateSupplierGst, onlyVoucher, partyLine, registeredGst, voucherHead } from "../../../test/support/built-voucher";

const bharat = { supplier: "Bharat Supplies", supplierGstin: GSTIN.supplierMH, billNo: "BS/101", billDate: day("2026-04-11") };

describe("a Purchases bill becomes a Purchase voucher", () => {
  it("books an item bill with claimable ITC: stock in, input CGST and SGST Dr, supplier Cr against the Bill No", () => {
    const books = makeBooks({
      Purchases: [
        purchaseRow({
          ...bharat,
          item: "Steel Bolt",
          qty: 1000,
          unit: "Nos",
          rate: rupees("8.40"),
          gstRate: 18,
          hsn: "7318",
          narration: "Bolts for April",
        }),
      ],
    });
    // 1000 x 8.40 = 8,400.00; CGST = SGST = 756.00; total 9,912.00
    const expected: Voucher = {
      ...voucherHead("Purchase", "Purchase", "Purchases", "PUR-1", day("2026-04-12")),
      party: "Bharat Supplies",
      reference: "BS/101",
      referenceDate: day("2026-04-11"),
      narration: "Bolts for April",
      isInvoice: true,
      gst: registeredGst(GSTIN.supplierMH),
      ledgerEntries: [partyLine("Bharat Supplies", 991200, "BS/101", "New Ref"), ...cgstSgst("Input", -75600, 18)],
      inventoryEntries: [
        {
          item: "Steel Bolt",
          qty: 1000,
          unit: "Nos",
          rate: 840,
          amount: -840000,
          godown: "Main Location",
          ledger: "Purchase",
          hsn: "7318",
          gstRate: 18,
        },
      ],
    };
    expect(onlyVoucher(books)).toEqual(expected);
  });

  it("adds tax that cannot be claimed (ITC Eligible No) to the purchase ledger, and claimable IGST to Input IGST", () => {
    const deccan = {
      voucherNo: "PUR-2",
      supplier: "Deccan Office Supplies",
      supplierGstin: GSTIN.karnataka,
      billNo: "DOS-88",
      billDate: day("2026-04-30"),
    };
    const books = makeBooks({
      Purchases: [
        purchaseRow({ ...deccan, date: day("2026-05-02"), taxableValue: rupees("5,000"), gstRate: 18, itcEligible: false }),
        purchaseRow({ ...deccan, date: day("2026-05-02"), taxableValue: rupees("1,000"), gstRate: 18, itcEligible: true }),
      ],
    });
    // Purchase 5,000 + IGST 900 (not claimable) + 1,000 = 6,900.00 Dr; Input IGST 180.00 Dr; supplier 7,080.00 Cr.
    const expected: Voucher = {
      ...voucherHead("Purchase", "Purchase", "Purchases", "PUR-2", day("2026-05-02"), 2),
      party: "Deccan Office Supplies",
      reference: "DOS-88",
      referenceDate: day("2026-04-30"),
      isInvoice: false,
      // Goods come to the company: place of supply is its own state, the supplier's is Karnataka.
      gst: interStateSupplierGst(GSTIN.karnataka, "Karnataka"),
      ledgerEntries: [
        partyLine("Deccan Office Supplies", 708000, "DOS-88", "New Ref"),
        { ledger: "Purchase", amount: -690000, role: "purchase" },
        { ledger: "Input IGST", amount: -18000, role: "tax", taxHead: "IGST", taxRate: 18 },
      ],
      inventoryEntries: [],
    };
    expect(onlyVoucher(books)).toEqual(expected);
  });

  it("books the unclaimable tax of an item line as a purchase ledger line beside the stock", () => {
    const books = makeBooks({
      Purchases: [
        purchaseRow({ ...bharat, item: "Office Chair", qty: 2, unit: "Nos", rate: rupees("4,000"), gstRate: 18, itcEligible: false }),
      ],
    });
    const v = onlyVoucher(books);
    expect(v.inventoryEntries).toEqual([
      {
        item: "Office Chair",
        qty: 2,
        unit: "Nos",
        rate: 400000,
        amount: -800000,
        godown: "Main Location",
        ledger: "Purchase",
        gstRate: 18,
      },
    ]);
    expect(v.ledgerEntries).toEqual([
      partyLine("Bharat Supplies", 944000, "BS/101", "New Ref"),
      { ledger: "Purchase", amount: -144000, role: "purchase" },
    ]);
  });

  it("charges CGST and SGST when an out-of-state supplier bills a supply inside its own state", () => {
    // A Karnataka hotel billing a stay in Karnataka: place of supply Karnataka, supplier in Karnataka.
    const row = purchaseRow({
      supplier: "Bengaluru Inn",
      supplierGstin: GSTIN.karnataka,
      placeOfSupply: "Karnataka",
      taxableValue: rupees("4,000"),
      gstRate: 12,
    });
    const v = onlyVoucher(makeBooks({ Purchases: [row] }));
    expect(v.gst).toEqual({
      partyGstin: GSTIN.karnataka,
      registrationType: "Regular",
      placeOfSupply: "Karnataka",
      partyState: "Karnataka",
      interState: false,
    });
    expect(v.ledgerEntries.filter((e) => e.role === "tax").map((e) => [e.taxHead, e.amount])).toEqual([
      ["CGST", -24000],
      ["SGST", -24000],
    ]);
  });

  it("charges IGST when an out-of-state supplier delivers to the company's state", () => {
    const row = purchaseRow({
      supplier: "Gujarat Mills",
      supplierGstin: GSTIN.gujarat,
      placeOfSupply: "27",
      taxableValue: rupees("4,000"),
      gstRate: 5,
    });
    const v = onlyVoucher(makeBooks({ Purchases: [row] }));
    expect(v.gst?.interState).toBe(true);
    expect(v.gst?.placeOfSupply).toBe("Maharashtra");
    expect(v.gst?.partyState).toBe("Gujarat");
    expect(v.ledgerEntries.filter((e) => e.role === "tax")).toEqual([
      { ledger: "Input IGST", amount: -20000, role: "tax", taxHead: "IGST", taxRate: 5 },
    ]);
  });

  it("rounds a purchase total with the Round Off line on the other side from a sale", () => {
    // 1,000.34 + 90.03 + 90.03 = 1,180.40 -> supplier 1,180.00 Cr, Round Off 0.40 Cr.
    const books = makeBooks({
      settings: { roundTotals: true },
      Purchases: [purchaseRow({ taxableValue: rupees("1000.34"), gstRate: 18 })],
    });
    const v = onlyVoucher(books);
    expect(v.ledgerEntries[0].amount).toBe(118000);
    expect(v.ledgerEntries.at(-1)).toEqual({ ledger: "Round Off", amount: 40, role: "roundoff" });
  });
});
