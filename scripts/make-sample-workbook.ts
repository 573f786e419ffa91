/**
 * Writes examples/sample-trading-q1.xlsx, a quarter of a small hardware trader's books with real
 * Excel tables, and examples/sample-trading-q1.expected.json, what Validate must find in it.
 * Run: npx tsx scripts/make-sample-workbook.ts. Seeded: the same code writes the same cells, so
 * the committed file can be checked against this script (src/cli/sample-workbook.test.ts).
 */
import { writeFile } from "node:fs/promises";
import path from "node:path";
import ExcelJS from "exceljs";
import { MONEY_FORMAT } from "../src/adapters/excel/table-specs";
import { ITEMS, rupees } from "./sample-trading/masters";
import { LEDGER_MAP_HEADERS, LEDGER_MAP_ROWS, POSTING_LOG_HEADERS, SETTINGS_HEADERS, SETTINGS_ROWS } from "./sample-trading/hidden-sheet";
import { PRICE_LIST_SHEET } from "./sample-trading/purchases";
import { sampleFacts } from "./sample-trading/sample-facts";
import { sampleTables, type SampleTable } from "./sample-trading/sample-book";
import { isCalendarDate, isFormula, type SampleCell } from "./sample-trading/sample-rows";

export const SAMPLE_PATH = path.resolve(__dirname, "..", "examples", "sample-trading-q1.xlsx");
export const FACTS_PATH = path.resolve(__dirname, "..", "examples", "sample-trading-q1.expected.json");

const TABLE_STYLE = { theme: "TableStyleMedium2", showRowStripes: true } as const;
// A fixed creation time keeps the file's metadata the same on every run.
const CREATED = new Date(Date.UTC(2026, 6, 1));

function cellValue(cell: SampleCell, row: number, col: (header: string) => string): ExcelJS.CellValue {
  if (cell === undefined) return null;
  if (isCalendarDate(cell)) return new Date(Date.UTC(cell.y, cell.m - 1, cell.d));
  if (isFormula(cell)) return { formula: cell.formula({ row, col }), result: cell.result } as ExcelJS.CellFormulaValue;
  return cell;
}

function addOpsSheet(wb: ExcelJS.Workbook, t: SampleTable): void {
  const ws = wb.addWorksheet(t.sheet, { views: [{ state: "frozen", ySplit: t.headerRow }] });
  if (t.title) {
    ws.getCell(1, 1).value = t.title;
    ws.getCell(1, 1).font = { bold: true, size: 14 };
  }
  const letters = new Map(t.columns.map((c, i) => [c.header, ws.getColumn(i + 1).letter]));
  const col = (header: string) => letters.get(header) ?? "?";
  const rows = t.rows.map((r, i) => t.columns.map((c) => cellValue(r.cells[c.header], t.headerRow + 1 + i, col)));
  ws.addTable({
    name: t.table,
    ref: `A${t.headerRow}`,
    headerRow: true,
    style: TABLE_STYLE,
    columns: t.columns.map((c) => ({ name: c.header, filterButton: true })),
    rows: rows.length > 0 ? rows : [t.columns.map(() => null)],
  });
  t.columns.forEach((c, i) => {
    ws.getColumn(i + 1).width = c.width;
    for (let r = 0; r < Math.max(1, t.rows.length); r++) ws.getCell(t.headerRow + 1 + r, i + 1).numFmt = c.numberFormat;
  });
  markMistakes(ws, t);
}

/** The bookkeeper's own highlight on rows they meant to check: user formatting the push must keep. */
function markMistakes(ws: ExcelJS.Worksheet, t: SampleTable): void {
  t.rows.forEach((r, i) => {
    if (!r.mistake) return;
    const narration = t.columns.findIndex((c) => c.header === "Narration" || c.header === "Reason");
    if (narration < 0) return;
    const cell = ws.getCell(t.headerRow + 1 + i, narration + 1);
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFF2CC" } };
    cell.font = { italic: true, color: { argb: "FF7F6000" } };
  });
}

function addPriceList(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet(PRICE_LIST_SHEET);
  ws.addRow(["Item", "Unit", "Sale Rate", "Purchase Rate"]).font = { bold: true };
  for (const item of ITEMS) ws.addRow([item.name, item.unit, rupees(item.salePaise), rupees(item.costPaise)]);
  ws.getColumn(1).width = 24;
  ws.getColumn(3).numFmt = MONEY_FORMAT;
  ws.getColumn(4).numFmt = MONEY_FORMAT;
}

function addHiddenSheet(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet("TallyHandoff", { state: "hidden" });
  const table = (name: string, ref: string, headers: readonly string[], rows: readonly (readonly string[])[]) =>
    ws.addTable({
      name,
      ref,
      headerRow: true,
      style: TABLE_STYLE,
      columns: headers.map((h) => ({ name: h, filterButton: true })),
      rows: rows.map((r) => [...r]),
    });
  table("HandoffSettings", "A1", SETTINGS_HEADERS, SETTINGS_ROWS);
  table("LedgerMap", "D1", LEDGER_MAP_HEADERS, LEDGER_MAP_ROWS);
  // An Excel table always has a body row; an empty log is one blank row.
  table("PostingLog", "H1", POSTING_LOG_HEADERS, [POSTING_LOG_HEADERS.map(() => "")]);
  [22, 30, 4, 16, 20, 26, 4, 22, 12, 18, 26, 20, 8, 9, 40].forEach((w, i) => (ws.getColumn(i + 1).width = w));
}

/** The sample as an exceljs workbook, not yet written. */
export function buildSampleWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Tally Handoff sample";
  wb.created = CREATED;
  wb.modified = CREATED;
  for (const t of sampleTables()) addOpsSheet(wb, t);
  addPriceList(wb);
  addHiddenSheet(wb);
  return wb;
}

async function main(): Promise<void> {
  await buildSampleWorkbook().xlsx.writeFile(SAMPLE_PATH);
  await writeFile(FACTS_PATH, `${JSON.stringify(sampleFacts(), null, 2)}\n`, "utf8");
  console.log(`Wrote ${path.relative(process.cwd(), SAMPLE_PATH)} and ${path.relative(process.cwd(), FACTS_PATH)}.`);
}

if (typeof require !== "undefined" && require.main === module) {
  main().catch((e: unknown) => {
    console.error(e);
    process.exitCode = 2;
  });
}
