/**
 * Reconcile benchmark on the emulator's cost model (PROTOCOL.md 11.5): a 10,000-voucher workbook is
 * pushed into a company already holding 10,000 vouchers of its own (--seed-vouchers), then
 * reconciled: requests sent, wall time, and the modelled Tally seconds of the reconcile alone
 * (GET /__emulator/cost after a reset). One JSON line. These are the model's seconds, not Tally's.
 */
import { spawn } from "node:child_process";
import { createServer } from "node:net";
import path from "node:path";
import { prepareHandoff } from "../src/core/handoff";
import { directTallyTransport } from "../src/adapters/tally-http";
import { runPush } from "../src/engine/push";
import { runReconcile } from "../src/engine/reconcile";
import { generateWorkbook } from "../test/support/generate-workbook";
import { createLedgers, portsFor } from "../test/support/push-harness";

const COMPANY = "Demo Trading Co";
const SEEDED = 10_000;

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, "127.0.0.1", () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

async function waitFor(url: string): Promise<void> {
  for (let i = 0; i < 600; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  throw new Error("emulator did not start");
}

interface Cost {
  byKind: Record<string, { seconds: number; requests: number }>;
}

async function cost(url: string, reset = false): Promise<Cost> {
  const res = await fetch(`${url}/__emulator/cost${reset ? "/reset" : ""}`, { method: reset ? "POST" : "GET" });
  return (await res.json()) as Cost;
}

export async function benchReconcile(): Promise<Record<string, unknown>> {
  const port = await freePort();
  const root = path.resolve(__dirname, "..");
  const args = ["emulator", "--port", String(port), "--company", COMPANY, "--control", "--seed-vouchers", String(SEEDED)];
  const child = spawn(process.execPath, ["--import", "tsx", path.join(root, "bin/tally-handoff.js"), ...args], {
    stdio: "ignore",
    cwd: root,
  });
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitFor(url);
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
    await cost(url, true);
    const t0 = performance.now();
    const run = await runReconcile(vouchers, { tally, log: ports.log }, { company: COMPANY });
    const wallSeconds = (performance.now() - t0) / 1000;
    const c = await cost(url);
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
    child.kill();
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
