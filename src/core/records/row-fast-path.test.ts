import fc from "fast-check";
import { z } from "zod";
import { readText } from "./cells";
import { matchColumns, type MatchedColumn } from "./columns";
import { EXPENSES_TABLE } from "./expenses";
import { isBlank } from "./excel-values";
import { JOURNALS_TABLE } from "./journals";
import { PAYMENTS_TABLE } from "./payments";
import { PURCHASES_TABLE } from "./purchases";
import type { TableSpec } from "./read-table";
import { RECEIPTS_TABLE } from "./receipts";
import { RETURNS_TABLE } from "./returns";
import { rowFastPath } from "./row-fast-path";
import { SALES_TABLE } from "./sales";
import { STOCK_MOVES_TABLE } from "./stock-moves";
import type { RowBase } from "./types";

const TABLES = [
  SALES_TABLE,
  PURCHASES_TABLE,
  RECEIPTS_TABLE,
  PAYMENTS_TABLE,
  EXPENSES_TABLE,
  RETURNS_TABLE,
  STOCK_MOVES_TABLE,
  JOURNALS_TABLE,
] as unknown as TableSpec<RowBase>[];

/** Every column of the table, in the contract's order (cell i is column i). */
const allColumns = (spec: TableSpec<RowBase>): MatchedColumn[] => matchColumns(spec.table, spec.columns.map((c) => c.header), spec.columns).columns;

/** What read-table's long way makes of the cells: zod's verdict on the draft, or "unreadable". */
function longWay(spec: TableSpec<RowBase>, columns: readonly MatchedColumn[], cells: readonly unknown[]) {
  const draft: Record<string, unknown> = {};
  for (const { spec: column, col } of columns) {
    if (isBlank(cells[col])) continue;
    const read = column.read(cells[col]);
    if (!read.ok) return "unreadable";
    draft[column.field] = read.value;
  }
  return spec.schema.safeParse(draft);
}

/** Any cell Excel might hand over, and some it never would. */
const anyCell: fc.Arbitrary<unknown> = fc.oneof(
  fc.string({ maxLength: 6 }),
  fc.integer({ min: -5, max: 50_000 }),
  fc.double({ noNaN: false }),
  fc.boolean(),
  fc.constantFrom(undefined, null, "", "  ", "#N/A", "Cash", "upi", "Sales Return", "Yes", "no", "18%", "1,250.50", "01-04-2026", 46114),
);

/** Cells near a valid row: each mostly one its column reads and its zod field accepts, sometimes anything. */
function cellsFor(spec: TableSpec<RowBase>, columns: readonly MatchedColumn[]): fc.Arbitrary<unknown[]> {
  const shape = (spec.schema as z.ZodObject).shape as Record<string, z.ZodType>;
  return fc.tuple(
    ...columns.map(({ spec: column }) => {
      const fitting = anyCell.filter((cell) => {
        const read = isBlank(cell) ? undefined : column.read(cell);
        return read !== undefined && read.ok && shape[column.field].safeParse(read.value).success;
      });
      return fc.oneof({ arbitrary: fitting, weight: 8 }, { arbitrary: anyCell, weight: 1 });
    }),
  );
}

const PAYMENT_CELLS = ["02-05-2026", "PY-1", " Rent ", 500000, "bank", "HDFC Bank", "", "", "", ""];

