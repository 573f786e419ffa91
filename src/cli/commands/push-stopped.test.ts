/** push cut short: Ctrl+C, a terminal's progress line, Settings errors, nothing answering at the address. */
import { readFile } from "node:fs/promises";
import path from "node:path";
import type { SampleFacts } from "../../../scripts/sample-trading/sample-facts";
import { generateWorkbook } from "../../../test/support/generate-workbook";
import { readPostingLog } from "../../adapters/xlsx/posting-log-sheet";
import { readXlsx } from "../../adapters/xlsx/read-xlsx";
import { startEmulator } from "../../emulator/server";
import { capturedIo, sampleCopy, SAMPLE_FACTS, writeWorkbookFile } from "../../../test/support/cli-test-kit";
import { PROFILES, sampleEmulator, statusesOf } from "../../../test/support/push-cli-kit";
import { runCli } from "../main";

jest.setTimeout(180_000);

describe.each(PROFILES)("tally-handoff push, stopped and failing, on the $profile profile", ({ profile, flags }) => {
  it("stops after the current batch on Ctrl+C and the workbook records what reached Tally", async () => {
    const facts = JSON.parse(await readFile(SAMPLE_FACTS, "utf8")) as SampleFacts;
    const copy = await sampleCopy();
    const emu = await sampleEmulator(facts.company, profile);
    try {
      const io = capturedIo();
      io.onOut = (text) => {
        if (text.startsWith("Sent ")) io.pressCtrlC();
      };
      expect(await runCli(["push", copy.file, "--tally", emu.url, "--batch-size", "10", ...flags], io)).toBe(1);
      expect(io.stdout.join("\n")).toContain("Stopped on request after the current batch");
      const posted = emu.state.vouchers().length;
      expect(posted).toBe(10);
      const log = readPostingLog(await readXlsx(copy.file));
      expect(log.filter((e) => e.result === "Posted")).toHaveLength(posted);
    } finally {
      await emu.close();
      await copy.cleanUp();
    }
  });

  it("shows progress on one updating line on a terminal instead of a line per batch", async () => {
    const copy = await sampleCopy();
    const file = path.join(copy.dir, "small.xlsx");
    await writeWorkbookFile(generateWorkbook({ seed: 3, salesInvoices: 30, linesPerInvoice: 1, receipts: 5 }), file);
    const emu = await startEmulator({ port: 0, company: "Demo Trading Co", booksFrom: "2026-04-01", profile });
    try {
      const io = capturedIo({ isTTY: true });
      expect(await runCli(["push", file, "--tally", emu.url, "--batch-size", "10", "--create-masters", ...flags], io)).toBe(0);
      expect(io.progressLines.length).toBeGreaterThanOrEqual(3);
      expect(io.progressLines[io.progressLines.length - 1]).toMatch(/^Sent (\d+) of \1: \1 posted, 0 failed\.$/);
      expect(io.stdout.some((l) => l.startsWith("Sent "))).toBe(false);
    } finally {
      await emu.close();
      await copy.cleanUp();
    }
  });

  it("exits 2 without sending or writing anything when Settings have errors", async () => {
    const copy = await sampleCopy();
    const file = path.join(copy.dir, "no-settings.xlsx");
    const { HandoffSettings: _settings, ...tables } = generateWorkbook({ seed: 5, salesInvoices: 3, linesPerInvoice: 1 }).tables;
    await writeWorkbookFile({ tables }, file);
    const before = await readFile(file);
    try {
      const io = capturedIo();
      expect(await runCli(["push", file, "--tally", "http://127.0.0.1:9", ...flags], io)).toBe(2);
      expect(io.stderr.join("\n")).toContain("Fix Settings on the TallyHandoff sheet first; nothing was sent.");
      expect(await readFile(file)).toEqual(before);
    } finally {
      await copy.cleanUp();
    }
  });

  it("exits 2 when nothing answers at the Tally address, and still marks the rows Ready or Invalid", async () => {
    const copy = await sampleCopy();
    const closed = await startEmulator({ port: 0, profile });
    await closed.close();
    try {
      const io = capturedIo();
      expect(await runCli(["push", copy.file, "--tally", closed.url, "--timeout-ms", "5000", ...flags], io)).toBe(2);
      expect(io.stdout.join("\n")).toMatch(/Tally/);
      const statuses = statusesOf(await readXlsx(copy.file));
      expect(new Set(statuses)).toEqual(new Set(["Ready", "Invalid"]));
    } finally {
      await copy.cleanUp();
    }
  });
});
