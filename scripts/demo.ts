/**
 * `npm run demo`: the project doing its job without Excel and without Tally. Starts the
 * project's Tally EMULATOR on a free port, validates a copy of the sample workbook, pushes its
 * valid vouchers with the command line's push, and prints what went where and the emulator's
 * trial balance. Nothing here is TallyPrime: the README says what the emulator is and is not.
 */
import { copyFile, mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { directTallyTransport } from "../src/adapters/tally-http";
import { readXlsx } from "../src/adapters/xlsx/read-xlsx";
import { runCli } from "../src/cli/main";
import type { CliIo } from "../src/cli/cli-io";
import { processIo } from "../src/cli/process-io";
import { prepareHandoff, rowVerdicts } from "../src/core/handoff";
import { formatInr } from "../src/core/money";
import { readTrialBalance } from "../src/core/tally/read";
import { trialBalanceRequest } from "../src/core/tally/requests";
import { startEmulator } from "../src/emulator/server";
import { createLedgers } from "../test/support/push-harness";

export const SAMPLE = path.resolve(__dirname, "..", "examples", "sample-trading-q1.xlsx");

export interface DemoSummary {
  vouchersByKind: Record<string, number>;
  posted: number;
  inTally: number;
  heldBackRows: number;
  gstByHead: Record<string, number>;
  trialBalanceRows: number;
  trialBalanceDebit: number;
  trialBalanceCredit: number;
}

function table(rows: [string, string][]): string {
  const width = Math.max(...rows.map(([k]) => k.length));
  return rows.map(([k, v]) => `  ${k.padEnd(width)}  ${v.padStart(16)}`).join("\n");
}

export async function runDemo(io: CliIo): Promise<DemoSummary> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "tally-handoff-demo-"));
  const book = path.join(dir, "sample-trading-q1.xlsx");
  await copyFile(SAMPLE, book);
  const handoff = prepareHandoff((await readXlsx(book)).input);
  const company = handoff.books.settings.company;
  // The factory profile: a company as TallyPrime creates it, every voucher type numbered automatically.
  const emulator = await startEmulator({ port: 0, company, booksFrom: "2026-04-01", profile: "factory" });
  try {
    io.out(`Tally EMULATOR (not TallyPrime), factory profile, for "${company}" on ${emulator.url}\n`);
    // Journal ledgers sit in groups only the owner can choose, so the add-in never creates them;
    // the demo plays the owner and creates the sample's two (README: first run against a real Tally).
    await createLedgers(directTallyTransport({ url: emulator.url }), company, [
      { name: "Depreciation", parent: "Indirect Expenses" },
      { name: "Furniture & Fixtures", parent: "Fixed Assets" },
      { name: "Salaries", parent: "Indirect Expenses" },
      { name: "Salaries Payable", parent: "Current Liabilities" },
      { name: "Bank Charges", parent: "Indirect Expenses" },
    ]);
    io.out("1. Validate the sample workbook (a copy in a temporary folder)");
    await runCli(["validate", book], io);
    io.out("\n2. Send the valid vouchers to the emulator, as it comes out of the box");
    await runCli(["push", book, "--tally", emulator.url, "--create-masters"], io);
    io.out("\n3. Prepare Tally (the user agrees: --prepare-tally), then send again");
    await runCli(["push", book, "--tally", emulator.url, "--create-masters", "--prepare-tally"], io);

    const vouchersByKind: Record<string, number> = {};
    for (const v of handoff.vouchers) vouchersByKind[v.kind] = (vouchersByKind[v.kind] ?? 0) + 1;
    // Output tax is credited on sales and reversed by credit notes; everything else is input tax.
    const gstByHead: Record<string, number> = {};
    for (const v of handoff.vouchers) {
      const output = v.kind === "Sales" || v.kind === "CreditNote";
      for (const e of v.ledgerEntries) {
        if (!e.taxHead) continue;
        const key = `${output ? "Output" : "Input"} ${e.taxHead}`;
        gstByHead[key] = (gstByHead[key] ?? 0) + (output ? e.amount : -e.amount);
      }
    }
    io.out("\n4. Summary");
    io.out(table(Object.entries(vouchersByKind).map(([k, n]) => [k, String(n)])));
    io.out("  GST in the vouchers sent:");
    io.out(table(Object.entries(gstByHead).map(([k, p]) => [k, formatInr(p)])));
    const heldBack = rowVerdicts(handoff).filter((r) => r.status === "Invalid");
    io.out(`  Refused before sending: ${heldBack.length} rows, each with its reason in Tally Note:`);
    for (const r of heldBack) io.out(`    ${r.table} row ${r.row}: ${r.note}`);

    const tally = directTallyTransport({ url: emulator.url });
    const tb = readTrialBalance(await tally.post(trialBalanceRequest(company, { y: 2026, m: 4, d: 1 }, { y: 2027, m: 3, d: 31 })));
    const rows = tb.filter((r) => r.debit !== 0 || r.credit !== 0);
    const debit = rows.reduce((s, r) => s + r.debit, 0);
    const credit = rows.reduce((s, r) => s + r.credit, 0);
    io.out("\n5. The emulator's Trial Balance (read back over XML, as from TallyPrime)");
    io.out(
      rows
        .map(
          (r) =>
            `  ${r.name.padEnd(34)} ${r.debit ? formatInr(r.debit).padStart(16) : "".padStart(16)} ${r.credit ? formatInr(r.credit).padStart(16) : ""}`,
        )
        .join("\n"),
    );
    io.out(`  ${"Total".padEnd(34)} ${formatInr(debit).padStart(16)} ${formatInr(credit).padStart(16)}`);
    io.out("\nThis ran against the project's emulator, not TallyPrime. See README.md for a first run against a real Tally.");
    return {
      vouchersByKind,
      posted: handoff.vouchers.length,
      inTally: emulator.state.vouchers().length,
      heldBackRows: heldBack.length,
      gstByHead,
      trialBalanceRows: rows.length,
      trialBalanceDebit: debit,
      trialBalanceCredit: credit,
    };
  } finally {
    await emulator.close();
    await rm(dir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  runDemo(processIo()).then(
    () => (process.exitCode = 0),
    (e: unknown) => {
      console.error(e instanceof Error ? e.message : e);
      process.exitCode = 2;
    },
  );
}
