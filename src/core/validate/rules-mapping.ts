/**
 * Every workbook word a voucher will name must resolve to a Tally name through LedgerMap
 * (docs/workbook.md "The hidden sheet"): parties, sales/purchase ledgers by GST rate, tax ledgers
 * by head and rate (only the heads the line uses), accounts, expense heads, items, units,
 * godowns, journal ledgers and the Round Off ledger. The voucher builders hold back a voucher
 * with an unmapped word without saying why; these findings say why, at the cell.
 */
import { finding, type Finding, type OpsTable, type TableName } from "../findings";
import { taxKind } from "../mapping";
import type { LedgerMapKind, ReturnRow } from "../records/types";
import { originalInvoices } from "../vouchers/original-invoices";
import { purchaseSupply, salesSupply, type Supply } from "../vouchers/supply";
import { isBlank, type RuleContext } from "./context";

const INTER_STATE_HEADS = ["IGST"] as const;
const INTRA_STATE_HEADS = ["CGST", "SGST"] as const;

/** Records unmapped words; resolution is cached per (kind, word), as most words repeat. */
class MappingCheck {
  readonly out: Finding[] = [];
  private readonly known = new Map<LedgerMapKind, Map<string, boolean>>();

  constructor(private readonly ctx: RuleContext) {}

  resolves(kind: LedgerMapKind, value: string): boolean {
    let words = this.known.get(kind);
    if (!words) this.known.set(kind, (words = new Map()));
    let ok = words.get(value);
    if (ok === undefined) words.set(value, (ok = this.ctx.ledgers.resolve(kind, value) !== undefined));
    return ok;
  }

  /** A word in a cell; blank cells are the required-field rule's business. */
  need(kind: LedgerMapKind, value: string | number | undefined, table: TableName, row: number, column: string): void {
    if (value === undefined) return;
    const text = String(value).trim();
    if (text === "" || this.resolves(kind, text)) return;
    this.out.push(finding("mapping.unmapped", { table, row, column, value: text }, { kind, key: text }));
  }

  /** The line's value ledger by rate and its tax ledgers, one per head the line actually uses. */
  needLedgers(kind: LedgerMapKind, side: "Output" | "Input" | undefined, line: Line, supply: Supply | undefined, table: OpsTable): void {
    this.need(kind, line.gstRate, table, line.row, "GST Rate %");
    if (side) this.needTaxes(side, line, supply, table);
  }

  /** Tax ledgers by head and total rate: CGST and SGST within the state, IGST across; none at 0%. */
  needTaxes(side: "Output" | "Input", line: Line, supply: Supply | undefined, table: OpsTable): void {
    if (!supply || line.gstRate === 0) return;
    for (const head of supply.interState ? INTER_STATE_HEADS : INTRA_STATE_HEADS) {
      this.need(taxKind(side, head), line.gstRate, table, line.row, "GST Rate %");
    }
  }

  /** Item, Unit and the godown (the row's, else Settings' Default Godown) of an item line. */
  needStock(line: Line, table: OpsTable): void {
    if (isBlank(line.item)) return;
    this.need("Item", line.item, table, line.row, "Item");
    this.need("Unit", line.unit, table, line.row, "Unit");
    const godown = isBlank(line.godown) ? this.ctx.settings.defaultGodown : line.godown;
    if (isBlank(godown)) this.out.push(finding("mapping.no-godown", { table, row: line.row, column: "Godown", value: "" }));
    else this.need("Godown", godown, table, line.row, "Godown");
  }
}

interface Line {
  row: number;
  gstRate: number;
  item?: string;
  unit?: string;
  godown?: string;
}

