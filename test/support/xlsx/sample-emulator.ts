/**
 * An emulator ready for the sample workbook's push: the company open, and the ledgers its
 * journals name (a push creates parties and items, never a journal's ledgers).
 */
import { directTallyTransport } from "../../../src/adapters/tally-http";
import { buildMasterImport } from "../../../src/core/tally/write";
import type { ProfileName } from "../../../src/emulator/profiles";
import { startEmulator, type RunningEmulator } from "../../../src/emulator/server";

const JOURNAL_LEDGERS: [string, string][] = [
  ["Depreciation", "Indirect Expenses"],
  ["Furniture & Fixtures", "Fixed Assets"],
  ["Salaries", "Indirect Expenses"],
  ["Salaries Payable", "Current Liabilities"],
  ["Bank Charges", "Indirect Expenses"],
];

/** Tally as it comes (factory, after --prepare-tally) and as the README once asked users to set it up. */
export const PUSH_PROFILES: { profile: ProfileName; flags: string[] }[] = [
  { profile: "factory", flags: ["--prepare-tally"] },
  { profile: "configured", flags: [] },
];

export async function sampleEmulator(company: string, profile: ProfileName): Promise<RunningEmulator> {
  const emu = await startEmulator({ port: 0, company, booksFrom: "2026-04-01", profile });
  const xml = buildMasterImport(
    { ledgers: JOURNAL_LEDGERS.map(([name, parent]) => ({ name, parent })) },
    { company, applicableFrom: { y: 2026, m: 4, d: 1 } },
  );
  await directTallyTransport({ url: emu.url }).post(xml);
  return emu;
}
