import { readFile } from "node:fs/promises";
import path from "node:path";
import type { SampleFacts } from "../../../scripts/sample-trading/sample-facts";
import { generateWorkbook } from "../../../test/support/generate-workbook";
import { columnLetters } from "../../adapters/xlsx/excel-tables";
import { readPostingLog } from "../../adapters/xlsx/posting-log-sheet";
import { locateTable, readXlsx, type XlsxBook } from "../../adapters/xlsx/read-xlsx";
import { snapshotFile, type WorkbookSnapshot } from "../../../test/support/workbook-snapshot";
import { directTallyTransport } from "../../adapters/tally-http";
import { buildMasterImport } from "../../core/tally/write";
import { COMPANY_MEMORY_KEYS, readSettings } from "../../core/records/settings";
import { startEmulator, type RunningEmulator } from "../../emulator/server";
import type { ProfileName } from "../../emulator/profiles";
import { capturedIo, sampleCopy, SAMPLE_FACTS, writeWorkbookFile } from "../../../test/support/cli-test-kit";
import { runCli } from "../main";

jest.setTimeout(180_000);

// The sample's journals name ledgers a company already has; the push may create parties and
// items, but never a journal's ledgers (their group is the owner's choice).
const JOURNAL_LEDGERS: [string, string][] = [
  ["Depreciation", "Indirect Expenses"],
  ["Furniture & Fixtures", "Fixed Assets"],
  ["Salaries", "Indirect Expenses"],
  ["Salaries Payable", "Current Liabilities"],
  ["Bank Charges", "Indirect Expenses"],
];

/** Push tests run on Tally as it comes (factory, after --prepare-tally) and as the README once asked users to set it up. */
const PROFILES: { profile: ProfileName; flags: string[] }[] = [
  { profile: "factory", flags: ["--prepare-tally"] },
  { profile: "configured", flags: [] },
];

async function sampleEmulator(company: string, profile: ProfileName = "factory"): Promise<RunningEmulator> {
  const emu = await startEmulator({ port: 0, company, booksFrom: "2026-04-01", profile });
  const xml = buildMasterImport(
    { ledgers: JOURNAL_LEDGERS.map(([name, parent]) => ({ name, parent })) },
    { company, applicableFrom: { y: 2026, m: 4, d: 1 } },
  );
  await directTallyTransport({ url: emu.url }).post(xml);
  return emu;
}

/** Cells a push may change: the status columns' bodies and the PostingLog's rows. */
function pushOwned(book: XlsxBook): (key: string) => boolean {
  // "Sheet!C" -> the header row: the cells below it belong to the push.
  const owned = new Map<string, number>();
  for (const at of book.locations.values()) {
    at.headers.forEach((h, i) => {
      if (h === "Tally Status" || h === "Tally Note") owned.set(`${at.sheet}!${columnLetters(at.firstColumn + i)}`, at.headerRow);
    });
  }
  const log = locateTable(book.workbook, "PostingLog")!;
  log.headers.forEach((_, i) => owned.set(`${log.sheet}!${columnLetters(log.firstColumn + i)}`, log.headerRow));
  // Rows the push adds below HandoffSettings hold the add-in's own keys (the company it sent to).
  const settings = locateTable(book.workbook, "HandoffSettings")!;
  const settingsColumns = settings.headers.map((_, i) => columnLetters(settings.firstColumn + i));
  return (key) => {
    const [, sheet, col, row] = /^(.*)!([A-Z]+)(\d+)$/.exec(key)!;
    if (sheet === settings.sheet && settingsColumns.includes(col) && Number(row) > settings.lastRow) return true;
    const header = owned.get(`${sheet}!${col}`);
    return header !== undefined && Number(row) > header;
  };
}

function statusesOf(book: XlsxBook): string[] {
  return [...book.locations.entries()]
    .filter(([name]) => !["HandoffSettings", "LedgerMap"].includes(name))
    .flatMap(([name, at]) => {
      const col = at.headers.indexOf("Tally Status");
      return book.input.tables[name]!.rows.map((r) => String(r[col] ?? ""));
    });
}

