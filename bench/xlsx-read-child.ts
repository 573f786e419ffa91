/**
 * One reading of the big workbook in its own process for bench/xlsx-read.bench.ts, so that its
 * peak memory is its own: exceljs's full reader, exceljs's streaming reader, a bare yauzl + saxes
 * pass over every sheet and the shared strings, the core alone, or the push's write-back.
 * Prints {ms, peakRssMb} as JSON.
 */
import ExcelJS from "exceljs";
import { SaxesParser } from "saxes";
import { openZipReader } from "../src/adapters/xlsx/ooxml/zip-reader";
import { readXlsx } from "../src/adapters/xlsx/read-xlsx";
import { saveWorkbook } from "../src/adapters/xlsx/save-xlsx";
import { writeStatusCells } from "../src/adapters/xlsx/write-xlsx";
import { OPS_TABLES } from "../src/core/findings";
import { prepareHandoff } from "../src/core/handoff";

async function bare(file: string): Promise<void> {
  const zip = await openZipReader(file);
  let elements = 0;
  for (const { name } of zip.parts) {
    if (!/^xl\/(worksheets\/sheet\d+|sharedStrings)\.xml$/.test(name)) continue;
    const parser = new SaxesParser();
    parser.on("opentag", () => elements++);
    const stream = await zip.stream(name);
    stream.setEncoding("utf8");
    for await (const chunk of stream) parser.write(chunk as string);
    parser.close();
  }
  zip.close();
  if (elements === 0) throw new Error("no elements");
}

async function streaming(file: string): Promise<void> {
  let rows = 0;
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(file, { sharedStrings: "cache", worksheets: "emit" });
  for await (const sheet of reader) for await (const row of sheet) rows += row ? 1 : 0;
  if (rows === 0) throw new Error("no rows");
}

/** Times only `measured`; `prepare` runs first, outside the clock. */
async function run(mode: string, file: string): Promise<number> {
  if (mode === "exceljs-full") {
    const t0 = performance.now();
    await new ExcelJS.Workbook().xlsx.readFile(file);
    return performance.now() - t0;
  }
  if (mode === "exceljs-stream" || mode === "bare") {
    const t0 = performance.now();
    await (mode === "bare" ? bare(file) : streaming(file));
    return performance.now() - t0;
  }
  const book = await readXlsx(file);
  if (mode === "core") {
    const t0 = performance.now();
    prepareHandoff(book.input);
    return performance.now() - t0;
  }
  // write-back: a status on every row of every ops table, then the save.
  const t0 = performance.now();
  const cells = OPS_TABLES.flatMap((table) =>
    (book.input.tables[table]?.rows ?? []).map((_, index) => ({ table, index, status: "Posted" as const, note: "" })),
  );
  writeStatusCells(book, cells);
  await saveWorkbook(book);
  return performance.now() - t0;
}

const [mode, file] = process.argv.slice(2);
run(mode, file).then((ms) =>
  console.log(JSON.stringify({ ms: Math.round(ms), peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024) })),
);
