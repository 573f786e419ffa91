/** One CLI run in its own process for bench/cli.bench.ts: prints wall time and peak memory as JSON. */
import { runCli } from "../src/cli/main";
import { capturedIo } from "../test/support/cli-test-kit";

const t0 = performance.now();
runCli(process.argv.slice(2), capturedIo()).then((code) => {
  const ms = performance.now() - t0;
  console.log(JSON.stringify({ code, ms: Math.round(ms), peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024) }));
});
