import { readFile } from "node:fs/promises";
import path from "node:path";
import { generateWorkbook } from "../../../test/support/generate-workbook";
import { capturedIo, sampleForTests, writeWorkbookFile } from "../../../test/support/cli-test-kit";
import { runCli } from "../main";

jest.setTimeout(60_000);

const sample = sampleForTests();

describe("tally-handoff validate", () => {
  it("prints each planted mistake as a line starting with its cell and exits 1", async () => {
    const io = capturedIo({ cwd: sample.copy.dir });
    expect(await runCli(["validate", "book.xlsx"], io)).toBe(1);
    const lines = io.stdout.join("\n").split("\n");
    for (const e of sample.facts.errors) {
      const line = lines.find((l) => l.startsWith(`${e.sheet}!${e.cell} `));
      expect(line).toBeDefined();
      expect(line).toMatch(/^\S+\s+error\s+\S/);
    }
    expect(lines.filter((l) => /^\S+!\w+\d+\s+error\s/.test(l))).toHaveLength(sample.facts.errors.length);
  });

  it("ends with a summary per table and totals that agree with the sample's facts", async () => {
    const io = capturedIo({ cwd: sample.copy.dir });
    await runCli(["validate", "book.xlsx"], io);
    const text = io.stdout.join("\n");
    const rows = Object.values(sample.facts.rows).reduce((a, b) => a + b, 0);
    expect(text).toContain(
      `Total: ${rows} rows, ${sample.facts.vouchers.valid} vouchers ready, ${sample.facts.errors.length} errors, 0 warnings.`,
    );
    const salesLine = text.split("\n").find((l) => l.startsWith("Sales "));
    const salesErrors = sample.facts.errors.filter((e) => e.table === "Sales").length;
    expect(salesLine?.trim().split(/\s+/)).toEqual([
      "Sales",
      String(sample.facts.rows.Sales),
      expect.any(String),
      String(salesErrors),
      "0",
    ]);
  });

  it("prints only a JSON array with --json, each finding with its sheet, cell, table, column, severity, code and message", async () => {
    const io = capturedIo({ cwd: sample.copy.dir });
    expect(await runCli(["validate", "book.xlsx", "--json"], io)).toBe(1);
    expect(io.stdout).toHaveLength(1);
    const findings = JSON.parse(io.stdout[0]) as Record<string, unknown>[];
    expect(findings.length).toBeGreaterThan(0);
    for (const f of findings) {
      for (const key of ["sheet", "cell", "table", "column", "severity", "code", "message"]) expect(f).toHaveProperty(key);
      expect(f.cell).toMatch(/^[A-Z]+\d+$/);
    }
    const errors = findings.filter((f) => f.severity === "error").map((f) => `${f.sheet}!${f.cell} ${f.code}`);
    expect(errors.sort()).toEqual(sample.facts.errors.map((e) => `${e.sheet}!${e.cell} ${e.code}`).sort());
  });

  it("exits 0 for a workbook without errors", async () => {
    const file = path.join(sample.copy.dir, "clean.xlsx");
    await writeWorkbookFile(
      generateWorkbook({ seed: 7, salesInvoices: 12, linesPerInvoice: 2, receipts: 4, payments: 2, expenses: 2 }),
      file,
    );
    const io = capturedIo({ cwd: sample.copy.dir });
    expect(await runCli(["validate", "clean.xlsx"], io)).toBe(0);
    expect(io.stdout.join("\n")).toContain("clean.xlsx is ready for Tally.");
    expect(io.stdout.join("\n")).toMatch(/Total: \d+ rows, \d+ vouchers ready, 0 errors/);
  });

  it.each([
    ["0", new Date(Date.UTC(1899, 11, 30))],
    ["2958466", new Date(Date.UTC(10000, 0, 1))],
  ])(
    "refuses date serial %s with the cell's own value, never JavaScript's date text, and leaves the file as it was",
    async (serial, date) => {
      const input = generateWorkbook({ seed: 7, salesInvoices: 2, linesPerInvoice: 1 });
      const sales = input.tables.Sales!;
      const rows = sales.rows.map((r, i) => (i === 0 ? r.map((v, c) => (sales.headers[c] === "Date" ? date : v)) : r));
      const file = path.join(sample.copy.dir, `serial-${serial}.xlsx`);
      await writeWorkbookFile({ tables: { ...input.tables, Sales: { ...sales, rows } } }, file);
      const before = await readFile(file);
      const io = capturedIo({ cwd: sample.copy.dir });
      expect(await runCli(["validate", path.basename(file)], io)).toBe(1);
      const text = io.stdout.join("\n");
      expect(text).toMatch(new RegExp(`^Sales!A2 +error +Date "${serial}" is not a date from 1-Mar-1900 to 31-Dec-9999\\.$`, "m"));
      expect(text).not.toMatch(/GMT|Sat Dec|1899/);
      expect(await readFile(file)).toEqual(before);
    },
  );
});
