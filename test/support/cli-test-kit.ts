/**
 * For the command line's tests: a CliIo that records what a command prints and lets a test press
 * Ctrl+C, and a temporary copy of the sample workbook (tests never touch examples/ itself).
 */
import { copyFile, mkdtemp, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import type { WorkbookInput } from "../../src/core/records/types";
import type { SampleFacts } from "../../scripts/sample-trading/sample-facts";
import type { CliIo, Interruption } from "../../src/cli/cli-io";

export const SAMPLE = path.resolve(__dirname, "..", "..", "examples", "sample-trading-q1.xlsx");
export const SAMPLE_FACTS = path.resolve(__dirname, "..", "..", "examples", "sample-trading-q1.expected.json");

export interface CapturedIo extends CliIo {
  stdout: string[];
  stderr: string[];
  progressLines: string[];
  /** Presses Ctrl+C: the current command's interruption fires. */
  pressCtrlC(): void;
  /** Called with every stdout line, e.g. to press Ctrl+C at a chosen moment. */
  onOut?: (text: string) => void;
}

export function capturedIo(options: { cwd?: string; isTTY?: boolean; now?: Date } = {}): CapturedIo {
  const controller = new AbortController();
  const io: CapturedIo = {
    stdout: [],
    stderr: [],
    progressLines: [],
    out: (text) => {
      io.stdout.push(text);
      io.onOut?.(text);
    },
    err: (text) => void io.stderr.push(text),
    progress: (text) => void io.progressLines.push(text),
    isTTY: options.isTTY ?? false,
    cwd: options.cwd ?? process.cwd(),
    env: {},
    now: () => options.now ?? new Date(Date.UTC(2026, 6, 1, 10, 30)),
    interruption: (): Interruption => ({
      signal: controller.signal,
      stopped: new Promise((resolve) => controller.signal.addEventListener("abort", () => resolve(), { once: true })),
      dispose: () => undefined,
    }),
    pressCtrlC: () => controller.abort(),
  };
  return io;
}

/** A fresh folder in the system's temp folder, with a copy of the sample workbook in it. */
export async function sampleCopy(name = "book.xlsx"): Promise<{ dir: string; file: string; cleanUp(): Promise<void> }> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "tally-handoff-cli-"));
  const file = path.join(dir, name);
  await copyFile(SAMPLE, file);
  return { dir, file, cleanUp: () => rm(dir, { recursive: true, force: true }) };
}

/**
 * Writes a WorkbookInput (test/support/generate-workbook.ts makes valid ones) as an .xlsx with one
 * Excel table per table: ops tables on their own sheets, the settings and map on TallyHandoff.
 */
export async function writeWorkbookFile(input: WorkbookInput, file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const hidden = ["HandoffSettings", "LedgerMap"];
  let handoff: ExcelJS.Worksheet | undefined;
  let nextColumn = 1;
  for (const [name, table] of Object.entries(input.tables)) {
    if (!table) continue;
    const onHidden = hidden.includes(name);
    if (onHidden) handoff ??= wb.addWorksheet("TallyHandoff", { state: "hidden" });
    const ws = onHidden ? handoff! : wb.addWorksheet(name);
    const ref = onHidden ? `${String.fromCharCode(64 + nextColumn)}1` : "A1";
    if (onHidden) nextColumn += table.headers.length + 1;
    const rows = table.rows.length > 0 ? table.rows.map((r) => [...r] as ExcelJS.CellValue[]) : [table.headers.map(() => null)];
    ws.addTable({ name, ref, headerRow: true, columns: table.headers.map((h) => ({ name: h, filterButton: true })), rows });
  }
  await wb.xlsx.writeFile(file);
}

/** A copy of the sample workbook and the sample's facts for one test file: made before its tests, removed after them. */
export function sampleForTests(): { copy: Awaited<ReturnType<typeof sampleCopy>>; facts: SampleFacts } {
  const sample = {} as { copy: Awaited<ReturnType<typeof sampleCopy>>; facts: SampleFacts };
  beforeAll(async () => {
    sample.copy = await sampleCopy();
    sample.facts = JSON.parse(await readFile(SAMPLE_FACTS, "utf8")) as SampleFacts;
  });
  afterAll(() => sample.copy.cleanUp());
  return sample;
}

/** A fresh copy of the sample for each test, with its bytes as they were (to prove the workbook intact). */
export function sampleEachTest(): { copy: Awaited<ReturnType<typeof sampleCopy>>; original: Buffer } {
  const sample = {} as { copy: Awaited<ReturnType<typeof sampleCopy>>; original: Buffer };
  beforeEach(async () => {
    sample.copy = await sampleCopy();
    sample.original = await readFile(sample.copy.file);
  });
  afterEach(() => sample.copy.cleanUp());
  return sample;
}
