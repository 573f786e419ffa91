/**
 * Reconcile benchmark on the emulator's cost model (PROTOCOL.md 11.5): a 10,000-voucher workbook is
 * pushed into a company already holding 10,000 vouchers of its own (--seed-vouchers), then
 * reconciled: requests sent, wall time, and the modelled Tally seconds of the reconcile alone
 * (GET /__emulator/cost after a reset). One JSON line. These are the model's seconds, not Tally's.
 */
import { emulatorChild, modelledCost } from "./emulator-child";
import { prepareHandoff } from "../src/core/handoff";
import { directTallyTransport } from "../src/adapters/tally-http";
import { runPush } from "../src/engine/push";
import { runReconcile } from "../src/engine/reconcile";
import { generateWorkbook } from "../test/support/generate-workbook";
import { createLedgers, portsFor } from "../test/support/push-harness";

const COMPANY = "Demo Trading Co";
const SEEDED = 10_000;

export async function benchReconcile(): Promise<Record<string, unknown>> {
  const { url, stop } = await emulatorChild(["--company", COMPANY, "--seed-vouchers", String(SEEDED)]);
  try {
    const workbook = generateWorkbook({
      seed: 9,
      salesInvoices: 8000,
      linesPerInvoice: 3,
      purchases: 800,
      receipts: 600,
      payments: 300,
      expenses: 200,
      stockMoves: 80,
      journals: 20,
    });
    const vouchers = prepareHandoff(workbook).vouchers;
    const tally = directTallyTransport({ url, timeoutMs: 600_000 });
    await createLedgers(tally, COMPANY, [
      { name: "Depreciation", parent: "Indirect Expenses" },
      { name: "Furniture", parent: "Fixed Assets" },
    ]);
    const ports = portsFor(tally);
    await runPush(vouchers, ports, { company: COMPANY, createMissingMasters: true, prepareTally: true });
    await modelledCost(url, true);
    const t0 = performance.now();
    const run = await runReconcile(vouchers, { tally, log: ports.log }, { company: COMPANY });
    const wallSeconds = (performance.now() - t0) / 1000;
    const c = await modelledCost(url);
    const tallySeconds = Object.values(c.byKind).reduce((s, k) => s + k.seconds, 0);
    const r = run.reconciliation;
    return {
      bench: "reconcile on the cost model",
      workbookVouchers: vouchers.length,
      existingVouchers: SEEDED,
      requests: run.requests,
      wallSeconds: Number(wallSeconds.toFixed(1)),
      modelledTallySeconds: Number(tallySeconds.toFixed(1)),
      inStep: r.counts["in-step"],
      notOurs: r.counts["not-ours"],
      otherStates: vouchers.length - r.counts["in-step"],
      notChecked: run.unread.length,
    };
  } finally {
    stop();
  }
}

if (require.main === module) {
  benchReconcile().then(
    (l) => console.log(JSON.stringify(l)),
    (e: unknown) => {
      console.error(e);
      process.exitCode = 1;
    },
  );
}
