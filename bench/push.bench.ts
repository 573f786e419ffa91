/**
 * Push benchmark on the emulator's cost model (PROTOCOL.md 11.5; src/emulator/cost-model.ts):
 * 10,000 vouchers pushed into companies already holding 0, 10,000 and 100,000 vouchers, then pushed
 * again (nothing to write). The emulator runs in its own process; its modelled Tally seconds are read
 * from the control endpoint. One JSON line per run. These are the model's seconds, not Tally's.
 * Targets (issue #15): reads <= 25% of writes; total at 100,000 <= 1.2 x total at 0; client time
 * < 10% of modelled Tally time; a re-push <= 10% of the first push's modelled seconds.
 */
import { emulatorChild, modelledCost, type Cost } from "./emulator-child";
import { prepareHandoff } from "../src/core/handoff";
import { directTallyTransport } from "../src/adapters/tally-http";
import { runPush } from "../src/engine/push";
import type { PushReport, TallyPort } from "../src/engine/ports";
import { generateWorkbook } from "../test/support/generate-workbook";
import { createLedgers, portsFor } from "../test/support/push-harness";

const COMPANY = "Demo Trading Co";

const seconds = (c: Cost, kinds: string[]) => kinds.reduce((s, k) => s + (c.byKind[k]?.seconds ?? 0), 0);

function line(existing: number, run: string, c: Cost, report: PushReport, clientMs: number, firstTotal?: number) {
  const writeTallySeconds = seconds(c, ["write"]);
  const readTallySeconds = seconds(c, ["voucher read", "other read"]);
  const total = writeTallySeconds + readTallySeconds;
  const share = (part: number, whole: number) => (whole > 0 ? `${((100 * part) / whole).toFixed(1)}%` : "n/a");
  return {
    bench: "push on the cost model",
    run,
    existingVouchers: existing,
    writeTallySeconds: Number(writeTallySeconds.toFixed(1)),
    readTallySeconds: Number(readTallySeconds.toFixed(1)),
    requests: report.requests,
    clientSeconds: Number((clientMs / 1000).toFixed(1)),
    readsOfWrites: share(readTallySeconds, writeTallySeconds),
    clientOfTally: share(clientMs / 1000, total),
    ...(firstTotal === undefined ? {} : { ofFirstPush: share(total, firstTotal) }),
    posted: report.posted,
    upToDate: report.upToDate,
    failed: report.failed + report.unknown,
  };
}

async function benchAt(existing: number): Promise<Record<string, unknown>[]> {
  const { url, stop } = await emulatorChild(["--company", COMPANY, "--seed-vouchers", String(existing)]);
  try {
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
    const direct = directTallyTransport({ url, timeoutMs: 600_000 });
    await createLedgers(direct, COMPANY, [
      { name: "Depreciation", parent: "Indirect Expenses" },
      { name: "Furniture", parent: "Fixed Assets" },
    ]);
    let insideMs = 0;
    const timed: TallyPort = {
      post: async (xml, opts) => {
        const t = performance.now();
        try {
          return await direct.post(xml, opts);
        } finally {
          insideMs += performance.now() - t;
        }
      },
    };
    const ports = portsFor(timed);
    const options = { company: COMPANY, createMissingMasters: true, prepareTally: true };
    await modelledCost(url, true);
    let t0 = performance.now();
    const first = await runPush(handoff.vouchers, ports, options);
    const firstCost = await modelledCost(url);
    const firstLine = line(existing, "first push", firstCost, first, performance.now() - t0 - insideMs);
    const firstTotal = seconds(firstCost, ["write", "voucher read", "other read"]);
    await modelledCost(url, true);
    insideMs = 0;
    t0 = performance.now();
    const again = await runPush(handoff.vouchers, ports, { ...options, sentTo: first.company });
    return [firstLine, line(existing, "re-push", await modelledCost(url), again, performance.now() - t0 - insideMs, firstTotal)];
  } finally {
    stop();
  }
}

/** Prints each JSON line as soon as its run is done. */
export async function benchPush(print: (line: Record<string, unknown>) => void): Promise<void> {
  for (const existing of [0, 10_000, 100_000]) for (const l of await benchAt(existing)) print(l);
}

if (require.main === module) void benchPush((l) => console.log(JSON.stringify(l)));
