/**
 * Files no program should have written, or too large to read: each is refused with one plain
 * sentence naming the file (and the part or the size), never a library's error text, and before
 * the memory such a file would take is spent.
 */
import { copyFile, mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { SAMPLE } from "../../../test/support/cli-test-kit";
import { declareSize, writeZipParts, zipParts } from "../../../test/support/xlsx/zip-parts";
import { readXlsx } from "./read-xlsx";
import { isWorkbookFileError, type WorkbookFileError } from "./workbook-file-error";

let dir: string;
beforeAll(async () => (dir = await mkdtemp(path.join(os.tmpdir(), "tally-handoff-odd-"))));
afterAll(() => rm(dir, { recursive: true, force: true }));

async function refusal(file: string, limits?: Parameters<typeof readXlsx>[1]): Promise<WorkbookFileError> {
  const error = await readXlsx(file, limits).then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!isWorkbookFileError(error)) throw new Error(`expected a WorkbookFileError, got ${String(error)}`);
  return error;
}

/** The sample with some parts replaced or left out. */
async function sampleWith(name: string, change: (parts: Map<string, Buffer | string>) => void): Promise<string> {
  const parts = new Map<string, Buffer | string>(await zipParts(SAMPLE));
  change(parts);
  const file = path.join(dir, name);
  await writeZipParts(parts, file);
  return file;
}

describe("a file that is not a workbook that can be read", () => {
  it("says a text file renamed .xlsx is not a zip package", async () => {
    await writeFile(path.join(dir, "renamed.xlsx"), "Date,Amount\n1-4-2026,100\n");
    const e = await refusal(path.join(dir, "renamed.xlsx"));
    expect(e.code).toBe("not-a-workbook");
    expect(e.message).toBe("renamed.xlsx is not an Excel workbook that can be read (it is not a zip package, which every .xlsx file is).");
  });

  it("says a zip without a workbook holds no workbook part", async () => {
    const file = await sampleWith("no-workbook.xlsx", (p) => {
      p.delete("xl/workbook.xml");
      p.delete("_rels/.rels");
    });
    expect((await refusal(file)).message).toBe("no-workbook.xlsx is not an Excel workbook that can be read (it holds no workbook part).");
  });

  it("names the part whose XML is broken", async () => {
    const file = await sampleWith("broken.xlsx", (p) => p.set("xl/worksheets/sheet1.xml", "<worksheet><sheetData><row r='1'>"));
    expect((await refusal(file)).message).toBe(
      "broken.xlsx is not an Excel workbook that can be read (its part xl/worksheets/sheet1.xml is not well-formed XML).",
    );
  });

  it("names the part that unpacks to more than the zip declares (a zip bomb's trick)", async () => {
    const file = path.join(dir, "bomb.xlsx");
    await copyFile(SAMPLE, file);
    await declareSize(file, "xl/worksheets/sheet1.xml", 100);
    expect((await refusal(file)).message).toBe(
      "bomb.xlsx is not an Excel workbook that can be read (its part xl/worksheets/sheet1.xml does not unpack to the size the file declares).",
    );
  });
});

describe("a workbook too large to read", () => {
  it("is refused by the sheet sizes its zip declares, before they are unpacked", async () => {
    const file = path.join(dir, "huge.xlsx");
    await copyFile(SAMPLE, file);
    await declareSize(file, "xl/worksheets/sheet1.xml", 900 * 1024 * 1024);
    const e = await refusal(file);
    expect(e.code).toBe("too-large");
    expect(e.message).toBe("huge.xlsx holds 901 MB of sheet data, more than the 400 MB the command line reads.");
    expect(e.suggestion).toContain("Split the workbook");
  });

  it("is refused once its tables hold more cells than the limit", async () => {
    const e = await refusal(SAMPLE, { maxSheetBytes: 400 * 1024 * 1024, maxCells: 1000 });
    expect(e.code).toBe("too-large");
    expect(e.message).toBe("sample-trading-q1.xlsx holds more than 1,000 cells in its tables, more than the command line reads.");
  });

  it("reads the sample within the default limits", async () => {
    expect((await readXlsx(SAMPLE)).input.tables.Sales!.rows.length).toBeGreaterThan(0);
  });
});
