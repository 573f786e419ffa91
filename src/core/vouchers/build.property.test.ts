import fc from "fast-check";
import type { CalendarDate } from "../dates";
import { taxLines } from "../gst-tax";
import { lineValue, type Paise } from "../money";
import type { PurchaseRow, SalesRow } from "../records/types";
import { makeBooks } from "../../../test/support/books-builder";
import { buildVouchers } from "./build";
import { voucherImbalance, type Voucher } from "./model";

// Random but valid books: the builder's totals are checked against taxLines/lineValue directly,
// with the place of supply worked out here from the rules, not by the builder's own helpers.
const COMPANY_STATE = "27";
const STATES = ["27", "29", "24", "07", "33"];
const RATES = [0, 0.25, 3, 5, 18, 40];

interface Line {
  item?: { qty: number; rate: Paise; discountPercent?: number };
  taxableValue: Paise;
  gstRate: number;
  itcEligible: boolean;
}
interface Invoice {
  date: CalendarDate;
  partyState?: string;
  typedState?: string;
  lines: Line[];
}

const dateArb = fc
  .record({ m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 28 }) })
  .map(({ m, d }) => ({ y: m >= 4 ? 2026 : 2027, m, d }));
const lineArb: fc.Arbitrary<Line> = fc.record({
  item: fc.option(
    fc.record({
      qty: fc.integer({ min: 1, max: 40_000 }).map((q) => q / 4), // quarters: 0.25 .. 10,000
      rate: fc.integer({ min: 0, max: 10_000_000 }),
      discountPercent: fc.option(fc.constantFrom(0, 2.5, 5, 10, 12.5, 33.33, 100), { nil: undefined }),
    }),
    { nil: undefined },
  ),
  taxableValue: fc.integer({ min: 0, max: 1_000_000_000 }),
  gstRate: fc.constantFrom(...RATES),
  itcEligible: fc.boolean(),
});
const invoiceArb: fc.Arbitrary<Invoice> = fc.record({
  date: dateArb,
  partyState: fc.option(fc.constantFrom(...STATES), { nil: undefined }),
  typedState: fc.option(fc.constantFrom(...STATES), { nil: undefined }),
  lines: fc.array(lineArb, { minLength: 1, maxLength: 5 }),
});

const gstinOf = (state: string | undefined) => (state ? `${state}AAACA5678M1Z7` : undefined);
const taxableOf = (l: Line) => (l.item ? lineValue(l.item.qty, l.item.rate, l.item.discountPercent ?? 0) : l.taxableValue);
const itemFields = (l: Line) => (l.item ? { item: "Steel Bolt", unit: "Nos", ...l.item } : { taxableValue: l.taxableValue });

function salesRows(invoices: Invoice[]): SalesRow[] {
  return invoices.flatMap((inv, i) =>
    inv.lines.map((l) => ({
      row: 0,
      index: -1,
      date: inv.date,
      invoiceNo: `INV-${i}`,
      customer: "Acme Stores",
      customerGstin: gstinOf(inv.partyState),
      placeOfSupply: inv.typedState,
      gstRate: l.gstRate,
      ...itemFields(l),
    })),
  );
}

function purchaseRows(invoices: Invoice[]): PurchaseRow[] {
  return invoices.flatMap((inv, i) =>
    inv.lines.map((l) => ({
      row: 0,
      index: -1,
      date: inv.date,
      voucherNo: `PUR-${i}`,
      supplier: "Bharat Supplies",
      supplierGstin: gstinOf(inv.partyState),
      billNo: `B-${i}`,
      placeOfSupply: inv.typedState,
      gstRate: l.gstRate,
      itcEligible: l.itcEligible,
      ...itemFields(l),
    })),
  );
}

/** Inter-state per the rules: sales by place of supply vs company; purchases by supplier vs place of supply. */
function interState(inv: Invoice, side: "sale" | "purchase"): boolean {
  if (side === "sale") return (inv.typedState ?? inv.partyState ?? COMPANY_STATE) !== COMPANY_STATE;
  return (inv.partyState ?? COMPANY_STATE) !== (inv.typedState ?? COMPANY_STATE);
}

function expectedTax(inv: Invoice, side: "sale" | "purchase"): { claimable: Paise; all: Paise; taxable: Paise } {
  let claimable = 0;
  let all = 0;
  let taxable = 0;
  for (const l of inv.lines) {
    const value = taxableOf(l);
    taxable += value;
    for (const t of taxLines(value, l.gstRate, interState(inv, side))) {
      all += t.amount;
      if (side === "sale" || l.itcEligible) claimable += t.amount;
    }
  }
  return { claimable, all, taxable };
}

const sumOf = (entries: { amount: Paise }[]) => entries.reduce((s, e) => s + e.amount, 0);
/** -0 and 0 are the same money. */
const money = (n: number) => n + 0;

function checkVoucher(v: Voucher, inv: Invoice, side: "sale" | "purchase", roundTotals: boolean): void {
  const sign = side === "sale" ? 1 : -1;
  const { claimable, all, taxable } = expectedTax(inv, side);
  expect(voucherImbalance(v)).toBe(0);
  expect(v.gst?.interState).toBe(interState(inv, side));
  expect(money(sumOf(v.ledgerEntries.filter((e) => e.role === "tax")))).toBe(money(sign * claimable));
  const party = v.ledgerEntries.filter((e) => e.role === "party");
  expect(party).toHaveLength(1);
  const roundOff = sumOf(v.ledgerEntries.filter((e) => e.role === "roundoff"));
  expect(money(-sign * party[0].amount)).toBe(money(taxable + all + sign * roundOff));
  if (roundTotals) expect(Math.abs(party[0].amount) % 100).toBe(0);
  expect(Math.abs(roundOff)).toBeLessThanOrEqual(50);
}

describe("every valid sales and purchase book becomes balanced vouchers", () => {
  it("balances every voucher, books exactly the per-line tax, and puts every row in exactly one voucher", () => {
    fc.assert(
      fc.property(
        fc.array(invoiceArb, { maxLength: 6 }),
        fc.array(invoiceArb, { maxLength: 6 }),
        fc.boolean(),
        (sales, purchases, roundTotals) => {
          const books = makeBooks({ settings: { roundTotals }, Sales: salesRows(sales), Purchases: purchaseRows(purchases) });
          const { vouchers, findings } = buildVouchers(books, []);
          expect(findings).toEqual([]);
          expect(vouchers).toHaveLength(sales.length + purchases.length);
          for (const v of vouchers) {
            const i = Number(v.number.split("-")[1]);
            if (v.kind === "Sales") checkVoucher(v, sales[i], "sale", roundTotals);
            else checkVoucher(v, purchases[i], "purchase", roundTotals);
          }
          for (const table of ["Sales", "Purchases"] as const) {
            const landed = vouchers.filter((v) => v.source.table === table).flatMap((v) => v.source.rows);
            expect([...landed].sort((a, b) => a - b)).toEqual(books.rows[table].map((r) => r.row));
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});
