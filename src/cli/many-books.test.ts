/**
 * validate and export over several workbooks or a folder: each book on its own, a failure in one
 * does not stop the rest, one summary table, the worst exit code; --json is one JSON document,
 * errors included; --log appends what the run printed, with times.
 */
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { capturedIo, SAMPLE, writeWorkbookFile } from "../../test/support/cli-test-kit";
import { generateWorkbook } from "../../test/support/generate-workbook";
import { runCli } from "./main";

jest.setTimeout(60_000);

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), "tally-handoff-books-"));
  await writeWorkbookFile(generateWorkbook({ seed: 7, salesInvoices: 5, linesPerInvoice: 2, receipts: 2 }), path.join(dir, "clean.xlsx"));
  await copyFile(SAMPLE, path.join(dir, "sample.xlsm"));
  await writeFile(path.join(dir, "text.xlsx"), "Date,Invoice No\n");
  await writeFile(path.join(dir, "~$clean.xlsx"), "Excel's lock file");
  await writeFile(path.join(dir, ".~clean.xlsx.123.tmp.xlsx"), "a hidden temporary file");
  await writeFile(path.join(dir, "notes.txt"), "not a workbook at all");
  await mkdir(path.join(dir, "older"));
  await mkdir(path.join(dir, "empty"));
  await copyFile(SAMPLE, path.join(dir, "older", "q4.xlsx"));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe("validate of a folder", () => {
  const io = capturedIo();
  let code: number;
  beforeAll(async () => {
    io.cwd = dir;
    code = await runCli(["validate", "."], io);
  });

  it("checks its .xlsx and .xlsm files, not its subfolders, Excel's ~$ lock files or hidden files", () => {
    const headers = io.stdout.filter((l) => l.startsWith("\n== ")).map((l) => l.trim());
    expect(headers).toEqual(["== clean.xlsx ==", "== sample.xlsm ==", "== text.xlsx =="]);
  });

  it("reports a book that cannot be read, and exits with the worst code (2)", () => {
    expect(code).toBe(2);
    expect(io.stderr.join("\n")).toContain("text.xlsx is not an Excel workbook that can be read");
  });

  it("ends with one summary table of every book", () => {
    const text = io.stdout[io.stdout.length - 1].split("\n").filter((l) => l !== "");
    expect(text[0]).toMatch(/^Book\s+Company\s+Result\s+Rows\s+Vouchers\s+Errors\s+Warnings$/);
    expect(text[1]).toMatch(/^clean\.xlsx\s+Demo Trading Co\s+ready\s+12\s+7\s+0\s+0$/);
    expect(text[2]).toMatch(/^sample\.xlsm\s+\S.*\s+has errors\s+\d+\s+\d+\s+[1-9]\d*\s+\d+$/);
    expect(text[3]).toMatch(/^text\.xlsx\s+-\s+could not run\s+-\s+-\s+-\s+-$/);
    expect(text[4]).toBe("3 workbooks: 1 fine, 1 with findings or failures, 1 could not run.");
  });
});

describe("--json", () => {
  it("prints one document with a books array for several workbooks, errors included", async () => {
    const io = capturedIo({ cwd: dir });
    expect(await runCli(["validate", "clean.xlsx", "missing.xlsx", "sample.xlsm", "--json"], io)).toBe(2);
    expect(io.stdout).toHaveLength(1);
    const doc = JSON.parse(io.stdout[0]) as { exitCode: number; books: Record<string, unknown>[] };
    expect(doc.exitCode).toBe(2);
    expect(doc.books.map((b) => [b.book, b.exitCode, b.result])).toEqual([
      ["clean.xlsx", 0, "ready"],
      ["missing.xlsx", 2, "could not run"],
      ["sample.xlsm", 1, "has errors"],
    ]);
    expect(doc.books[1].error).toEqual({
      code: "file-missing",
      message: `${path.join(dir, "missing.xlsx")} does not exist.`,
      suggestion: "Check the file name and folder.",
    });
    expect((doc.books[2].findings as unknown[]).length).toBeGreaterThan(0);
  });

  it.each([
    ["a missing workbook", ["validate", "missing.xlsx", "--json"], "file-missing"],
    ["an unknown option", ["validate", "clean.xlsx", "--jsn", "--json"], "usage"],
    ["no workbook at all", ["export", "--json", "--format", "xml"], "usage"],
    ["a --log that is a folder", ["validate", "clean.xlsx", "--json", "--log", "older"], "cannot-write-out"],
    ["a folder without workbooks", ["validate", "empty", "--json"], "usage"],
  ])("prints JSON on stdout also when the command cannot run (%s), exit 2", async (_label, argv, errorCode) => {
    const io = capturedIo({ cwd: dir });
    expect(await runCli(argv, io)).toBe(2);
    expect(io.stdout).toHaveLength(1);
    expect(JSON.parse(io.stdout[0])).toMatchObject({ exitCode: 2, error: { code: errorCode } });
  });
});

describe("export of several workbooks", () => {
  it("writes one file per workbook into the --out folder and ends with a summary", async () => {
    const out = path.join(dir, "exports");
    await mkdir(out);
    const io = capturedIo({ cwd: dir });
    expect(await runCli(["export", "clean.xlsx", "sample.xlsm", "--format", "xml", "--out", "exports"], io)).toBe(1);
    expect((await readdir(out)).sort()).toEqual(["clean.xml", "sample.xml"]);
    expect(io.stdout[io.stdout.length - 1]).toMatch(/clean\.xlsx\s+Demo Trading Co\s+exported\s+7\s+0/);
  });

  it("refuses an --out that is not a folder for several workbooks", async () => {
    const io = capturedIo({ cwd: dir });
    expect(await runCli(["export", "clean.xlsx", "sample.xlsm", "--format", "xml", "--out", "one.xml"], io)).toBe(2);
    expect(io.stderr.join("\n")).toContain("For several workbooks --out names a folder that exists; one.xml is not one.");
  });
});

describe("--log FILE", () => {
  it("appends what each run printed, every line with its time and stream", async () => {
    for (let n = 0; n < 2; n++) await runCli(["validate", "clean.xlsx", "--log", "run.log"], capturedIo({ cwd: dir }));
    const lines = (await readFile(path.join(dir, "run.log"), "utf8")).trimEnd().split("\n");
    expect(lines.every((l) => /^2026-07-01T10:30:00\.000Z (out|err)( |$)/.test(l))).toBe(true);
    expect(lines.filter((l) => l.includes("tally-handoff validate clean.xlsx --log run.log"))).toHaveLength(2);
    expect(lines.filter((l) => l.endsWith("clean.xlsx is ready for Tally."))).toHaveLength(2);
    expect(lines.filter((l) => l.endsWith("out Exit code 0."))).toHaveLength(2);
  });

  it("logs a failure too", async () => {
    await runCli(["validate", "missing.xlsx", "--log", "fail.log"], capturedIo({ cwd: dir }));
    expect(await readFile(path.join(dir, "fail.log"), "utf8")).toContain(`err ${path.join(dir, "missing.xlsx")} does not exist.`);
  });

  it("never appends to a workbook, and says so before anything runs", async () => {
    const before = await readFile(path.join(dir, "clean.xlsx"));
    const io = capturedIo({ cwd: dir });
    expect(await runCli(["validate", "sample.xlsm", "--log", "clean.xlsx"], io)).toBe(2);
    expect(io.stderr.join("\n")).toContain(`The log file ${path.join(dir, "clean.xlsx")} could not be written (it names a workbook`);
    expect(await readFile(path.join(dir, "clean.xlsx"))).toEqual(before);
  });
});
