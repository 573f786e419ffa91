import { execFileSync } from "node:child_process";
import path from "node:path";
import fc from "fast-check";
import { OPS_TABLES, type OpsTable } from "../findings";
import { EXCEL_ERRORS, isBlank } from "./cells";
import { headerKey, type ColumnSpec } from "./columns";
import { OPS_TABLE_DECLARATIONS as SPECS } from "./ops-tables";
import { readBooks } from "./read-books";
import { readOpsTable, tableFromGrid } from "./read-table";
import type { TableInput } from "./types";

const SETTINGS = tableFromGrid("HandoffSettings", [
  ["Key", "Value"],
  ["Tally Company", "Demo & Co"],
  ["Company State", "27"],
  ["Financial Years", "2026-27"],
]);

describe("reading the whole workbook", () => {
  it("finds tables by name in any case or spacing and lists only those present", () => {
    const { books, findings } = readBooks({
      tables: {
        sales: tableFromGrid("sales", [
          ["Date", "Invoice No", "Customer", "Taxable Value", "GST Rate %"],
          ["2026-04-01", "INV-1", "Sharma & Sons", 100, 18],
        ]),
        "Stock Moves": tableFromGrid("Stock Moves", [
          ["Date", "Move No", "Item", "Qty", "Unit"],
          ["2026-04-02", "SM-1", "Rod", 1, "Kg"],
        ]),
        HANDOFFSETTINGS: SETTINGS,
        "Ledger Map": tableFromGrid("Ledger Map", [
          ["Kind", "Workbook Value", "Tally Name"],
          ["Account", "HDFC", "HDFC Bank"],
        ]),
      },
    });
    expect(findings).toEqual([]);
    expect(books.present).toEqual(["Sales", "StockMoves"]);
    expect(books.rows.Sales.map((r) => r.invoiceNo)).toEqual(["INV-1"]);
    expect(books.rows.StockMoves.map((r) => r.moveNo)).toEqual(["SM-1"]);
    expect(books.rows.Receipts).toEqual([]);
    expect(Object.keys(books.rejected).sort()).toEqual([...OPS_TABLES].sort());
    expect(books.settings.company).toBe("Demo & Co");
    expect(books.ledgerMap).toEqual([{ row: 2, kind: "Account", workbookValue: "HDFC", tallyName: "HDFC Bank" }]);
  });

  it("gives one error when HandoffSettings is missing", () => {
    const { findings } = readBooks({ tables: {} });
    expect(findings).toEqual([expect.objectContaining({ table: "HandoffSettings", row: 0, code: "table.missing", severity: "error" })]);
  });

  it("records a row with a type error as rejected with its voucher number", () => {
    const { books } = readBooks({
      tables: {
        HandoffSettings: SETTINGS,
        Receipts: tableFromGrid(
          "Receipts",
          [
            ["Date", "Receipt No", "Customer", "Amount", "Mode", "Account"],
            ["2026-04-01", 77, "Gupta", "#VALUE!", "Cash", "Cash"],
          ],
          5,
        ),
      },
    });
    expect(books.rows.Receipts).toEqual([]);
    expect(books.rejected.Receipts).toEqual([{ row: 5, index: 0, voucherNo: "77" }]);
  });
});

describe("the column declarations", () => {
  it.each(OPS_TABLES)(
    "%s: a row with only its required cells filled reads, and each of them left blank is a blank-cell finding",
    (table) => {
      const spec = SPECS[table];
      const columns: readonly ColumnSpec[] = spec.columns;
      const filled = (column: ColumnSpec) =>
        column.field === "date" ? "2026-04-01" : column.field === "mode" ? "Cash" : column.field === "type" ? "Sales" : 1;
      const headers = columns.map((c) => c.header);
      const full = columns.map((c) => (c.required ? filled(c) : ""));
      expect(readOpsTable(spec, { name: table, headers, rows: [full] })).toMatchObject({ findings: [], rejected: [] });
      columns.forEach((column, col) => {
        if (!column.required) return;
        const read = readOpsTable(spec, { name: table, headers, rows: [full.map((cell, i) => (i === col ? " " : cell))] });
        expect(read.findings.map((f) => [f.code, f.column])).toEqual([["cell.blank", column.header]]);
      });
    },
  );

  it.each(OPS_TABLES)("%s: a column whose blank reads as a default is never required", (table) => {
    const columns: readonly ColumnSpec[] = SPECS[table].columns;
    expect(columns.filter((c) => c.required && c.whenBlank !== undefined)).toEqual([]);
  });

  it.each(OPS_TABLES)("%s: no two columns answer to the same header", (table) => {
    const keys = SPECS[table].columns.flatMap((c: ColumnSpec) => [c.header, ...(c.aliases ?? [])].map(headerKey));
    expect(keys.filter((k, i) => keys.indexOf(k) !== i)).toEqual([]);
  });
});

