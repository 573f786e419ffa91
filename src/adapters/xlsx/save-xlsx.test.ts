/**
 * Where and how the write-back lands: through a symbolic link into the real workbook (the link
 * stays a link), temporary files of killed runs cleared (a live run's kept), and status text
 * written the way the file keeps its text: shared strings when it has a table of them, inline
 * strings when it has none.
 */
import { spawnSync } from "node:child_process";
import { copyFile, lstat, mkdtemp, readdir, rm, symlink, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { SAMPLE } from "../../../test/support/cli-test-kit";
import { writeMinimalWorkbook } from "../../../test/support/xlsx/minimal-workbook";
import { zipParts } from "../../../test/support/xlsx/zip-parts";
import { readXlsx } from "./read-xlsx";
import { assertCanWriteBack, saveWorkbook } from "./save-xlsx";
import { writeStatusCells } from "./write-xlsx";

let dir: string;
beforeEach(async () => (dir = await mkdtemp(path.join(os.tmpdir(), "tally-handoff-save-"))));
afterEach(() => rm(dir, { recursive: true, force: true }));

const firstStatus = async (file: string) => {
  const sales = (await readXlsx(file)).input.tables.Sales!;
  return sales.rows[0][sales.headers.indexOf("Tally Status")];
};

describe("saveWorkbook", () => {
  it("writes through a symbolic link into the real workbook, and the link stays a link", async () => {
    const real = path.join(dir, "real.xlsx");
    const link = path.join(dir, "link.xlsx");
    await copyFile(SAMPLE, real);
    await symlink(real, link);
    const book = await readXlsx(link);
    writeStatusCells(book, [{ table: "Sales", index: 0, status: "Ready", note: "" }]);
    await saveWorkbook(book);
    expect((await lstat(link)).isSymbolicLink()).toBe(true);
    expect(await firstStatus(real)).toBe("Ready");
    expect((await readdir(dir)).sort()).toEqual(["link.xlsx", "real.xlsx"]);
  });

  it("clears the temporary files of runs that were killed, never a live run's", async () => {
    const file = path.join(dir, "book.xlsx");
    await copyFile(SAMPLE, file);
    const gone = spawnSync(process.execPath, ["-e", ""]).pid!;
    const dead = `.~book.xlsx.${gone}.tmp`;
    const live = `.~book.xlsx.${process.ppid}.tmp`;
    const other = `.~other.xlsx.${gone}.tmp`;
    for (const name of [dead, live, other]) await writeFile(path.join(dir, name), "");
    await assertCanWriteBack(file);
    expect((await readdir(dir)).sort()).toEqual([live, other, "book.xlsx"].sort());
  });

  it("writes status text as shared strings in a file that keeps them, and adds them to its table", async () => {
    const file = path.join(dir, "shared.xlsx");
    await copyFile(SAMPLE, file);
    const book = await readXlsx(file);
    writeStatusCells(book, [{ table: "Sales", index: 0, status: "Invalid", note: "a note no cell had before ✓" }]);
    await saveWorkbook(book);
    const parts = await zipParts(file);
    expect(parts.get("xl/sharedStrings.xml")!.toString()).toContain("<si><t>a note no cell had before ✓</t></si>");
    expect(parts.get("xl/worksheets/sheet1.xml")!.toString()).not.toContain("inlineStr");
    expect(await firstStatus(file)).toBe("Invalid");
  });

  it("writes status text inline in a file without a shared string table, and adds none", async () => {
    const file = path.join(dir, "inline.xlsx");
    await writeMinimalWorkbook((await readXlsx(SAMPLE)).input, file);
    const book = await readXlsx(file);
    writeStatusCells(book, [{ table: "Sales", index: 0, status: "Ready", note: "" }]);
    await saveWorkbook(book);
    const parts = await zipParts(file);
    expect(parts.has("xl/sharedStrings.xml")).toBe(false);
    const sales = [...parts].find(([name, bytes]) => name.startsWith("xl/worksheets/") && bytes.toString().includes("Ready"))!;
    expect(sales[1].toString()).toMatch(/<c r="[A-Z]+2" t="inlineStr"><is><t>Ready<\/t><\/is><\/c>/);
    expect(await firstStatus(file)).toBe("Ready");
  });
});
