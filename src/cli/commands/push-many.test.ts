/**
 * A consultant's run: three workbooks of three companies in one folder, pushed to one Tally with
 * the three companies loaded. Each book goes to the company its own Settings name; the broken
 * one is reported and the others still go; one summary ends the run; the exit code is the worst.
 */
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { WorkbookInput } from "../../core/records/types";
import type { ProfileName } from "../../emulator/profiles";
import { capturedIo, writeWorkbookFile } from "../../../test/support/cli-test-kit";
import { startCompanyRouter, type CompanyRouter } from "../../../test/support/company-router";
import { generateWorkbook } from "../../../test/support/generate-workbook";
import { runCli } from "../main";

jest.setTimeout(180_000);

const PROFILES: { profile: ProfileName; flags: string[] }[] = [
  { profile: "factory", flags: ["--prepare-tally"] },
  { profile: "configured", flags: [] },
];
const COMPANIES = ["Alpha Traders", "Beta Stores", "Gamma Exports"];
// Each book: 4 sales invoices and 2 receipts, so 6 vouchers when every row is valid.
const VOUCHERS = 6;

function bookOf(company: string, seed: number): WorkbookInput {
  const input = generateWorkbook({ seed, salesInvoices: 4, linesPerInvoice: 2, receipts: 2 });
  const settings = input.tables.HandoffSettings!;
  const rows = settings.rows.map((r) => (r[0] === "Tally Company" ? [r[0], company] : [...r]));
  return { tables: { ...input.tables, HandoffSettings: { ...settings, rows } } };
}

/** Every Sales row dated 31 February: the whole book is held back by errors, nothing is sent. */
function broken(input: WorkbookInput): WorkbookInput {
  const sales = input.tables.Sales!;
  const date = sales.headers.indexOf("Date");
  const rows = sales.rows.map((r) => r.map((v, i) => (i === date ? "31-02-2026" : v)));
  const receipts = input.tables.Receipts!;
  return { tables: { ...input.tables, Sales: { ...sales, rows }, Receipts: { ...receipts, rows: [] } } };
}

describe.each(PROFILES)("push of a folder of three companies' workbooks, on the $profile profile", ({ profile, flags }) => {
  let dir: string;
  let tally: CompanyRouter;
  const io = capturedIo();
  let code: number;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), "tally-handoff-many-"));
    await writeWorkbookFile(bookOf("Alpha Traders", 11), path.join(dir, "alpha.xlsx"));
    await writeWorkbookFile(bookOf("Beta Stores", 12), path.join(dir, "beta.xlsx"));
    await writeWorkbookFile(broken(bookOf("Gamma Exports", 13)), path.join(dir, "gamma.xlsx"));
    await writeFile(path.join(dir, "~$alpha.xlsx"), "Excel's lock file while alpha.xlsx is open");
    tally = await startCompanyRouter(COMPANIES, { profile, booksFrom: "2026-04-01" });
    io.cwd = dir;
    code = await runCli(["push", ".", "--tally", tally.url, "--create-masters", ...flags], io);
  });
  afterAll(async () => {
    await tally?.close();
    await rm(dir, { recursive: true, force: true });
  });

  it("sends each book to the company its own Settings name, and nothing of the broken one", () => {
    expect(tally.companies.get("Alpha Traders")!.state.vouchers()).toHaveLength(VOUCHERS);
    expect(tally.companies.get("Beta Stores")!.state.vouchers()).toHaveLength(VOUCHERS);
    expect(tally.companies.get("Gamma Exports")!.state.vouchers()).toHaveLength(0);
  });

  it("exits 1, the worst of the three (the broken book's rows were held back)", () => {
    expect(code).toBe(1);
  });

  it("ends with one summary: a line per book with its company, result and counts", () => {
    const lines = io.stdout.join("\n").split("\n");
    const head = lines.findIndex((l) => /^Book\s+Company\s+Result\s+Posted\s+Failed\s+Unknown\s+Unchanged\s+Held back$/.test(l));
    expect(head).toBeGreaterThan(0);
    expect(lines.filter((l) => l.startsWith("Book ")).length).toBe(1);
    const row = (book: string) => lines[head + 1 + ["alpha.xlsx", "beta.xlsx", "gamma.xlsx"].indexOf(book)].split(/\s{2,}/);
    expect(row("alpha.xlsx")).toEqual(["alpha.xlsx", "Alpha Traders", "all sent", String(VOUCHERS), "0", "0", "0", "0"]);
    expect(row("beta.xlsx")).toEqual(["beta.xlsx", "Beta Stores", "all sent", String(VOUCHERS), "0", "0", "0", "0"]);
    expect(row("gamma.xlsx")).toEqual(["gamma.xlsx", "Gamma Exports", "some rows not sent", "0", "0", "0", "0", "8"]);
    expect(lines[head + 4]).toBe("3 workbooks: 2 fine, 1 with findings or failures, 0 could not run.");
    expect(io.stdout.join("\n")).not.toContain("~$alpha");
  });

  it("prints one JSON document with --json on the next push, which finds everything already in Tally", async () => {
    const again = capturedIo({ cwd: dir });
    expect(await runCli(["push", "alpha.xlsx", "beta.xlsx", "gamma.xlsx", "--tally", tally.url, "--json", ...flags], again)).toBe(1);
    expect(again.stdout).toHaveLength(1);
    const doc = JSON.parse(again.stdout[0]) as {
      exitCode: number;
      books: { book: string; company: string; exitCode: number; counts: Record<string, number> }[];
    };
    expect(doc.exitCode).toBe(1);
    expect(doc.books.map((b) => [b.book, b.company, b.exitCode])).toEqual([
      ["alpha.xlsx", "Alpha Traders", 0],
      ["beta.xlsx", "Beta Stores", 0],
      ["gamma.xlsx", "Gamma Exports", 1],
    ]);
    expect(doc.books[0].counts).toEqual({ Posted: 0, Failed: 0, Unknown: 0, Unchanged: VOUCHERS, "Held back": 0 });
    expect(tally.companies.get("Alpha Traders")!.state.vouchers()).toHaveLength(VOUCHERS);
  });
});

describe.each(PROFILES)("push of several workbooks when one cannot be read, on the $profile profile", ({ profile, flags }) => {
  it("pushes the others, reports the unreadable one and exits 2", async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), "tally-handoff-many-"));
    const tally = await startCompanyRouter(COMPANIES.slice(0, 2), { profile, booksFrom: "2026-04-01" });
    try {
      await writeWorkbookFile(bookOf("Alpha Traders", 21), path.join(dir, "alpha.xlsx"));
      await writeFile(path.join(dir, "notes.xlsx"), "not a workbook");
      await writeWorkbookFile(bookOf("Beta Stores", 22), path.join(dir, "zeta.xlsx"));
      const io = capturedIo({ cwd: dir });
      expect(await runCli(["push", dir, "--tally", tally.url, "--create-masters", ...flags], io)).toBe(2);
      expect(tally.companies.get("Alpha Traders")!.state.vouchers()).toHaveLength(VOUCHERS);
      expect(tally.companies.get("Beta Stores")!.state.vouchers()).toHaveLength(VOUCHERS);
      expect(io.stderr.join("\n")).toContain("notes.xlsx is not an Excel workbook that can be read");
      expect(io.stdout.join("\n")).toMatch(/notes\.xlsx\s+-\s+could not run/);
    } finally {
      await tally.close();
      await rm(dir, { recursive: true, force: true });
    }
  });
});
