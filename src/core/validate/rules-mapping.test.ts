import type { Books, LedgerMapEntry, LedgerMapKind } from "../records/types";
import { buildContext } from "./context";
import { mappingComplete } from "./rules-mapping";
import { defaultLedgerMap, GSTIN, makeBooks, mapEntry, rupees } from "../../../test/support/books-builder";

const without = (...kinds: LedgerMapKind[]): LedgerMapEntry[] => defaultLedgerMap().filter((e) => !kinds.includes(e.kind));
const run = (b: Books) => mappingComplete(buildContext(b));
const cells = (b: Books) => run(b).map((f) => [f.table, f.row, f.column, f.value]);
const rice = { item: "Basmati Rice", qty: 10, unit: "kg", rate: rupees(80), taxableValue: undefined };

describe("mapping completeness", () => {
  it("asks for a sales ledger at the line's rate, in words that say which row to add", () => {
    const findings = run(makeBooks({ Sales: [{ row: 2, gstRate: 18 }], ledgerMap: without("Sales") }));
    expect(findings).toMatchObject([{ code: "mapping.unmapped", table: "Sales", row: 2, column: "GST Rate %", value: "18" }]);
    expect(findings[0].message).toBe(
      'No Tally ledger is mapped for Sales at 18% GST; add a row to LedgerMap (Kind "Sales", Workbook Value "18").',
    );
  });

  it("asks only for the tax heads the line uses: CGST and SGST within the state, IGST across", () => {
    const map = without("Output IGST");
    const local = makeBooks({ Sales: [{ row: 2, customerGstin: GSTIN.customerMH }], ledgerMap: map });
    const away = makeBooks({ Sales: [{ row: 2, customerGstin: GSTIN.karnataka }], ledgerMap: map });
    expect(run(local)).toEqual([]);
    expect(run(away).map((f) => f.message)).toEqual([
      'No Tally ledger is mapped for Output IGST at 18% GST; add a row to LedgerMap (Kind "Output IGST", Workbook Value "18").',
    ]);
  });

  it("asks for no tax ledger on a 0% line, nor on a purchase whose tax cannot be claimed", () => {
    const map = without("Output CGST", "Output SGST", "Input IGST");
    const fromGujarat = { supplierGstin: GSTIN.gujarat };
    const b = makeBooks({
      Sales: [{ row: 2, gstRate: 0 }],
      Purchases: [{ row: 2, ...fromGujarat, itcEligible: false }],
      ledgerMap: map,
    });
    expect(run(b)).toEqual([]);
    const claimed = makeBooks({ Purchases: [{ row: 2, ...fromGujarat }], ledgerMap: map });
    expect(run(claimed).map((f) => f.message)).toEqual([expect.stringContaining('Kind "Input IGST"')]);
  });

  it("uses the return kinds and the right tax side for credit and debit notes", () => {
    const map = without("SalesReturn", "Input CGST");
    const b = makeBooks({
      Returns: [
        { row: 2, partyGstin: GSTIN.customerMH },
        { row: 3, noteNo: "DN-1", type: "Purchase Return", party: "Patel Agro", partyGstin: undefined },
      ],
      ledgerMap: map,
    });
    expect(run(b).map((f) => [f.row, f.message.match(/Kind "([^"]+)"/)?.[1]])).toEqual([
      [2, "SalesReturn"],
      [3, "Input CGST"],
    ]);
  });

  it("takes a note's tax heads from its original invoice: a return of an IGST sale reverses IGST", () => {
    const map = without("Output IGST", "Input CGST", "Input SGST");
    const b = makeBooks({
      Sales: [{ row: 2, customerGstin: GSTIN.customerMH, placeOfSupply: "Gujarat" }],
      Purchases: [{ row: 2, supplierGstin: undefined, itcEligible: false }],
      Returns: [
        { row: 2, partyGstin: GSTIN.customerMH, againstInvoice: "INV-1" },
        {
          row: 3,
          noteNo: "DN-1",
          type: "Purchase Return",
          party: "Bharat Supplies",
          partyGstin: undefined,
          againstInvoice: "BS/101",
        },
      ],
      ledgerMap: map,
    });
    expect(cells(b)).toEqual([
      ["Sales", 2, "GST Rate %", "18"],
      ["Returns", 2, "GST Rate %", "18"],
    ]);
  });

  it("asks for parties, items, units, godowns and journal ledgers when Require Explicit Mapping is on", () => {
    const b = makeBooks({
      Sales: [{ row: 2, ...rice }],
      StockMoves: [{ row: 2, fromGodown: "Main Location", toGodown: "Shop" }],
      Journals: [{ row: 2, debit: 1 }],
      settings: { requireExplicitMapping: true },
    });
    expect(cells(b)).toEqual([
      ["Sales", 2, "Customer", "Acme Stores"],
      ["Sales", 2, "Item", "Basmati Rice"],
      ["Sales", 2, "Unit", "kg"],
      ["Sales", 2, "Godown", "Main Location"],
      ["StockMoves", 2, "Item", "Steel Bolt"],
      ["StockMoves", 2, "Unit", "Nos"],
      ["StockMoves", 2, "From Godown", "Main Location"],
      ["StockMoves", 2, "To Godown", "Shop"],
      ["Journals", 2, "Ledger", "Depreciation"],
    ]);
  });

  it("reports an item line with no godown and no Default Godown", () => {
    const b = makeBooks({ Purchases: [{ row: 2, ...rice }], settings: { defaultGodown: "" } });
    expect(run(b)).toMatchObject([{ code: "mapping.no-godown", column: "Godown" }]);
  });

  it("asks for accounts and expense heads, which never fall back to the same name", () => {
    const b = makeBooks({
      Receipts: [{ row: 2, account: "SBI" }],
      Expenses: [{ row: 2, expenseHead: "Electricity", vendor: "Patil Estates", paidFrom: "Petty Cash" }],
    });
    expect(run(b).map((f) => f.message)).toEqual([
      'No Tally ledger is mapped for account "SBI"; add a row to LedgerMap (Kind "Account", Workbook Value "SBI").',
      'No Tally ledger is mapped for expense head "Electricity"; add a row to LedgerMap (Kind "Expense", Workbook Value "Electricity").',
      'No Tally ledger is mapped for account "Petty Cash"; add a row to LedgerMap (Kind "Account", Workbook Value "Petty Cash").',
    ]);
  });

  it("takes an expense's tax heads from the vendor's state", () => {
    const b = makeBooks({
      Expenses: [{ row: 2, vendorGstin: GSTIN.karnataka, gstRate: 18 }],
      ledgerMap: without("Input IGST"),
    });
    expect(cells(b)).toEqual([["Expenses", 2, "GST Rate %", "18"]]);
  });

  it("accepts a payee mapped as a ledger or as a party", () => {
    const map = [
      ...defaultLedgerMap(),
      mapEntry("Ledger", "Office Rent", "Rent"),
      mapEntry("Party", "Bharat Supplies", "Bharat Supplies (Surat)"),
    ];
    const b = makeBooks({
      Payments: [
        { row: 2, payee: "Office Rent" },
        { row: 3, paymentNo: "PY-2", payee: "Bharat Supplies" },
        { row: 4, paymentNo: "PY-3", payee: "Unknown" },
      ],
      ledgerMap: map,
      settings: { requireExplicitMapping: true },
    });
    expect(cells(b)).toEqual([["Payments", 4, "Payee", "Unknown"]]);
  });

  it("needs a Round Off ledger when totals are rounded", () => {
    expect(run(makeBooks({ settings: { roundTotals: true, roundOffLedger: "" } }))).toMatchObject([
      { code: "mapping.round-off-missing", table: "HandoffSettings" },
    ]);
    expect(run(makeBooks({ settings: { roundTotals: true, roundOffLedger: "Round Off" } }))).toEqual([]);
    expect(run(makeBooks({ settings: { roundTotals: false, roundOffLedger: "" } }))).toEqual([]);
  });

  it("finds nothing missing when every word is mapped", () => {
    const b = makeBooks({
      Sales: [
        { row: 2, customerGstin: GSTIN.customerMH, ...rice },
        { row: 3, customerGstin: GSTIN.karnataka, invoiceNo: "INV-2" },
      ],
      Purchases: [{ row: 2, supplierGstin: GSTIN.gujarat }],
      Receipts: [{ row: 2, mode: "Bank", account: "HDFC" }],
      Payments: [{ row: 2 }],
      Expenses: [{ row: 2, vendor: "Patil Estates", gstRate: 18, paidFrom: "HDFC" }],
    });
    expect(run(b)).toEqual([]);
  });
});
