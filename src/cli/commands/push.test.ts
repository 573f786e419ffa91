import { readFile } from "node:fs/promises";
import type { SampleFacts } from "../../../scripts/sample-trading/sample-facts";
import { readPostingLog } from "../../adapters/xlsx/posting-log-sheet";
import { readXlsx } from "../../adapters/xlsx/read-xlsx";
import { snapshotFile, type WorkbookSnapshot } from "../../../test/support/workbook-snapshot";
import { COMPANY_MEMORY_KEYS, readSettings } from "../../core/records/settings";
import type { RunningEmulator } from "../../emulator/server";
import { capturedIo, sampleCopy, SAMPLE_FACTS } from "../../../test/support/cli-test-kit";
import { PROFILES, pushOwned, sampleEmulator, statusesOf } from "../../../test/support/push-cli-kit";
import { runCli } from "../main";

jest.setTimeout(180_000);

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
    expect(settings.sentTo).toEqual({
      guid: emu.state.guid,
      booksFrom: emu.state.booksFrom,
      voucherMark: emu.state.highWaterMarks().altVchId,
    });
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
