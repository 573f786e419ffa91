import { GSTIN, day, makeBooks, purchaseRow, returnRow, rupees, salesRow } from "../../../test/support/books-builder";
import { cgstSgst, partyLine, registeredGst, voucherHead } from "../../../test/support/built-voucher";
import type { Books } from "../records/types";
import { buildVouchers } from "./build";
import type { Voucher } from "./model";

function noteOf(books: Books): Voucher {
  const { vouchers, findings } = buildVouchers(books, []);
  expect(findings).toEqual([]);
  const notes = vouchers.filter((v) => v.source.table === "Returns");
  expect(notes).toHaveLength(1);
  return notes[0];
}

const bolt = { item: "Steel Bolt", unit: "Nos", gstRate: 18 };
const sale = salesRow({ invoiceNo: "INV-1", customerGstin: GSTIN.customerMH, ...bolt, qty: 100, rate: rupees("12.50") });
const bought = purchaseRow({
  voucherNo: "PUR-1",
  supplier: "Bharat Supplies",
  supplierGstin: GSTIN.supplierMH,
  billNo: "BS/101",
  ...bolt,
  qty: 1000,
  rate: rupees("8.40"),
});

describe("a Sales Return becomes a Credit Note", () => {
  it("takes the stock back in, debits sales returns and output tax, credits the customer against the invoice", () => {
    const note = returnRow({
      noteNo: "CN-1",
      party: "Acme Stores",
      againstInvoice: "INV-1",
      ...bolt,
      qty: 10,
      rate: rupees("12.50"),
      reason: "Damaged in transit",
    });
    // 10 x 12.50 = 125.00; CGST = SGST = 11.25; total 147.50
    const expected: Voucher = {
      ...voucherHead("CreditNote", "Credit Note", "Returns", "CN-1", day("2026-04-25")),
      party: "Acme Stores",
      narration: "Damaged in transit",
      isInvoice: true,
      gst: registeredGst(GSTIN.customerMH),
      ledgerEntries: [partyLine("Acme Stores", 14750, "INV-1", "Agst Ref"), ...cgstSgst("Output", -1125, 18)],
      inventoryEntries: [
        {
          item: "Steel Bolt",
          qty: 10,
          unit: "Nos",
          rate: 1250,
          amount: -12500,
          godown: "Main Location",
          ledger: "Sales Returns",
          gstRate: 18,
        },
      ],
    };
    expect(noteOf(makeBooks({ Sales: [sale], Returns: [note] }))).toEqual(expected);
  });

  it("follows the original invoice's place of supply, so a return of an IGST sale reverses IGST", () => {
    const shipped = salesRow({ ...sale, invoiceNo: "INV-9", placeOfSupply: "Gujarat" });
    const note = returnRow({ againstInvoice: "INV-9", taxableValue: rupees("1,000"), gstRate: 18 });
    const v = noteOf(makeBooks({ Sales: [shipped], Returns: [note] }));
    expect(v.gst).toEqual({
      partyGstin: GSTIN.customerMH,
      registrationType: "Regular",
      placeOfSupply: "Gujarat",
      partyState: "Maharashtra",
      interState: true,
    });
    expect(v.ledgerEntries).toEqual([
      partyLine("Acme Stores", 118000, "INV-9", "Agst Ref"),
      { ledger: "Sales Returns", amount: -100000, role: "sales" },
      { ledger: "Output IGST", amount: -18000, role: "tax", taxHead: "IGST", taxRate: 18 },
    ]);
  });

  it("credits the customer on account when the original invoice is marked external", () => {
    const note = returnRow({ againstInvoice: "OLD-77", external: true, taxableValue: rupees("100"), gstRate: 0 });
    const v = noteOf(makeBooks({ Returns: [note] }));
    expect(v.ledgerEntries[0]).toEqual({
      ledger: "Acme Stores",
      amount: 10000,
      role: "party",
      bills: [{ name: "", type: "On Account", amount: 10000 }],
    });
  });
});

describe("a Purchase Return becomes a Debit Note", () => {
  it("sends the stock out, credits purchase returns and input tax, debits the supplier against the Bill No", () => {
    const note = returnRow({
      noteNo: "DN-1",
      type: "Purchase Return",
      party: "Bharat Supplies",
      againstInvoice: "BS/101",
      ...bolt,
      qty: 50,
      rate: rupees("8.40"),
      reason: "Wrong size",
    });
    // 50 x 8.40 = 420.00; CGST = SGST = 37.80; total 495.60
    const expected: Voucher = {
      ...voucherHead("DebitNote", "Debit Note", "Returns", "DN-1", day("2026-04-25")),
      party: "Bharat Supplies",
      narration: "Wrong size",
      isInvoice: true,
      gst: registeredGst(GSTIN.supplierMH),
      ledgerEntries: [partyLine("Bharat Supplies", -49560, "BS/101", "Agst Ref"), ...cgstSgst("Input", 3780, 18)],
      inventoryEntries: [
        {
          item: "Steel Bolt",
          qty: 50,
          unit: "Nos",
          rate: 840,
          amount: 42000,
          godown: "Main Location",
          ledger: "Purchase Returns",
          gstRate: 18,
        },
      ],
    };
    expect(noteOf(makeBooks({ Purchases: [bought], Returns: [note] }))).toEqual(expected);
  });

  it("settles the supplier's Bill No even when the note names our own purchase voucher number", () => {
    const note = returnRow({
      noteNo: "DN-2",
      type: "Purchase Return",
      party: "Bharat Supplies",
      againstInvoice: "PUR-1",
      taxableValue: rupees("100"),
      gstRate: 0,
    });
    const v = noteOf(makeBooks({ Purchases: [bought], Returns: [note] }));
    expect(v.ledgerEntries[0].bills).toEqual([{ name: "BS/101", type: "Agst Ref", amount: -10000 }]);
  });

  it("reverses unclaimable tax into the purchase returns ledger when the original bill's ITC was not eligible", () => {
    const noItc = purchaseRow({ ...bought, itcEligible: false });
    const note = returnRow({
      noteNo: "DN-3",
      type: "Purchase Return",
      party: "Bharat Supplies",
      againstInvoice: "BS/101",
      taxableValue: rupees("100"),
      gstRate: 18,
    });
    const v = noteOf(makeBooks({ Purchases: [noItc], Returns: [note] }));
    expect(v.ledgerEntries).toEqual([
      partyLine("Bharat Supplies", -11800, "BS/101", "Agst Ref"),
      { ledger: "Purchase Returns", amount: 11800, role: "purchase" },
    ]);
  });
});