function invoices(check: MappingCheck, ctx: RuleContext): void {
  const own = ctx.settings.companyState;
  for (const group of ctx.groups.Sales) {
    const supply = salesSupply(group.rows[0].placeOfSupply, group.rows[0].customerGstin, own);
    for (const row of group.rows) {
      check.need("Party", row.customer, "Sales", row.row, "Customer");
      check.needLedgers("Sales", "Output", row, supply, "Sales");
      check.needStock(row, "Sales");
    }
  }
  for (const group of ctx.groups.Purchases) {
    const supply = purchaseSupply(group.rows[0].placeOfSupply, group.rows[0].supplierGstin, own);
    for (const row of group.rows) {
      check.need("Party", row.supplier, "Purchases", row.row, "Supplier");
      // ITC Eligible No: the tax is part of the cost and books to the purchase ledger (build-purchase.ts).
      check.needLedgers("Purchase", row.itcEligible ? "Input" : undefined, row, supply, "Purchases");
      check.needStock(row, "Purchases");
    }
  }
  for (const group of ctx.groups.Returns) {
    const { sales, supply, taxIsCost } = noteSupply(group.rows[0], ctx);
    const side = sales ? "Output" : taxIsCost ? undefined : "Input";
    for (const row of group.rows) {
      check.need("Party", row.party, "Returns", row.row, "Party");
      check.needLedgers(sales ? "SalesReturn" : "PurchaseReturn", side, row, supply, "Returns");
      check.needStock(row, "Returns");
    }
  }
}

/**
 * A note reverses its original invoice's tax, so it takes the original's place of supply and, for a
 * purchase whose tax was not claimable, books the tax as cost (as build-return.ts does).
 */
function noteSupply(first: ReturnRow, ctx: RuleContext): { sales: boolean; supply: Supply | undefined; taxIsCost: boolean } {
  const own = ctx.settings.companyState;
  const against = first.external ? "" : (first.againstInvoice?.trim() ?? "");
  const originals = originalInvoices(ctx.books);
  if (first.type === "Sales Return") {
    const sale = against ? originals.sale(against) : undefined;
    return {
      sales: true,
      supply: salesSupply(sale?.placeOfSupply, first.partyGstin?.trim() || sale?.customerGstin, own),
      taxIsCost: false,
    };
  }
  const bought = against ? originals.purchase(against) : undefined;
  const supply = purchaseSupply(bought?.placeOfSupply, first.partyGstin?.trim() || bought?.supplierGstin, own);
  return { sales: false, supply, taxIsCost: bought?.itcEligible === false };
}

function moneyAndStock(check: MappingCheck, ctx: RuleContext): void {
  for (const row of ctx.rows.Receipts) {
    check.need("Party", row.customer, "Receipts", row.row, "Customer");
    check.need("Account", row.account, "Receipts", row.row, "Account");
  }
  for (const row of ctx.rows.Payments) {
    // A payee is a supplier or any other ledger (rent, salary): either mapping will do.
    if (!check.resolves("Ledger", row.payee.trim())) check.need("Party", row.payee, "Payments", row.row, "Payee");
    check.need("Account", row.account, "Payments", row.row, "Account");
  }
  for (const group of ctx.groups.Expenses) {
    const supply = purchaseSupply(undefined, group.rows[0].vendorGstin, ctx.settings.companyState);
    for (const row of group.rows) {
      check.need("Expense", row.expenseHead, "Expenses", row.row, "Expense Head");
      check.need("Party", row.vendor, "Expenses", row.row, "Vendor");
      check.need("Account", row.paidFrom, "Expenses", row.row, "Paid From");
      check.needTaxes("Input", row, supply, "Expenses");
    }
  }
  for (const row of ctx.rows.StockMoves) {
    check.need("Item", row.item, "StockMoves", row.row, "Item");
    check.need("Unit", row.unit, "StockMoves", row.row, "Unit");
    check.need("Godown", row.fromGodown, "StockMoves", row.row, "From Godown");
    check.need("Godown", row.toGodown, "StockMoves", row.row, "To Godown");
  }
  for (const row of ctx.rows.Journals) check.need("Ledger", row.ledger, "Journals", row.row, "Ledger");
}

/** Every word a voucher names has a Tally name; the Round Off ledger too when totals are rounded. */
export function mappingComplete(ctx: RuleContext): Finding[] {
  const check = new MappingCheck(ctx);
  invoices(check, ctx);
  moneyAndStock(check, ctx);
  const { roundTotals, roundOffLedger } = ctx.settings;
  if (roundTotals && isBlank(roundOffLedger)) {
    check.out.push(finding("mapping.round-off-missing", { table: "HandoffSettings", row: 0, column: "Round Off Ledger", value: "" }));
  } else if (roundTotals) {
    check.need("Ledger", roundOffLedger, "HandoffSettings", 0, "Round Off Ledger");
  }
  return check.out;
}
