import type { LedgerMapEntry, LedgerMapKind } from "../records/types";
import { buildContext } from "./context";
import { mappingComplete } from "./rules-mapping";
import { books, expense, journal, KARNATAKA_GSTIN, LEDGER_MAP, payment, purchase, receipt, rs, sale, salesReturn, stockMove, SUPPLIER_GSTIN } from "./sample-books";

const without = (...kinds: LedgerMapKind[]): LedgerMapEntry[] => LEDGER_MAP.filter((e) => !kinds.includes(e.kind));
const run = (b: ReturnType<typeof books>) => mappingComplete(buildContext(b));
const cells = (b: ReturnType<typeof books>) => run(b).map((f) => [f.table, f.row, f.column, f.value]);
const rice = { item: "Basmati Rice", qty: 10, unit: "kg", rate: rs(80), taxableValue: undefined };

describe("mapping completeness", () => {
  it("asks for a sales ledger at the line's rate, in words that say which row to add", () => {
    const findings = run(books({ Sales: [sale({ row: 2, gstRate: 18 })] }, { ledgerMap: without("Sales") }));
    expect(findings).toMatchObject([{ code: "mapping.unmapped", table: "Sales", row: 2, column: "GST Rate %", value: "18" }]);
    expect(findings[0].message).toBe('No Tally ledger is mapped for Sales at 18% GST; add a row to LedgerMap (Kind "Sales", Workbook Value "18").');
  });

  it("asks only for the tax heads the line uses: CGST and SGST within the state, IGST across", () => {
    const map = without("Output IGST");
    const local = books({ Sales: [sale({ row: 2 })] }, { ledgerMap: map });
    const away = books({ Sales: [sale({ row: 2, customerGstin: KARNATAKA_GSTIN })] }, { ledgerMap: map });
    expect(run(local)).toEqual([]);
    expect(run(away).map((f) => f.message)).toEqual([
      'No Tally ledger is mapped for Output IGST at 18% GST; add a row to LedgerMap (Kind "Output IGST", Workbook Value "18").',
    ]);
  });

  it("asks for no tax ledger on a 0% line, nor on a purchase whose tax cannot be claimed", () => {
    const map = without("Output CGST", "Output SGST", "Input IGST");
    const b = books({ Sales: [sale({ row: 2, gstRate: 0 })], Purchases: [purchase({ row: 2, itcEligible: false })] }, { ledgerMap: map });
    expect(run(b)).toEqual([]);
    const claimed = books({ Purchases: [purchase({ row: 2, supplierGstin: SUPPLIER_GSTIN })] }, { ledgerMap: map });
    expect(run(claimed).map((f) => f.message)).toEqual([expect.stringContaining('Kind "Input IGST"')]);
  });

  it("uses the return kinds and the right tax side for credit and debit notes", () => {
    const map = without("SalesReturn", "Input CGST");
    const b = books(
      { Returns: [salesReturn({ row: 2 }), salesReturn({ row: 3, noteNo: "DN-1", type: "Purchase Return", party: "Patel Agro", partyGstin: undefined })] },
      { ledgerMap: map },
    );
    expect(run(b).map((f) => [f.row, f.message.match(/Kind "([^"]+)"/)?.[1]])).toEqual([
      [2, "SalesReturn"],
      [3, "Input CGST"],
    ]);
  });

  it("takes a note's tax heads from its original invoice: a return of an IGST sale reverses IGST", () => {
    const map = without("Output IGST", "Input CGST", "Input SGST");
    const b = books(
      {
        Sales: [sale({ row: 2, placeOfSupply: "Gujarat" })],
        Purchases: [purchase({ row: 2, supplierGstin: undefined, itcEligible: false })],
        Returns: [
          salesReturn({ row: 2 }),
          salesReturn({ row: 3, noteNo: "DN-1", type: "Purchase Return", party: "Gupta Mills", partyGstin: undefined, againstInvoice: "GM/101" }),
        ],
      },
      { ledgerMap: map },
    );
    expect(cells(b)).toEqual([
      ["Sales", 2, "GST Rate %", "18"],
      ["Returns", 2, "GST Rate %", "18"],
    ]);
  });

  it("asks for parties, items, units, godowns and journal ledgers when Require Explicit Mapping is on", () => {
    const b = books(
      { Sales: [sale({ row: 2, ...rice })], StockMoves: [stockMove({ row: 2 })], Journals: [journal({ row: 2, debit: 1 })] },
      { settings: { requireExplicitMapping: true } },
    );
    expect(cells(b)).toEqual([
      ["Sales", 2, "Customer", "Sharma Traders"],
      ["Sales", 2, "Item", "Basmati Rice"],
      ["Sales", 2, "Unit", "kg"],
      ["Sales", 2, "Godown", "Main Location"],
      ["StockMoves", 2, "Item", "Basmati Rice"],
      ["StockMoves", 2, "Unit", "kg"],
      ["StockMoves", 2, "From Godown", "Main Location"],
      ["StockMoves", 2, "To Godown", "Shop"],
      ["Journals", 2, "Ledger", "Depreciation"],
    ]);
  });

  it("reports an item line with no godown and no Default Godown", () => {
    const b = books({ Purchases: [purchase({ row: 2, ...rice })] }, { settings: { defaultGodown: "" } });
    expect(run(b)).toMatchObject([{ code: "mapping.no-godown", column: "Godown" }]);
  });

  it("asks for accounts and expense heads, which never fall back to the same name", () => {
    const b = books({
      Receipts: [receipt({ row: 2, account: "SBI" })],
      Expenses: [expense({ row: 2, expenseHead: "Electricity", paidFrom: "Petty Cash" })],
    });
    expect(run(b).map((f) => f.message)).toEqual([
      'No Tally ledger is mapped for account "SBI"; add a row to LedgerMap (Kind "Account", Workbook Value "SBI").',
      'No Tally ledger is mapped for expense head "Electricity"; add a row to LedgerMap (Kind "Expense", Workbook Value "Electricity").',
      'No Tally ledger is mapped for account "Petty Cash"; add a row to LedgerMap (Kind "Account", Workbook Value "Petty Cash").',
    ]);
  });

  it("takes an expense's tax heads from the vendor's state", () => {
    const b = books({ Expenses: [expense({ row: 2, vendorGstin: KARNATAKA_GSTIN })] }, { ledgerMap: without("Input IGST") });
    expect(cells(b)).toEqual([["Expenses", 2, "GST Rate %", "18"]]);
  });

  it("accepts a payee mapped as a ledger or as a party", () => {
    const map: LedgerMapEntry[] = [
      ...LEDGER_MAP,
      { row: 40, kind: "Ledger", workbookValue: "Office Rent", tallyName: "Rent" },
      { row: 41, kind: "Party", workbookValue: "Gupta Mills", tallyName: "Gupta Mills (Surat)" },
    ];
    const b = books(
      { Payments: [payment({ row: 2, payee: "Office Rent" }), payment({ row: 3, paymentNo: "PAY-2" }), payment({ row: 4, paymentNo: "PAY-3", payee: "Unknown" })] },
      { ledgerMap: map, settings: { requireExplicitMapping: true } },
    );
    expect(cells(b)).toEqual([["Payments", 4, "Payee", "Unknown"]]);
  });

  it("needs a Round Off ledger when totals are rounded", () => {
    expect(run(books({}, { settings: { roundTotals: true, roundOffLedger: "" } }))).toMatchObject([
      { code: "mapping.round-off-missing", table: "HandoffSettings" },
    ]);
    expect(run(books({}, { settings: { roundTotals: true, roundOffLedger: "Round Off" } }))).toEqual([]);
    expect(run(books({}, { settings: { roundTotals: false, roundOffLedger: "" } }))).toEqual([]);
  });

  it("finds nothing missing when every word is mapped", () => {
    const b = books({
      Sales: [sale({ row: 2, ...rice }), sale({ row: 3, customerGstin: KARNATAKA_GSTIN, invoiceNo: "INV-2" })],
      Purchases: [purchase({ row: 2 })],
      Receipts: [receipt({ row: 2 })],
      Payments: [payment({ row: 2 })],
      Expenses: [expense({ row: 2 })],
    });
    expect(run(b)).toEqual([]);
  });
});
