import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { assertCanWriteBack, partsLostOnSave } from "./save-xlsx";
import { isWorkbookFileError } from "./workbook-file-error";
import { zipEntryNames } from "./zip-entries";

let dir: string;
let plain: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), "tally-handoff-save-"));
  plain = path.join(dir, "plain.xlsx");
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("Sales").getCell("A1").value = "Date";
  await wb.xlsx.writeFile(plain);
});
afterAll(() => rm(dir, { recursive: true, force: true }));

/** The plain workbook with extra parts added, as Excel would store a chart or macros. */
async function withParts(name: string, parts: string[]): Promise<string> {
  const zip = await JSZip.loadAsync(await readFile(plain));
  for (const part of parts) zip.file(part, "<x/>");
  const file = path.join(dir, name);
  await writeFile(file, await zip.generateAsync({ type: "nodebuffer" }));
  return file;
}

describe("zipEntryNames", () => {
  it("lists the parts of an .xlsx from its central directory", async () => {
    const names = await zipEntryNames(plain);
    expect(names).toEqual(expect.arrayContaining(["[Content_Types].xml", "xl/workbook.xml", "xl/worksheets/sheet1.xml"]));
  });

  it("gives nothing for a file that is not a zip", async () => {
    await writeFile(path.join(dir, "text.xlsx"), "not a zip at all");
    expect(await zipEntryNames(path.join(dir, "text.xlsx"))).toEqual([]);
  });
});

describe("writing back only what exceljs keeps", () => {
  it("finds nothing lost in a workbook of cells and tables", async () => {
    expect(await partsLostOnSave(plain)).toEqual([]);
    await expect(assertCanWriteBack(plain)).resolves.toBeUndefined();
  });

  it("names the charts, pivot tables and macros a workbook holds", async () => {
    const file = await withParts("rich.xlsm", ["xl/charts/chart1.xml", "xl/pivotTables/pivotTable1.xml", "xl/vbaProject.bin"]);
    expect(await partsLostOnSave(file)).toEqual(["charts", "pivot tables", "macros"]);
  });

  it("refuses, before anything is sent, to write back a workbook with a chart", async () => {
    const file = await withParts("chart.xlsx", ["xl/charts/chart1.xml"]);
    let error: unknown;
    try {
      await assertCanWriteBack(file);
    } catch (e) {
      error = e;
    }
    expect(isWorkbookFileError(error) && error.code).toBe("cannot-save");
    expect((error as Error).message).toBe("chart.xlsx has charts, which the command line cannot keep when it writes Tally Status back.");
  });
});