describe.each(PROFILES)("tally-handoff push of the sample workbook, twice, on the $profile profile", ({ profile, flags }) => {
  let emu: RunningEmulator;
  let copy: Awaited<ReturnType<typeof sampleCopy>>;
  let facts: SampleFacts;
  let before: WorkbookSnapshot;
  let owned: (key: string) => boolean;
  const first = capturedIo();
  let firstCode: number;

  beforeAll(async () => {
    facts = JSON.parse(await readFile(SAMPLE_FACTS, "utf8")) as SampleFacts;
    copy = await sampleCopy();
    emu = await sampleEmulator(facts.company, profile);
    before = await snapshotFile(copy.file);
    owned = pushOwned(await readXlsx(copy.file));
    firstCode = await runCli(["push", copy.file, "--tally", emu.url, ...flags], first);
  });
  afterAll(async () => {
    await emu?.close();
    await copy?.cleanUp();
  });

  it("sends every valid voucher once and exits 1 because rows with errors were held back", () => {
    expect(first.stderr).toEqual([]);
    expect(firstCode).toBe(1);
    const vouchers = emu.state.vouchers();
    expect(vouchers).toHaveLength(facts.vouchers.valid);
    expect(new Set(vouchers.map((v) => v.remoteId)).size).toBe(facts.vouchers.valid);
    expect(first.stdout.join("\n")).toContain(`Posted ${facts.vouchers.valid}, failed 0, unknown 0`);
    expect(first.stdout.join("\n")).toContain(`${facts.rowsHeldBack} rows were not sent because of errors`);
  });

  it("writes Posted on the rows of sent vouchers and Invalid with the reason on the rest", async () => {
    const book = await readXlsx(copy.file);
    const statuses = statusesOf(book);
    const rows = Object.values(facts.rows).reduce((a, b) => a + b, 0);
    expect(statuses.filter((s) => s === "Posted")).toHaveLength(rows - facts.rowsHeldBack);
    expect(statuses.filter((s) => s === "Invalid")).toHaveLength(facts.rowsHeldBack);
    const gstin = facts.errors.find((e) => e.code === "gstin.check-character")!;
    const sales = book.locations.get("Sales")!;
    const row = book.input.tables.Sales!.rows[Number(gstin.cell.replace(/\D/g, "")) - sales.firstRow];
    expect(row[sales.headers.indexOf("Tally Note")]).toMatch(/Customer GSTIN ".*" has a wrong last character/);
  });

  it("logs each voucher in the PostingLog on the hidden TallyHandoff sheet", async () => {
    const book = await readXlsx(copy.file);
    const log = readPostingLog(book);
    expect(log.filter((e) => e.result === "Posted")).toHaveLength(facts.vouchers.valid);
    expect(log.filter((e) => e.result === "Sending")).toHaveLength(facts.vouchers.valid);
    expect(log.every((e) => e.postedAt === "2026-07-01T10:30:00.000Z")).toBe(true);
    expect(book.workbook.getWorksheet("TallyHandoff")!.state).toBe("hidden");
  });

  it("records the identity of the company it sent to in HandoffSettings", async () => {
    const book = await readXlsx(copy.file);
    const { settings } = readSettings(book.input.tables.HandoffSettings);
    expect(settings.sentTo).toEqual({ guid: emu.state.guid, booksFrom: emu.state.booksFrom, voucherMark: emu.state.highWaterMarks().altVchId });
  });

  it("keeps every other cell's value, formula, number format, fill and font, every width and every table", async () => {
    const after = await snapshotFile(copy.file);
    const changed = [...before.cells].filter(([key, cell]) => !owned(key) && JSON.stringify(after.cells.get(key)) !== JSON.stringify(cell));
    expect(changed.map(([key]) => key)).toEqual([]);
    // A row that gets a status now reaches further right, so exceljs lists its empty cells in between.
    const empty = JSON.stringify({ value: null });
    const added = [...after.cells].filter(([key, cell]) => !before.cells.has(key) && !owned(key) && JSON.stringify(cell) !== empty);
    expect(added).toEqual([]);
    expect(after.widths).toEqual(before.widths);
    expect(after.sheetStates).toEqual(before.sheetStates);
    // PostingLog and HandoffSettings grow by the add-in's own rows; every other table keeps its range.
    const { PostingLog: _log, HandoffSettings: settingsAfter, ...tablesAfter } = Object.fromEntries(after.tables);
    const { PostingLog: _old, HandoffSettings: settingsBefore, ...tablesBefore } = Object.fromEntries(before.tables);
    expect(tablesAfter).toEqual(tablesBefore);
    expect(settingsAfter).toBe(String(settingsBefore).replace(/B12$/, `B${12 + COMPANY_MEMORY_KEYS.length}`));
  });

  it("sends nothing again on a second push: Tally still holds each voucher once", async () => {
    const second = capturedIo();
    expect(await runCli(["push", copy.file, "--tally", emu.url, ...flags], second)).toBe(1);
    expect(emu.state.vouchers()).toHaveLength(facts.vouchers.valid);
    expect(second.stdout.join("\n")).toContain(`Posted 0, failed 0, unknown 0, already in Tally and unchanged ${facts.vouchers.valid}.`);
    const statuses = statusesOf(await readXlsx(copy.file));
    expect(statuses.filter((s) => s === "Posted")).toHaveLength(Object.values(facts.rows).reduce((a, b) => a + b, 0) - facts.rowsHeldBack);
  });
});

