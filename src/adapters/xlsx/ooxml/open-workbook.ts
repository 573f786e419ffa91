/**
 * The streaming read of an .xlsx, in one pass over each part it needs: the package and workbook
 * relationships, the date styles, the table definitions, the shared strings and then the sheets
 * that hold a table the add-in reads (in the columns those tables' declarations read, the status
 * columns and the two right of each table), the hidden TallyHandoff sheet and sheets named like a
 * table. Other sheets are never unpacked.
 */
import path from "node:path";
import { OPS_TABLES, type OpsTable } from "../../../core/findings";
import { headerKey, matchColumns, STATUS_COLUMNS } from "../../../core/records/columns";
import { OPS_COLUMNS } from "../../../core/records/ops-tables";
import { CORE_TABLES, HANDOFF_SHEET } from "../../../core/workbook-names";
import { newWorkbook, XlsxSheet, type XlsxWorkbook } from "./model";
import { isRelType, readDateStyles, readRels, readWorkbookPart, workbookPartOf } from "./package-parts";
import { readSharedStrings } from "./shared-strings";
import { readSheet } from "./sheet-reader";
import { cellCounter, DEFAULT_LIMITS, guardSheetBytes, type ReadLimits } from "./size-guard";
import { readSheetTables } from "./table-parts";
import { reading } from "./unreadable";
import { openZipReader, type ZipReader } from "./zip-reader";

const WANTED = new Map([...CORE_TABLES, "PostingLog"].map((t) => [headerKey(t), t]));
const OPS = new Set<string>(OPS_TABLES);
const STATUS_KEYS = new Set(STATUS_COLUMNS.map(headerKey));

/** The columns to read on a sheet; undefined for all of them; null when the sheet is not read at all. */
function columnsToRead(sheet: XlsxSheet): ((column: number) => boolean) | undefined | null {
  const tables = sheet.tables.filter((t) => WANTED.has(headerKey(t.name)));
  if (sheet.name === HANDOFF_SHEET) return undefined;
  if (sheet.tables.length === 0) return WANTED.has(headerKey(sheet.name)) ? undefined : null;
  if (tables.length === 0) return null;
  const keep = new Set<number>();
  for (const t of tables) {
    const name = WANTED.get(headerKey(t.name))!;
    if (!OPS.has(name)) return undefined;
    // Only the columns the table's declaration reads, its status columns, and room to add them.
    const matched = matchColumns(name as OpsTable, t.columns, OPS_COLUMNS[name as OpsTable]).columns.map((m) => m.col);
    t.columns.forEach((c, i) => STATUS_KEYS.has(headerKey(c)) && matched.push(i));
    for (const i of matched) keep.add(t.box.left + i);
    for (let c = t.box.right + 1; c <= t.box.right + 2; c++) keep.add(c);
  }
  return (column) => keep.has(column);
}

async function readParts(zip: ZipReader, file: string, name: string, limits: ReadLimits): Promise<XlsxWorkbook> {
  const workbookPart = await reading(name, "[Content_Types].xml", () => workbookPartOf(zip));
  const workbook = newWorkbook(file, workbookPart);
  const entries = await reading(name, workbookPart, () => readWorkbookPart(zip, workbookPart));
  const rels = await reading(name, workbookPart, () => readRels(zip, workbookPart));
  for (const entry of entries.sheets) {
    const rel = rels.find((r) => r.id === entry.relId);
    // Chart sheets and dialog sheets hold no cells.
    if (!rel || !isRelType(rel, "worksheet") || !zip.has(rel.part)) continue;
    const sheet = new XlsxSheet(entry.name, rel.part, entry.state);
    await reading(name, rel.part, () => readSheetTables(zip, sheet));
    workbook.worksheets.push(sheet);
  }
  const styles = rels.find((r) => isRelType(r, "styles"))?.part;
  const dateStyles = await reading(name, styles ?? "", () => readDateStyles(zip, styles));
  const strings = rels.find((r) => isRelType(r, "sharedStrings"))?.part;
  const plan = workbook.worksheets.map((sheet) => ({ sheet, keep: columnsToRead(sheet) })).filter((p) => p.keep !== null);
  const sstBytes = strings && zip.has(strings) ? zip.size(strings) : 0;
  guardSheetBytes(
    name,
    plan.reduce((sum, p) => sum + zip.size(p.sheet.part), sstBytes),
    limits,
  );
  if (strings && zip.has(strings)) {
    workbook.sharedStringsPart = strings;
    workbook.sharedStrings = await reading(name, strings, () => readSharedStrings(zip, strings));
  }
  const countCell = cellCounter(name, limits);
  for (const { sheet, keep } of plan) {
    const ctx = { sharedStrings: workbook.sharedStrings ?? [], dateStyles, date1904: entries.date1904, countCell };
    await reading(name, sheet.part, () => readSheet(zip, sheet, { ...ctx, keepColumn: keep ?? undefined }));
  }
  return workbook;
}

/** Reads the workbook's tables and the cells the add-in needs; the zip is closed again. */
export async function openWorkbook(file: string, limits: ReadLimits = DEFAULT_LIMITS): Promise<XlsxWorkbook> {
  const name = path.basename(file);
  const zip = await reading(name, "", () => openZipReader(file));
  try {
    return await readParts(zip, file, name, limits);
  } finally {
    zip.close();
  }
}
