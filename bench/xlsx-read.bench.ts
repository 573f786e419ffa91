/**
 * Issue #16: the .xlsx adapter on the generated 100,000-line workbook (as bench/cli.bench.ts makes
 * it): `validate` and `export` through the command line, and the push's write-back (a status on
 * every row, then the save), beside exceljs's full reader, exceljs's streaming reader, a bare
 * yauzl + saxes pass and the core alone, over the same file. Each runs in its own process, for
 * its own peak memory. Targets: validate and export within 2x (bare pass + core), peak memory
 * under 300 MB; write-back under 2x validate.
 */
import { spawnSync } from "node:child_process";
import { copyFile, mkdtemp, rm, stat } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { writeWorkbookFile } from "../test/support/cli-test-kit";
import { generateWorkbook } from "../test/support/generate-workbook";

type Run = { ms: number; peakRssMb: number };

function child(script: string, args: string[]): Run {
  const run = spawnSync(process.execPath, ["--import", "tsx", path.join(__dirname, script), ...args], {
    encoding: "utf8",
    maxBuffer: 1 << 26,
  });
  if (run.status !== 0) throw new Error(`${script} ${args[0]} failed: ${run.stderr}`);
  return JSON.parse(run.stdout.trim().split("\n").pop() ?? "{}") as Run;
}

export async function benchXlsxRead(): Promise<Record<string, number | string | boolean>> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "tally-handoff-bench-xlsx-"));
  try {
    const big = path.join(dir, "big.xlsx");
    await writeWorkbookFile(generateWorkbook({ seed: 3, salesInvoices: 20_000, linesPerInvoice: 5 }), big);
    const runs: Record<string, Run> = {
      validate: child("cli-child.ts", ["validate", big, "--json"]),
      export: child("cli-child.ts", ["export", big, "--format", "xml", "--out", path.join(dir, "big.xml")]),
      exceljsFull: child("xlsx-read-child.ts", ["exceljs-full", big]),
      exceljsStream: child("xlsx-read-child.ts", ["exceljs-stream", big]),
      bare: child("xlsx-read-child.ts", ["bare", big]),
      core: child("xlsx-read-child.ts", ["core", big]),
    };
    const copy = path.join(dir, "pushed.xlsx");
    await copyFile(big, copy);
    runs.writeBack = child("xlsx-read-child.ts", ["write-back", copy]);
    const result: Record<string, number | string | boolean> = {
      bench: "xlsx adapter",
      bigXlsxMb: Math.round((await stat(big)).size / 1e5) / 10,
    };
    for (const [name, r] of Object.entries(runs)) Object.assign(result, { [`${name}Ms`]: r.ms, [`${name}PeakMb`]: r.peakRssMb });
    const budget = 2 * (runs.bare.ms + runs.core.ms);
    result.validateWithin2x = runs.validate.ms <= budget;
    result.exportWithin2x = runs.export.ms <= budget;
    result.peakUnder300Mb = Math.max(runs.validate.peakRssMb, runs.export.peakRssMb) < 300;
    result.writeBackUnder2xValidate = runs.writeBack.ms <= 2 * runs.validate.ms;
    return result;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

if (require.main === module) benchXlsxRead().then((r) => console.log(JSON.stringify(r)));
