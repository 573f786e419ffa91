/**
 * Push and re-push on workbooks other programs wrote (issue #16): LibreOffice's copy of the
 * sample, the sample as exceljs made it, a hand-made minimal zip, and the exceljs sample with a
 * chart, a pivot cache and macros as an .xlsm. Each on two emulator profiles. After each push every
 * part the add-in does not own has its bytes, and the user's cells read as before.
 */
import { copyFile, mkdtemp, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { readXlsx } from "../../src/adapters/xlsx/read-xlsx";
import { runCli } from "../../src/cli/main";
import type { RunningEmulator } from "../../src/emulator/server";
import { capturedIo, SAMPLE, SAMPLE_FACTS } from "../support/cli-test-kit";
import { EXCEL_ONLY, withExcelOnlyParts } from "../support/xlsx/excel-only-parts";
import { findSoffice, INSTALL_SOFFICE, libreOfficeCopy } from "../support/xlsx/libre-office";
import { writeMinimalWorkbook } from "../support/xlsx/minimal-workbook";
import { PROFILES as PUSH_PROFILES, sampleEmulator } from "../support/push-cli-kit";
import { changedParts, zipParts } from "../support/xlsx/zip-parts";

jest.setTimeout(240_000);

const soffice = findSoffice();
if (!soffice) {
  // Straight to stderr: jest holds back console output of a file whose tests fail or are few.
  process.stderr.write(`\n*** THE LIBREOFFICE PUSH TEST CANNOT RUN: soffice is not on PATH ***\nInstall it: ${INSTALL_SOFFICE}\n\n`);
}

interface Variant {
  writer: string;
  make(dir: string): Promise<string>;
}

const VARIANTS: Variant[] = [
  {
    writer: "exceljs (the sample)",
    make: async (dir) => (await copyFile(SAMPLE, path.join(dir, "book.xlsx")), path.join(dir, "book.xlsx")),
  },
  {
    writer: "LibreOffice",
    make: async (dir) => {
      // Without soffice this fails, never passes quietly (the message above says how to install it).
      if (!soffice) throw new Error(`soffice is not on PATH, so LibreOffice's workbook cannot be made (${INSTALL_SOFFICE})`);
      return libreOfficeCopy(soffice, SAMPLE, dir, "libre.xlsx");
    },
  },
  {
    writer: "a hand-made minimal zip",
    make: async (dir) => {
      const file = path.join(dir, "minimal.xlsx");
      await writeMinimalWorkbook((await readXlsx(SAMPLE)).input, file);
      return file;
    },
  },
  {
    writer: "exceljs, with a chart, a pivot cache and macros (.xlsm)",
    make: async (dir) => {
      const file = path.join(dir, "macros.xlsm");
      await withExcelOnlyParts(SAMPLE, file, { macros: true });
      return file;
    },
  },
];

/** What a push may change: the sheets with status cells or log rows, their tables, the shared strings, and what announces a new part. */
const MAY_CHANGE = [/^xl\/worksheets\/sheet\d+\.xml$/, /^xl\/tables\/table\d+\.xml$/, /^xl\/sharedStrings\.xml$/];
const ANNOUNCES_NEW_PARTS = [
  "[Content_Types].xml",
  "xl/workbook.xml",
  "xl/_rels/workbook.xml.rels",
  /^xl\/worksheets\/_rels\/sheet\d+\.xml\.rels$/,
];
const matches = (name: string, list: readonly (string | RegExp)[]) => list.some((p) => (typeof p === "string" ? p === name : p.test(name)));

/** Every cell of the user's columns, as the reader sees them (status columns left out). */
async function userCells(file: string, settingsRows?: number): Promise<unknown[]> {
  const book = await readXlsx(file);
  return Object.entries(book.input.tables).map(([name, t]) => {
    // HandoffSettings gains the rows of the company it sent to: its own keys.
    const rows = name === "HandoffSettings" ? t!.rows.slice(0, settingsRows) : t!.rows;
    const keep = t!.headers.map((h, i) => (h === "Tally Status" || h === "Tally Note" ? -1 : i)).filter((i) => i >= 0);
    return [name, rows.map((r) => keep.map((i) => (r[i] instanceof Date ? (r[i] as Date).toISOString() : r[i])))];
  });
}

async function statusesOf(file: string): Promise<unknown[]> {
  const book = await readXlsx(file);
  return Object.entries(book.input.tables)
    .filter(([name]) => !["HandoffSettings", "LedgerMap"].includes(name))
    .flatMap(([, t]) => t!.rows.map((r) => r[t!.headers.indexOf("Tally Status")]));
}

const cases = VARIANTS.flatMap((v) => PUSH_PROFILES.map((p) => ({ ...v, ...p })));

describe.each(cases)("push and push again of a workbook written by $writer, on the $profile profile", ({ make, profile, flags }) => {
  let dir: string;
  let file: string;
  let emu: RunningEmulator;
  let facts: { company: string; vouchers: { valid: number } };
  const codes: number[] = [];
  const outputs: string[] = [];
  let before: Map<string, Buffer>;
  let afterFirst: Map<string, Buffer>;
  let afterSecond: Map<string, Buffer>;
  let cellsBefore: unknown[];
  let settingsRows: number;

  beforeAll(async () => {
    facts = JSON.parse(await readFile(SAMPLE_FACTS, "utf8"));
    dir = await mkdtemp(path.join(os.tmpdir(), "tally-handoff-writers-"));
    file = await make(dir);
    before = await zipParts(file);
    cellsBefore = await userCells(file);
    settingsRows = (await readXlsx(file)).input.tables.HandoffSettings!.rows.length;
    emu = await sampleEmulator(facts.company, profile);
    for (const round of [1, 2]) {
      const io = capturedIo();
      codes.push(await runCli(["push", file, "--tally", emu.url, ...flags], io));
      outputs.push([...io.stdout, ...io.stderr].join("\n"));
      if (round === 1) afterFirst = await zipParts(file);
    }
    afterSecond = await zipParts(file);
  });
  afterAll(async () => {
    await emu?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it("sends every valid voucher once, writes the workbook back, and sends nothing on the second push", () => {
    expect(outputs[0]).toContain(`Posted ${facts.vouchers.valid}, failed 0, unknown 0`);
    expect(outputs[0]).toContain("Tally Status written to");
    expect(codes).toEqual([1, 1]);
    expect(emu.state.vouchers()).toHaveLength(facts.vouchers.valid);
    expect(outputs[1]).toContain("Tally Status written to");
  });

  it("writes Posted on the sent rows, which a re-read shows", async () => {
    const statuses = await statusesOf(file);
    expect(statuses.filter((s) => s === "Posted").length).toBeGreaterThanOrEqual(facts.vouchers.valid);
    expect(statuses.filter((s) => s !== "Posted" && s !== "Invalid")).toEqual([]);
  });

  it("leaves a file LibreOffice opens and saves again with every status", async () => {
    if (!soffice) throw new Error(`soffice is not on PATH (${INSTALL_SOFFICE})`);
    expect(await statusesOf(await libreOfficeCopy(soffice, file, dir, "reopened.xlsx"))).toEqual(await statusesOf(file));
  });

  it("keeps every part it does not own byte for byte, after each push", () => {
    for (const [from, to] of [
      [before, afterFirst],
      [afterFirst, afterSecond],
    ]) {
      const diff = changedParts(from, to);
      expect(diff.lost).toEqual([]);
      const allowed = diff.added.length > 0 ? [...MAY_CHANGE, ...ANNOUNCES_NEW_PARTS] : MAY_CHANGE;
      expect(diff.changed.filter((name) => !matches(name, allowed))).toEqual([]);
      expect(diff.added.filter((name) => !matches(name, [...MAY_CHANGE, ...ANNOUNCES_NEW_PARTS]))).toEqual([]);
    }
    for (const name of ["xl/styles.xml", "xl/theme/theme1.xml", "docProps/app.xml", "docProps/core.xml", "_rels/.rels"])
      if (before.has(name)) expect(afterSecond.get(name)!.equals(before.get(name)!)).toBe(true);
  });

  it("keeps every cell of the user's as it was", async () => {
    expect(await userCells(file, settingsRows)).toEqual(cellsBefore);
  });

  it("leaves a file exceljs opens, with every sheet", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    expect(wb.worksheets.map((w) => w.name)).toEqual(expect.arrayContaining(["Sales", "Purchases", "TallyHandoff"]));
  });
});

describe("Excel-only parts in an .xlsm", () => {
  it("survive a push byte for byte: the chart, the pivot cache and its records, and vbaProject.bin", async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), "tally-handoff-xlsm-"));
    const emu = await sampleEmulator(JSON.parse(await readFile(SAMPLE_FACTS, "utf8")).company, "factory");
    try {
      const file = path.join(dir, "book.xlsm");
      await withExcelOnlyParts(SAMPLE, file, { macros: true });
      const before = await zipParts(file);
      expect(await runCli(["push", file, "--tally", emu.url, "--prepare-tally"], capturedIo())).toBe(1);
      const after = await zipParts(file);
      for (const part of Object.values(EXCEL_ONLY)) expect(after.get(part)?.equals(before.get(part)!)).toBe(true);
      expect(after.get("[Content_Types].xml")!.toString()).toContain("application/vnd.ms-excel.sheet.macroEnabled.main+xml");
    } finally {
      await emu.close();
      await rm(dir, { recursive: true, force: true });
    }
  });
});
