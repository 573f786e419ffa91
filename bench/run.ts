/**
 * `npm run bench`: runs each benchmark in its own Node process (so peak memory is its own) and
 * prints one table. Benchmarks measure; tests never time anything (shared, noisy machines).
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";

const BENCHES = [
  "core.bench.ts",
  "xml-writer.bench.ts",
  "bundle.bench.ts",
  "cli.bench.ts",
  "xlsx-read.bench.ts",
  "push.bench.ts",
  "bridge-artifacts.bench.ts",
  "pane-mappings.bench.ts",
  "reconcile.bench.ts",
];

for (const file of BENCHES) {
  const full = path.join(__dirname, file);
  if (!existsSync(full)) continue;
  const run = spawnSync(process.execPath, ["--expose-gc", "--import", "tsx", full], { encoding: "utf8" });
  // Every JSON line a benchmark prints is a result (some print one per size or per run).
  const lines = run.stdout.split("\n").filter((l) => l.trim().startsWith("{"));
  if (run.status !== 0) {
    console.log(`${file}: failed\n${run.stderr}`);
    process.exitCode = 1;
    continue;
  }
  for (const line of lines) console.log(`${file}: ${line}`);
}
