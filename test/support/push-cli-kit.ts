/**
 * For the command line's push tests: the profiles every push test runs on, an emulator holding
 * the sample's journal ledgers, the cells a push may change, and the statuses a workbook shows.
 */
import { columnLetters } from "../../src/adapters/xlsx/excel-tables";
import { locateTable, type XlsxBook } from "../../src/adapters/xlsx/read-xlsx";
import { directTallyTransport } from "../../src/adapters/tally-http";
import { buildMasterImport } from "../../src/core/tally/write";
import { startEmulator, type RunningEmulator } from "../../src/emulator/server";
import type { ProfileName } from "../../src/emulator/profiles";

// The sample's journals name ledgers a company already has; the push may create parties and
// items, but never a journal's ledgers (their group is the owner's choice).
export const JOURNAL_LEDGERS: [string, string][] = [
  ["Depreciation", "Indirect Expenses"],
  ["Furniture & Fixtures", "Fixed Assets"],
  ["Salaries", "Indirect Expenses"],
  ["Salaries Payable", "Current Liabilities"],
  ["Bank Charges", "Indirect Expenses"],
];

/** Push tests run on Tally as it comes (factory, after --prepare-tally) and as the README once asked users to set it up. */
export const PROFILES: { profile: ProfileName; flags: string[] }[] = [
  { profile: "factory", flags: ["--prepare-tally"] },
  { profile: "configured", flags: [] },
];

export async function sampleEmulator(company: string, profile: ProfileName = "factory"): Promise<RunningEmulator> {
  const emu = await startEmulator({ port: 0, company, booksFrom: "2026-04-01", profile });
  const xml = buildMasterImport(
    { ledgers: JOURNAL_LEDGERS.map(([name, parent]) => ({ name, parent })) },
    { company, applicableFrom: { y: 2026, m: 4, d: 1 } },
  );
  await directTallyTransport({ url: emu.url }).post(xml);
  return emu;
}

/** Cells a push may change: the status columns' bodies and the PostingLog's rows. */
export function pushOwned(book: XlsxBook): (key: string) => boolean {
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

export function statusesOf(book: XlsxBook): string[] {
  return [...book.locations.entries()]
    .filter(([name]) => !["HandoffSettings", "LedgerMap"].includes(name))
    .flatMap(([name, at]) => {
      const col = at.headers.indexOf("Tally Status");
      return book.input.tables[name]!.rows.map((r) => String(r[col] ?? ""));
    });
}
