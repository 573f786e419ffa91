/**
 * Issue #6: the command line on the sample workbook and on a generated 100,000-line workbook:
 * wall time and peak memory of `validate` and `export`, each in its own process (tsx start-up
 * included, as a person running the command would see it).
 */
import { spawnSync } from "node:child_process";
import { mkdtemp, rm, stat } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { SAMPLE, writeWorkbookFile } from "../test/support/cli-test-kit";
import { generateWorkbook } from "../test/support/generate-workbook";

function runChild(args: string[]): { code: number; ms: number; peakRssMb: number } {
  const run = spawnSync(process.execPath, ["--import", "tsx", path.join(__dirname, "cli-child.ts"), ...args], {
    encoding: "utf8",
    maxBuffer: 1 << 26,
  });
  const line = run.stdout.trim().split("\n").pop() ?? "{}";
  return JSON.parse(line);
}

export async function benchCli(): Promise<Record<string, number | string>> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "tally-handoff-bench-"));
  try {
    const big = path.join(dir, "big.xlsx");
    await writeWorkbookFile(generateWorkbook({ seed: 3, salesInvoices: 20_000, linesPerInvoice: 5 }), big);
    const result: Record<string, number | string> = { bench: "command line", bigXlsxMb: Math.round((await stat(big)).size / 1e5) / 10 };
    for (const [label, book] of [
      ["sample", SAMPLE],
      ["100k", big],
    ] as const) {
      const v = runChild(["validate", book, "--json"]);
      const e = runChild(["export", book, "--format", "xml", "--out", path.join(dir, `${label}.xml`)]);
      Object.assign(result, {
        [`${label}ValidateMs`]: v.ms,
        [`${label}ValidatePeakMb`]: v.peakRssMb,
        [`${label}ExportMs`]: e.ms,
        [`${label}ExportPeakMb`]: e.peakRssMb,
      });
    }
    return result;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

if (require.main === module) benchCli().then((r) => console.log(JSON.stringify(r)));
