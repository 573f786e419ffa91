/**
 * Issue #2 target: validate + build vouchers for a 100,000-line workbook in under 1.5 s and 400 MB
 * on the project's 2-core machine. Run through `npm run bench` (a child process per bench, so
 * peak memory is this bench's own).
 */
import { prepareHandoff } from "../src/core/handoff";
import { generateWorkbook } from "../test/support/generate-workbook";

export async function benchCore(): Promise<Record<string, number | string>> {
  const input = generateWorkbook({ seed: 7, salesInvoices: 20_000, linesPerInvoice: 5 });
  const lines = input.tables.Sales?.rows.length ?? 0;
  global.gc?.();
  const rssBeforeMb = process.memoryUsage().rss / 1e6;
  const t0 = performance.now();
  const handoff = prepareHandoff(input);
  const ms = performance.now() - t0;
  const peakRssMb = process.resourceUsage().maxRSS / 1024;
  const errors = handoff.findings.filter((f) => f.severity === "error").length;
  return {
    bench: "validate + build vouchers",
    lines,
    vouchers: handoff.vouchers.length,
    errors,
    ms: Math.round(ms),
    rssBeforeMb: Math.round(rssBeforeMb),
    peakRssMb: Math.round(peakRssMb),
    target: "ms < 1500, peakRssMb < 400",
  };
}

if (require.main === module) benchCore().then((r) => console.log(JSON.stringify(r)));
