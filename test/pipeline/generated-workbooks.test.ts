/**
 * Issue #2's property: thousands of random valid workbooks, read from raw Excel values, each give
 * vouchers that balance to the paisa, whose tax equals the tax of their own lines, and that
 * account for every row exactly once.
 */
import fc from "fast-check";
import { prepareHandoff } from "../../src/core/handoff";
import { isInterState, placeOfSupply, taxLines } from "../../src/core/gst-tax";
import { lineValue } from "../../src/core/money";
import { OPS_TABLES } from "../../src/core/findings";
import { voucherImbalance } from "../../src/core/vouchers/model";
import { generateWorkbook } from "../support/generate-workbook";

const workbookShape = fc.record({
  seed: fc.integer({ min: 1, max: 2 ** 31 - 1 }),
  salesInvoices: fc.integer({ min: 1, max: 6 }),
  linesPerInvoice: fc.integer({ min: 1, max: 4 }),
  purchases: fc.integer({ min: 0, max: 3 }),
  receipts: fc.integer({ min: 0, max: 3 }),
  payments: fc.integer({ min: 0, max: 2 }),
  expenses: fc.integer({ min: 0, max: 3 }),
  returns: fc.integer({ min: 0, max: 2 }),
  stockMoves: fc.integer({ min: 0, max: 2 }),
  journals: fc.integer({ min: 0, max: 2 }),
  itemShare: fc.double({ min: 0, max: 1, noNaN: true }),
});

describe("random valid workbooks", () => {
  it("balance, carry exactly their lines' tax, and lose no row", () => {
    fc.assert(
      fc.property(workbookShape, (shape) => {
        const handoff = prepareHandoff(generateWorkbook(shape));
        expect(handoff.findings.filter((f) => f.severity === "error")).toEqual([]);

        for (const v of handoff.vouchers) expect(voucherImbalance(v)).toBe(0);

        // Sales tax per voucher, from the rows themselves.
        const state = handoff.books.settings.companyState;
        const salesByRow = new Map(handoff.books.rows.Sales.map((r) => [r.row, r]));
        for (const v of handoff.vouchers.filter((x) => x.kind === "Sales")) {
          let expected = 0;
          for (const rowNo of v.source.rows) {
            const r = salesByRow.get(rowNo)!;
            const pos = placeOfSupply(r.placeOfSupply, r.customerGstin, state);
            if (!pos.ok) throw new Error(pos.reason);
            const taxable = r.taxableValue ?? lineValue(r.qty ?? 0, r.rate ?? 0, r.discountPercent ?? 0);
            for (const t of taxLines(taxable, r.gstRate, isInterState(state, pos.state.code))) expected += t.amount;
          }
          const booked = v.ledgerEntries.filter((e) => e.role === "tax").reduce((s, e) => s + e.amount, 0);
          expect(booked).toBe(expected);
        }

        // Every row in exactly one voucher.
        for (const table of OPS_TABLES) {
          const rows = handoff.books.rows[table].map((r) => r.row).sort((a, b) => a - b);
          const used = handoff.vouchers
            .filter((v) => v.source.table === table)
            .flatMap((v) => v.source.rows)
            .sort((a, b) => a - b);
          expect(used).toEqual(rows);
        }
      }),
      { numRuns: 2000 },
    );
  }, 300_000);
});
