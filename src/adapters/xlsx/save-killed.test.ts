/**
 * The write-back killed at random moments (SIGKILL, so nothing can tidy up): whatever the moment,
 * the file on disk is byte for byte the old workbook or the new one, and it opens. The temporary
 * files a killed run leaves are removed by the next run.
 */
import { spawn } from "node:child_process";
import { copyFile, mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { writeWorkbookFile } from "../../../test/support/cli-test-kit";
import { generateWorkbook, seededRandom } from "../../../test/support/generate-workbook";
import { readXlsx } from "./read-xlsx";

jest.setTimeout(300_000);

const CHILD = path.join(__dirname, "../../../test/support/xlsx/save-child.ts");

/** Runs the child; with `killAfterMs`, kills it that long after it starts saving. Resolves when it is gone. */
function runChild(file: string, killAfterMs?: number): Promise<{ saved: boolean }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["--import", "tsx", CHILD, file], { stdio: ["ignore", "pipe", "inherit"] });
    let out = "";
    child.stdout.on("data", (d: Buffer) => {
      out += d.toString();
      if (killAfterMs !== undefined && out.includes("saving")) setTimeout(() => child.kill("SIGKILL"), killAfterMs);
    });
    child.on("exit", () => resolve({ saved: out.includes("saved") }));
  });
}

let dir: string;
let original: string;
let oldBytes: Buffer;
let newBytes: Buffer;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), "tally-handoff-kill-"));
  original = path.join(dir, "original.xlsx");
  await writeWorkbookFile(generateWorkbook({ seed: 16, salesInvoices: 1500, linesPerInvoice: 4 }), original);
  oldBytes = await readFile(original);
  const done = path.join(dir, "done.xlsx");
  await copyFile(original, done);
  expect(await runChild(done)).toEqual({ saved: true });
  newBytes = await readFile(done);
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe("a write-back killed at a random moment", () => {
  it("always leaves the old workbook or the new one, which opens; the next run clears what the killed ones left", async () => {
    expect(newBytes.equals(oldBytes)).toBe(false);
    const random = seededRandom(16);
    const file = path.join(dir, "book.xlsx");
    const seen = { old: 0, new: 0 };
    for (let run = 0; run < 8; run++) {
      await copyFile(original, file);
      await runChild(file, Math.floor(random() * 600));
      const bytes = await readFile(file);
      const which = bytes.equals(oldBytes) ? "old" : bytes.equals(newBytes) ? "new" : "neither";
      expect(which).not.toBe("neither");
      seen[which as "old" | "new"]++;
      const book = await readXlsx(file);
      expect(book.input.tables.Sales!.rows.length).toBeGreaterThan(0);
    }
    // Somewhere in the runs a kill came before the rename (else this test would prove nothing).
    expect(seen.old).toBeGreaterThan(0);
    await runChild(file);
    expect(await readFile(file)).toEqual(newBytes);
    expect((await readdir(dir)).filter((n) => n.endsWith(".tmp"))).toEqual([]);
  });
});