describe("tally-handoff push, stopped and failing", () => {
  it("stops after the current batch on Ctrl+C and the workbook records what reached Tally", async () => {
    const facts = JSON.parse(await readFile(SAMPLE_FACTS, "utf8")) as SampleFacts;
    const copy = await sampleCopy();
    const emu = await sampleEmulator(facts.company);
    try {
      const io = capturedIo();
      io.onOut = (text) => {
        if (text.startsWith("Sent ")) io.pressCtrlC();
      };
      expect(await runCli(["push", copy.file, "--tally", emu.url, "--batch-size", "10", "--prepare-tally"], io)).toBe(1);
      expect(io.stdout.join("\n")).toContain("Stopped on request after the current batch");
      const posted = emu.state.vouchers().length;
      expect(posted).toBe(10);
      const log = readPostingLog(await readXlsx(copy.file));
      expect(log.filter((e) => e.result === "Posted")).toHaveLength(posted);
    } finally {
      await emu.close();
      await copy.cleanUp();
    }
  });

  it("shows progress on one updating line on a terminal instead of a line per batch", async () => {
    const copy = await sampleCopy();
    const file = path.join(copy.dir, "small.xlsx");
    await writeWorkbookFile(generateWorkbook({ seed: 3, salesInvoices: 30, linesPerInvoice: 1, receipts: 5 }), file);
    const emu = await startEmulator({ port: 0, company: "Demo Trading Co", booksFrom: "2026-04-01" });
    try {
      const io = capturedIo({ isTTY: true });
      expect(await runCli(["push", file, "--tally", emu.url, "--batch-size", "10", "--create-masters", "--prepare-tally"], io)).toBe(0);
      expect(io.progressLines.length).toBeGreaterThanOrEqual(3);
      expect(io.progressLines[io.progressLines.length - 1]).toMatch(/^Sent (\d+) of \1: \1 posted, 0 failed\.$/);
      expect(io.stdout.some((l) => l.startsWith("Sent "))).toBe(false);
    } finally {
      await emu.close();
      await copy.cleanUp();
    }
  });

  it("exits 2 without sending or writing anything when Settings have errors", async () => {
    const copy = await sampleCopy();
    const file = path.join(copy.dir, "no-settings.xlsx");
    const { HandoffSettings: _settings, ...tables } = generateWorkbook({ seed: 5, salesInvoices: 3, linesPerInvoice: 1 }).tables;
    await writeWorkbookFile({ tables }, file);
    const before = await readFile(file);
    try {
      const io = capturedIo();
      expect(await runCli(["push", file, "--tally", "http://127.0.0.1:9"], io)).toBe(2);
      expect(io.stderr.join("\n")).toContain("Fix Settings on the TallyHandoff sheet first; nothing was sent.");
      expect(await readFile(file)).toEqual(before);
    } finally {
      await copy.cleanUp();
    }
  });

  it("exits 2 when nothing answers at the Tally address, and still marks the rows Ready or Invalid", async () => {
    const copy = await sampleCopy();
    const closed = await startEmulator({ port: 0 });
    await closed.close();
    try {
      const io = capturedIo();
      expect(await runCli(["push", copy.file, "--tally", closed.url, "--timeout-ms", "5000"], io)).toBe(2);
      expect(io.stdout.join("\n")).toMatch(/Tally/);
      const statuses = statusesOf(await readXlsx(copy.file));
      expect(new Set(statuses)).toEqual(new Set(["Ready", "Invalid"]));
    } finally {
      await copy.cleanUp();
    }
  });
});