describe("the row fast path", () => {
  it("covers every ops table, with all its columns or only the required ones", () => {
    for (const spec of TABLES) {
      const required = allColumns(spec).filter((c) => c.spec.required);
      expect({ table: spec.table, all: typeof rowFastPath(spec.schema, allColumns(spec)), required: typeof rowFastPath(spec.schema, required) }).toEqual({
        table: spec.table,
        all: "function",
        required: "function",
      });
    }
  });

  it("gives the long way's own row, key for key and in zod's order, for any cells it accepts", () => {
    for (const spec of TABLES) {
      const columns = allColumns(spec);
      const fast = rowFastPath(spec.schema, columns);
      let accepted = 0;
      fc.assert(
        fc.property(cellsFor(spec, columns), (cells) => {
          const row = fast?.(cells);
          const slow = longWay(spec, columns, cells);
          if (row === undefined) return;
          accepted++;
          expect(slow).toMatchObject({ success: true });
          expect(Object.entries(row)).toEqual(Object.entries((slow as { data: object }).data));
        }),
        { numRuns: 300 },
      );
      expect({ table: spec.table, someAccepted: accepted > 20 }).toEqual({ table: spec.table, someAccepted: true });
    }
  });

  it("reads a valid row with defaults filled and blank optional cells left out", () => {
    const columns = allColumns(PAYMENTS_TABLE as unknown as TableSpec<RowBase>);
    const row = rowFastPath(PAYMENTS_TABLE.schema, columns)?.(PAYMENT_CELLS);
    expect(Object.entries(row ?? {})).toEqual([
      ["date", { y: 2026, m: 5, d: 2 }],
      ["paymentNo", "PY-1"],
      ["payee", "Rent"],
      ["amount", 50000000],
      ["mode", "Bank"],
      ["account", "HDFC Bank"],
      ["openingBill", false],
    ]);
    expect(Object.entries(row ?? {})).toEqual(Object.entries(PAYMENTS_TABLE.schema.safeParse({ ...row }).data ?? {}));
  });

  it("leaves to the long way a row with a blank required cell, an unreadable cell or a value zod refuses", () => {
    const columns = allColumns(PAYMENTS_TABLE as unknown as TableSpec<RowBase>);
    const fast = rowFastPath(PAYMENTS_TABLE.schema, columns);
    const withCell = (col: number, cell: unknown) => PAYMENT_CELLS.map((c, i) => (i === col ? cell : c));
    expect(fast?.(PAYMENT_CELLS)).toBeDefined();
    expect(fast?.(withCell(2, "  "))).toBeUndefined();
    expect(fast?.(withCell(3, "12abc"))).toBeUndefined();
    expect(fast?.(withCell(4, "Barter"))).toBeUndefined();
    expect(fast?.(withCell(0, "#N/A"))).toBeUndefined();
  });

  it("has no fast path for a schema with a refinement, a format or a kind it does not know", () => {
    const none: MatchedColumn[] = [];
    expect(rowFastPath(z.object({ a: z.string().min(1) }), none)).toBeUndefined();
    expect(rowFastPath(z.object({ a: z.email() }), none)).toBeUndefined();
    expect(rowFastPath(z.object({ a: z.int() }), none)).toBeUndefined();
    expect(rowFastPath(z.object({ a: z.string().nullable() }), none)).toBeUndefined();
    expect(rowFastPath(z.object({ a: z.coerce.number() }), none)).toBeUndefined();
    expect(rowFastPath(z.object({ a: z.string() }).strict(), none)).toBeUndefined();
    expect(rowFastPath(z.object({ a: z.string() }).refine(() => true), none)).toBeUndefined();
    expect(rowFastPath(z.object({ toString: z.string().optional() }), none)).toBeUndefined();
    expect(rowFastPath(z.string(), none)).toBeUndefined();
    expect(typeof rowFastPath(z.object({ a: z.string(), b: z.number().optional(), c: z.boolean().default(true) }), none)).toBe("function");
  });

  it("has no fast path when a column fills no field of the schema, or two fill one", () => {
    const schema = z.object({ a: z.string() });
    const column = (field: string, col: number): MatchedColumn => ({ spec: { header: field, field, read: readText }, col });
    expect(typeof rowFastPath(schema, [column("a", 0)])).toBe("function");
    expect(rowFastPath(schema, [column("a", 0), column("b", 1)])).toBeUndefined();
    expect(rowFastPath(schema, [column("a", 0), column("a", 1)])).toBeUndefined();
  });
});