/** Any cell a workbook may hold: text, numbers, booleans, blanks, Excel errors. */
const cell = fc.oneof(
  fc.string(),
  fc.constantFrom("", " ", null, "2026-04-01", "01-04-2026", "1-Apr-2026", "1,00,000.50", "₹ 500", "Yes", "No", "Cash", "sales", "18%"),
  fc.constantFrom(...EXCEL_ERRORS),
  fc.double(),
  fc.integer({ min: 40000, max: 50000 }),
  fc.boolean(),
);

function tableArb(table: OpsTable): fc.Arbitrary<TableInput> {
  const headers = SPECS[table].columns.map((c) => c.header);
  return fc
    .array(fc.array(cell, { minLength: 0, maxLength: headers.length + 1 }), { maxLength: 12 })
    .map((rows) => ({ name: table, headers: [...headers, "Tally Status"], rows }));
}

describe("reading any workbook at all", () => {
  it("never throws, and every non-blank row ends up either in rows or in rejected", () => {
    const workbook = fc.record(Object.fromEntries(OPS_TABLES.map((t) => [t, tableArb(t)])) as Record<OpsTable, fc.Arbitrary<TableInput>>);
    fc.assert(
      fc.property(workbook, (tables) => {
        const { books } = readBooks({ tables: { ...tables, HandoffSettings: SETTINGS } });
        for (const table of OPS_TABLES) {
          const width = SPECS[table].columns.length;
          const nonBlank = tables[table].rows.flatMap((cells, index) => (cells.slice(0, width).every(isBlank) ? [] : [index]));
          const read = books.rows[table].map((r) => r.index);
          const rejected = books.rejected[table].map((r) => r.index);
          expect([...read, ...rejected].sort((a, b) => a - b)).toEqual(nonBlank);
        }
      }),
      { numRuns: 200 },
    );
  });

  it("never throws on headers and tables of any shape", () => {
    const anyTable = fc.record({
      name: fc.string(),
      headers: fc.array(fc.oneof(fc.string(), fc.constant("Date"), fc.constant("Key"))),
      rows: fc.array(fc.array(cell)),
    });
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...OPS_TABLES, "HandoffSettings", "LedgerMap", "Other"), anyTable), (tables) => {
        expect(() => readBooks({ tables })).not.toThrow();
      }),
      { numRuns: 200 },
    );
  });
});

describe("speed", () => {
  // Measured in a plain Node process: jest's sandbox makes every global lookup (Number, String,
  // Promise, which zod uses per field) several times slower than any real host does.
  const script = `
    const { readBooks } = require(${JSON.stringify(path.join(__dirname, "read-books.ts"))});
    const headers = ["Date", "Invoice No", "Customer", "Customer GSTIN", "Item", "Qty", "Unit", "Rate", "Taxable Value", "GST Rate %", "HSN/SAC", "Narration"];
    const rows = Array.from({ length: 100000 }, (_, i) => [
      46113 + (i % 365), "INV-" + Math.floor(i / 5), "Sharma & Sons", "27AAPFU0939F1ZV", "Steel Rod", 3, "Kg", 420.5, "1,261.50", 0.18, "7214", "April",
    ]);
    const settings = { name: "HandoffSettings", headers: ["Key", "Value"], rows: [["Tally Company", "Demo"], ["Financial Years", "2026-27"]] };
    const input = { tables: { Sales: { name: "Sales", headers, rows }, HandoffSettings: settings } };
    let best = Infinity, read = 0;
    for (let run = 0; run < 3; run++) {
      const before = process.cpuUsage();
      read = readBooks(input).books.rows.Sales.length;
      const used = process.cpuUsage(before);
      best = Math.min(best, (used.user + used.system) / 1000);
    }
    console.log(JSON.stringify({ read, best }));
  `;

  it("reads 100,000 sales lines in well under a second of CPU time", () => {
    const out = execFileSync(process.execPath, ["--import", "tsx", "-e", script], { encoding: "utf8" });
    const { read, best } = JSON.parse(out.trim().split("\n").pop() ?? "{}");
    expect(read).toBe(100_000);
    expect(best).toBeLessThan(1000);
  }, 60_000);
});
