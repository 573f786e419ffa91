/**
 * What the engine's push tests share: the profiles every push test runs on (a result that holds on
 * one profile only is not a result), a workbook of every voucher kind, and an emulator holding the
 * two ledgers an owner creates by hand for the generated journals.
 */
import { directTallyTransport } from "../../src/adapters/tally-http";
import type { WorkbookInput } from "../../src/core/records/types";
import type { PushOptions } from "../../src/engine/push";
import type { ProfileName } from "../../src/emulator/profiles";
import { startEmulator, type EmulatorOptions, type RunningEmulator } from "../../src/emulator/server";
import { generateWorkbook } from "./generate-workbook";
import { createLedgers } from "./push-harness";

export const COMPANY = "Demo Trading Co";

/** On factory Tally, after the user agrees to Prepare Tally. */
export const PUSH_PROFILES: { profile: ProfileName; options: Partial<PushOptions> }[] = [
  { profile: "factory", options: { prepareTally: true } },
  { profile: "configured", options: {} },
  { profile: "legacy", options: {} },
];

export function everyKindWorkbook(seed = 11): WorkbookInput {
  return generateWorkbook({
    seed,
    salesInvoices: 12,
    linesPerInvoice: 3,
    purchases: 4,
    receipts: 4,
    payments: 3,
    expenses: 4,
    returns: 2,
    stockMoves: 3,
    journals: 2,
  });
}

/** An emulator for COMPANY with the journals' ledgers, closed when `run` ends. */
export async function withPushEmulator(options: EmulatorOptions, run: (emu: RunningEmulator) => Promise<void>): Promise<void> {
  const emu = await startEmulator({ port: 0, company: COMPANY, ...options });
  try {
    await createLedgers(directTallyTransport({ url: emu.url }), COMPANY, [
      { name: "Depreciation", parent: "Indirect Expenses" },
      { name: "Furniture", parent: "Fixed Assets" },
    ]);
    await run(emu);
  } finally {
    await emu.close();
  }
}
