/**
 * Writing the workbook back. The new file is written beside the old one and then renamed over
 * it, so a crash or a full disk never leaves a half-written workbook: the user has either the old
 * file or the new one. exceljs keeps values, formulas, number formats, fills, fonts, borders,
 * column widths, frozen panes, data validation and tables; it drops charts, pivot tables,
 * slicers and macros, so a workbook holding any of those is refused before anything is sent.
 */
import { open, rename, rm } from "node:fs/promises";
import path from "node:path";
import type { XlsxBook } from "./read-xlsx";
import { workbookFileError } from "./workbook-file-error";
import { zipEntryNames } from "./zip-entries";

const DROPPED_PARTS: readonly [RegExp, string][] = [
  [/^xl\/charts\//, "charts"],
  [/^xl\/pivotTables\//, "pivot tables"],
  [/^xl\/slicers\//, "slicers"],
  [/^xl\/timelines\//, "timelines"],
  [/^xl\/vbaProject\.bin$/, "macros"],
  [/^xl\/externalLinks\//, "links to other workbooks"],
];

/** What this workbook holds that writing it back with exceljs would lose ([] when nothing). */
export async function partsLostOnSave(file: string): Promise<string[]> {
  const names = await zipEntryNames(file);
  const lost = new Set<string>();
  for (const name of names) for (const [pattern, what] of DROPPED_PARTS) if (pattern.test(name)) lost.add(what);
  return [...lost];
}

/**
 * Refuses early (before a push sends anything) when the file cannot be written back safely:
 * parts exceljs would drop, or the file is locked or read-only (Excel on Windows locks an open
 * workbook, and the rename at the end would fail).
 */
export async function assertCanWriteBack(file: string): Promise<void> {
  const name = path.basename(file);
  const lost = await partsLostOnSave(file);
  if (lost.length > 0) {
    throw workbookFileError("file.parts-lost", { name, parts: lost });
  }
  try {
    await (await open(file, "r+")).close();
  } catch (e) {
    throw workbookFileError("file.locked", { name, cause: (e as NodeJS.ErrnoException).code ?? String(e) });
  }
}

/** Writes the workbook to `target` (default: where it was read from) through a temporary file. */
export async function saveWorkbook(book: XlsxBook, target: string = book.file): Promise<void> {
  const temp = path.join(path.dirname(target), `.~${path.basename(target)}.${process.pid}.tmp`);
  try {
    await book.workbook.xlsx.writeFile(temp);
    await rename(temp, target);
  } catch (e) {
    await rm(temp, { force: true });
    throw workbookFileError("file.not-saved", { name: path.basename(target), cause: (e as Error).message });
  }
}
