/**
 * Issue #4 benchmark: 10,000 vouchers pushed to the emulator, which runs in its own process (so
 * its CPU is not ours). Reports wall time, request count, and the share of wall time spent
 * outside Tally requests (our engine: planning, XML, reading back, verifying). Target < 10%.
 */
import { spawn } from "node:child_process";
import { createServer } from "node:net";
import path from "node:path";
import { prepareHandoff } from "../src/core/handoff";
import { directTallyTransport } from "../src/adapters/tally-http";
import { runPush } from "../src/engine/push";
import type { TallyPort } from "../src/engine/ports";
import { generateWorkbook } from "../test/support/generate-workbook";
import { createLedgers, portsFor } from "../test/support/push-harness";

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, "127.0.0.1", () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

async function waitFor(url: string): Promise<void> {
  for (let i = 0; i < 200; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  throw new Error("emulator did not start");
}

export async function benchPush(): Promise<Record<string, number | string>> {
  const port = await freePort();
  const root = path.resolve(__dirname, "..");
  const child = spawn(
    process.execPath,
    ["--import", "tsx", path.join(root, "bin/tally-handoff.js"), "emulator", "--port", String(port), "--company", "Demo Trading Co"],
    { stdio: "ignore", cwd: root },
  );
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitFor(url);
    const handoff = prepareHandoff(
      generateWorkbook({
        seed: 9,
        salesInvoices: 8000,
        linesPerInvoice: 3,
        purchases: 800,
        receipts: 600,
        payments: 300,
        expenses: 200,
        stockMoves: 80,
        journals: 20,
      }),
    );
    const direct = directTallyTransport({ url, timeoutMs: 120_000 });
    await createLedgers(direct, "Demo Trading Co", [
      { name: "Depreciation", parent: "Indirect Expenses" },
      { name: "Furniture", parent: "Fixed Assets" },
    ]);
    let insideMs = 0;
    const timed: TallyPort = {
      post: async (xml) => {
        const t = performance.now();
        try {
          return await direct.post(xml);
        } finally {
          insideMs += performance.now() - t;
        }
      },
    };
    const t0 = performance.now();
    const report = await runPush(handoff.vouchers, portsFor(timed), {
      company: "Demo Trading Co",
      createMissingMasters: true,
      batchSize: 50,
    });
    const wallMs = performance.now() - t0;
    return {
      bench: "push to the emulator",
      vouchers: handoff.vouchers.length,
      posted: report.posted,
      failed: report.failed,
      requests: report.requests,
      wallMs: Math.round(wallMs),
      insideTallyMs: Math.round(insideMs),
      outsideShare: `${((100 * (wallMs - insideMs)) / wallMs).toFixed(1)}%`,
      target: "outsideShare < 10%",
    };
  } finally {
    child.kill();
  }
}

if (require.main === module) benchPush().then((r) => console.log(JSON.stringify(r)));
