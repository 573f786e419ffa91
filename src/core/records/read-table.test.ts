import fc from "fast-check";
import { OPS_TABLES } from "../findings";
import { isBlank } from "./cells";
import type { ColumnSpec } from "./columns";
import { OPS_TABLE_DECLARATIONS } from "./ops-tables";
import { PAYMENTS_TABLE } from "./payments";
import { readOpsTable } from "./read-table";

const PAYMENT_HEADERS = PAYMENTS_TABLE.columns.map((c) => c.header);
const PAYMENT_CELLS = ["02-05-2026", "PY-1", " Rent ", 500000, "bank", "HDFC Bank", "", "", "", ""];
const withCell = (col: number, cell: unknown) => PAYMENT_CELLS.map((c, i) => (i === col ? cell : c));
const readPayments = (...rows: unknown[][]) =>
  readOpsTable(PAYMENTS_TABLE, { name: "Payments", headers: PAYMENT_HEADERS, rows, firstRow: 5 });

describe("reading a row of an ops table", () => {
  it("reads a valid row in the declaration's order, defaults filled and blank optional cells left out", () => {
    const { rows, findings } = readPayments(PAYMENT_CELLS);
    expect(findings).toEqual([]);
    expect(Object.entries(rows[0])).toEqual([
      ["date", { y: 2026, m: 5, d: 2 }],
      ["paymentNo", "PY-1"],
      ["payee", "Rent"],
      ["amount", 50000000],
      ["mode", "Bank"],
      ["account", "HDFC Bank"],
      ["openingBill", false],
      ["row", 5],
      ["index", 0],
    ]);
  });

  it("fills a default even when the table lacks that column", () => {
    const headers = PAYMENT_HEADERS.filter((h) => h !== "Opening Bill");
    const { rows } = readOpsTable(PAYMENTS_TABLE, { name: "Payments", headers, rows: [PAYMENT_CELLS.filter((_, i) => i !== 7)] });
    expect(rows[0]).toMatchObject({ openingBill: false });
  });

  it("rejects a row with a blank required cell, an unreadable cell or a word not in the list, with its number", () => {
    for (const [col, cell, code] of [
      [2, "  ", "cell.blank"],
      [3, "12abc", "cell.invalid"],
      [4, "Barter", "cell.invalid"],
      [0, "#N/A", "cell.excel-error"],
    ] as const) {
      const read = readPayments(withCell(col, cell));
      expect(read.rows).toEqual([]);
      expect(read.rejected).toEqual([{ row: 5, index: 0, voucherNo: "PY-1" }]);
      expect(read.findings.map((f) => [f.code, f.column, f.row])).toEqual([[code, PAYMENT_HEADERS[col], 5]]);
    }
  });

  it("names every unreadable cell first, then every blank required one, each in column order", () => {
    const cells = PAYMENT_CELLS.map((c, i) => (i === 0 ? "" : i === 2 ? "" : i === 3 ? "12abc" : i === 4 ? "Barter" : c));
    expect(readPayments(cells).findings.map((f) => [f.code, f.column])).toEqual([
      ["cell.invalid", "Amount"],
      ["cell.invalid", "Mode"],
      ["cell.blank", "Date"],
      ["cell.blank", "Payee"],
    ]);
  });
});

/** Any cell Excel might hand over, and some it never would. */
const anyCell: fc.Arbitrary<unknown> = fc.oneof(
  fc.string({ maxLength: 6 }),
  fc.integer({ min: -5, max: 50_000 }),
  fc.double({ noNaN: false }),
  fc.boolean(),
  fc.constantFrom(undefined, null, "", "  ", "#N/A", "Cash", "upi", "Sales Return", "Yes", "no", "18%", "1,250.50", "01-04-2026", 46114),
);

describe("any row of any ops table", () => {
  it.each(OPS_TABLES)(
    "%s: is read exactly when each cell reads and each required one is filled, every field as its column reads it",
    (table) => {
      const columns: readonly ColumnSpec[] = OPS_TABLE_DECLARATIONS[table].columns;
      const headers = columns.map((c) => c.header);
      fc.assert(
        fc.property(fc.tuple(...columns.map(() => anyCell)), (cells) => {
          const read = readOpsTable(OPS_TABLE_DECLARATIONS[table], { name: table, headers, rows: [cells] });
          if (cells.every(isBlank)) return expect(read.rows.length + read.rejected.length).toBe(0);
          const readable = columns.every((c, i) => (isBlank(cells[i]) ? !c.required : c.read(cells[i]).ok));
          expect(read.rows.length).toBe(readable ? 1 : 0);
          expect(read.findings.length > 0).toBe(!readable);
          if (!readable) return;
          const expected: Record<string, unknown> = {};
          columns.forEach((c, i) => {
            if (!isBlank(cells[i])) expected[c.field] = (c.read(cells[i]) as { value: unknown }).value;
            else if (c.whenBlank !== undefined) expected[c.field] = c.whenBlank;
          });
          expect(read.rows[0]).toEqual({ ...expected, row: 2, index: 0 });
        }),
        { numRuns: 300 },
      );
    },
  );
});
