import { readdirSync, readFileSync } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { capturedIo, sampleCopy } from "../../test/support/cli-test-kit";
import { COMMANDS, runCli } from "./main";

jest.setTimeout(60_000);

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), "tally-handoff-main-"));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe("tally-handoff", () => {
  it("lists every command for --help and exits 0", async () => {
    const io = capturedIo();
    expect(await runCli(["--help"], io)).toBe(0);
    for (const c of COMMANDS) expect(io.stdout.join("\n")).toContain(`  ${c.name}`);
  });

  it("shows the overview on stderr and exits 2 without a command", async () => {
    const io = capturedIo();
    expect(await runCli([], io)).toBe(2);
    expect(io.stderr.join("\n")).toContain("Usage: tally-handoff <command>");
    expect(io.stdout).toEqual([]);
  });

  it("exits 2 for an unknown command and names it", async () => {
    const io = capturedIo();
    expect(await runCli(["vaildate", "x.xlsx"], io)).toBe(2);
    expect(io.stderr.join("\n")).toContain('Unknown command "vaildate"');
  });

  it.each(COMMANDS.map((c) => c.name))("prints the usage of %s for --help and exits 0", async (name) => {
    const io = capturedIo();
    expect(await runCli([name, "--help"], io)).toBe(0);
    expect(io.stdout.join("\n")).toMatch(new RegExp(`Usage: tally-handoff ${name}`));
  });

  it("refuses an unknown option with the command's usage and exit code 2", async () => {
    const io = capturedIo();
    expect(await runCli(["validate", "book.xlsx", "--jsn"], io)).toBe(2);
    expect(io.stderr.join("\n")).toContain("--jsn");
    expect(io.stderr.join("\n")).toContain("Usage: tally-handoff validate");
  });

  it("exits 2 with a clear message when the workbook does not exist", async () => {
    const io = capturedIo({ cwd: dir });
    expect(await runCli(["validate", "missing.xlsx"], io)).toBe(2);
    expect(io.stderr.join("\n")).toContain(`${path.join(dir, "missing.xlsx")} does not exist.`);
  });

  it("exits 2 when the file is a text file renamed .xlsx", async () => {
    await writeFile(path.join(dir, "notes.xlsx"), "Date,Invoice No\n1-Apr-2026,INV-1\n");
    const io = capturedIo({ cwd: dir });
    expect(await runCli(["validate", "notes.xlsx"], io)).toBe(2);
    expect(io.stderr.join("\n")).toMatch(/notes\.xlsx is not an Excel workbook that can be read/);
    expect(io.stderr.join("\n")).toContain("Save it from Excel as an Excel Workbook (.xlsx)");
  });

  it("exits 2 when the workbook has none of the tables, naming them and the way to set them up", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Sheet1").getCell("A1").value = "Shopping list";
    await wb.xlsx.writeFile(path.join(dir, "other.xlsx"));
    const io = capturedIo({ cwd: dir });
    expect(await runCli(["validate", "other.xlsx"], io)).toBe(2);
    const text = io.stderr.join("\n");
    expect(text).toContain(
      "other.xlsx has none of the tables Sales, Purchases, Receipts, Payments, Expenses, Returns, StockMoves, Journals, HandoffSettings.",
    );
    expect(text).toContain("Set up workbook");
  });

  it("exits 2 when export is not told where to write", async () => {
    const copy = await sampleCopy();
    try {
      const io = capturedIo({ cwd: copy.dir });
      expect(await runCli(["export", copy.file, "--format", "xml"], io)).toBe(2);
      expect(io.stderr.join("\n")).toContain("--out FILE");
    } finally {
      await copy.cleanUp();
    }
  });

  it("never asks a question: nothing in the command line reads stdin, so a scheduled run cannot wait for an answer", () => {
    const sources = readdirSync(__dirname, { recursive: true, encoding: "utf8" }).filter((f) => /\.ts$/.test(f) && !/\.test\.ts$/.test(f));
    expect(sources.length).toBeGreaterThan(10);
    const asking = sources.filter((f) =>
      /process\.stdin|node:readline|readline\/promises/.test(readFileSync(path.join(__dirname, f), "utf8")),
    );
    expect(asking).toEqual([]);
  });
});
