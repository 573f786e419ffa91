import { readFileSync } from "node:fs";
import path from "node:path";
import { readVouchers, type ExportedVoucher } from "./read-vouchers";

const fixture = (name: string): string => readFileSync(path.resolve(__dirname, "../../../test/fixtures/tally/responses", name), "utf8");

function imbalance(v: ExportedVoucher): number {
  const ledgers = v.ledgerEntries.reduce((s, e) => s + e.amount, 0);
  return ledgers + v.inventoryEntries.reduce((s, e) => s + e.amount, 0);
}

describe("readVouchers from a Voucher collection", () => {
  const [payment, invoice, cancelled, stockJournal] = readVouchers(fixture("export-vouchers-collection.xml"));

  it("reads every voucher of the collection in order", () => {
    expect(readVouchers(fixture("export-vouchers-collection.xml")).map((v) => v.voucherNumber)).toEqual([
      "PAY/0007",
      "INV/2026-27/0042",
      "3",
      "SJ/1",
    ]);
  });

  it("reads identities, date, type, number, party and narration", () => {
    expect(payment).toMatchObject({
      guid: "9c1e2f30-aaaa-4bbb-8ccc-0123456789ab-00000029",
      remoteId: "th-1a2b3c4d-0001-0002-0003-000000000001",
      vchKey: "9c1e2f30-aaaa-4bbb-8ccc-0123456789ab-0000b2f0:00000010",
      masterId: 41,
      alterId: 77,
      date: { y: 2026, m: 4, d: 15 },
      voucherType: "Payment",
      voucherNumber: "PAY/0007",
      partyLedger: "HDFC Bank",
      narration: "Rent for April & May",
      isCancelled: false,
    });
  });

  it("reads ledger lines with Tally's signs and drops empty scaffolding lines", () => {
    expect(payment.ledgerEntries).toEqual([
      { ledger: "Rent", amount: -1500000, isDeemedPositive: true },
      { ledger: "HDFC Bank", amount: 1500000, isDeemedPositive: false },
    ]);
    expect(payment.inventoryEntries).toEqual([]);
  });

  it("reads an invoice from LEDGERENTRIES plus inventory without counting ALLLEDGERENTRIES twice", () => {
    expect(invoice.ledgerEntries).toEqual([
      { ledger: "Sharma & Sons Traders", amount: -2360000, isDeemedPositive: true },
      { ledger: "Output CGST", amount: 180000, isDeemedPositive: false },
      { ledger: "Output SGST", amount: 180000, isDeemedPositive: false },
    ]);
    expect(invoice.inventoryEntries).toEqual([
      {
        item: "Steel Bolt M8",
        qty: 40,
        unit: "Nos",
        rate: 50000,
        amount: 2000000,
        godown: "Main Location",
        ledger: "Sales @ 18%",
        isDeemedPositive: false,
      },
    ]);
    expect(imbalance(invoice)).toBe(0);
  });

  it("reads a cancelled voucher that has no entries left", () => {
    expect(cancelled).toMatchObject({ isCancelled: true, voucherType: "Journal", ledgerEntries: [], inventoryEntries: [] });
    expect(cancelled.remoteId).toBe(cancelled.guid);
  });

  it("reads both sides of a stock journal, stock out positive and stock in negative", () => {
    expect(stockJournal.inventoryEntries.map((e) => [e.item, e.qty, e.unit, e.rate, e.amount, e.godown])).toEqual([
      ["Copper Wire 2.5mm", 100, "Mtr", 2500, 250000, "Main Location"],
      ["Copper Wire 2.5mm", 100, "Mtr", 2500, -250000, "Back Store"],
    ]);
    expect(imbalance(stockJournal)).toBe(0);
  });

  it("leaves out optional fields Tally did not send", () => {
    expect(invoice).not.toHaveProperty("narration");
    expect(stockJournal).not.toHaveProperty("partyLedger");
  });
});

describe("readVouchers from a Day Book reply", () => {
  it("reads TALLYMESSAGE vouchers, lenient amounts included, and skips the COMPANY block", () => {
    const vouchers = readVouchers(fixture("export-day-book-tallymessage.xml"));
    expect(vouchers).toHaveLength(1);
    expect(vouchers[0]).toMatchObject({
      remoteId: "th-1a2b3c4d-0001-0002-0003-000000000005",
      date: { y: 2026, m: 5, d: 20 },
      voucherType: "Receipt",
      voucherNumber: "12",
      alterId: 90,
      narration: "UPI/REF 4471 from Sharma & Sons",
      ledgerEntries: [
        { ledger: "Cash", amount: -500000, isDeemedPositive: true },
        { ledger: "Sharma & Sons Traders", amount: 500000, isDeemedPositive: false },
      ],
    });
    expect(vouchers[0]).not.toHaveProperty("masterId");
  });

  it("falls back to the VCHTYPE and DATE attributes when the elements are missing", () => {
    const text =
      '<ENVELOPE><BODY><DATA><TALLYMESSAGE><VOUCHER VCHTYPE="Contra" DATE="01-Aug-2026" REMOTEID="r-1">' +
      "<ALLLEDGERENTRIES.LIST><LEDGERNAME>Cash</LEDGERNAME><AMOUNT>-100</AMOUNT></ALLLEDGERENTRIES.LIST>" +
      "</VOUCHER></TALLYMESSAGE></DATA></BODY></ENVELOPE>";
    expect(readVouchers(text)).toEqual([
      {
        remoteId: "r-1",
        date: { y: 2026, m: 8, d: 1 },
        voucherType: "Contra",
        voucherNumber: "",
        isCancelled: false,
        ledgerEntries: [{ ledger: "Cash", amount: -10000, isDeemedPositive: false }],
        inventoryEntries: [],
      },
    ]);
  });

  it("reads inventory nested under a ledger line when there is no inventory list of its own", () => {
    const text =
      "<ENVELOPE><BODY><DATA><COLLECTION><VOUCHER><DATE>20260801</DATE>" +
      "<ALLLEDGERENTRIES.LIST><LEDGERNAME>Sales</LEDGERNAME><AMOUNT>1000.00</AMOUNT>" +
      "<INVENTORYALLOCATIONS.LIST><STOCKITEMNAME>Pen</STOCKITEMNAME><RATE>10/Nos</RATE>" +
      "<ACTUALQTY> 100 Nos</ACTUALQTY><AMOUNT>1000.00</AMOUNT></INVENTORYALLOCATIONS.LIST>" +
      "</ALLLEDGERENTRIES.LIST></VOUCHER></COLLECTION></DATA></BODY></ENVELOPE>";
    expect(readVouchers(text)[0].inventoryEntries).toEqual([
      { item: "Pen", qty: 100, unit: "Nos", rate: 1000, amount: 100000, isDeemedPositive: false },
    ]);
  });

  it("returns no vouchers for an empty or broken reply", () => {
    expect(readVouchers("")).toEqual([]);
    expect(readVouchers("<ENVELOPE><BODY><DATA><COLLECTION><VOUCHER>")).toEqual([]);
  });
});
