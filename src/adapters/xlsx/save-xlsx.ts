/**
 * Writing the workbook back: only what the add-in owns changes (its status cells, the PostingLog,
 * the hidden sheet's settings); every other part of the zip keeps its bytes, so charts, pivot
 * tables, slicers, macros, images and styles survive (docs/decisions/0011). The new zip is written
 * beside the workbook's real file (a symbolic link is followed, and stays a link), flushed to the
 * disk, and renamed over it: a crash, a kill or a full disk leaves the old file or the new one.
 */
import { lstat, open, readdir, realpath, rename, rm } from "node:fs/promises";
import path from "node:path";
import { NOT_SAVED_WHY } from "../../core/messages";
import { planSave, markSaved } from "./ooxml/save-plan";
import { reading } from "./ooxml/unreadable";
import { writeZip } from "./ooxml/zip-writer";
import { openZipReader } from "./ooxml/zip-reader";
import type { XlsxBook } from "./read-xlsx";
import { isWorkbookFileError, workbookFileError } from "./workbook-file-error";

const tempName = (file: string, pid: number) => path.join(path.dirname(file), `.~${path.basename(file)}.${pid}.tmp`);

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Removes temporary files an earlier, killed run left beside the workbook (never a live run's). */
export async function removeStaleTemps(file: string): Promise<void> {
  const base = path.basename(file);
  const names = await readdir(path.dirname(file)).catch(() => [] as string[]);
  for (const name of names) {
    const m = /^\.~(.+)\.(\d+)\.tmp$/.exec(name);
    if (!m || m[1] !== base || Number(m[2]) === process.pid || isAlive(Number(m[2]))) continue;
    await rm(path.join(path.dirname(file), name), { force: true }).catch(() => undefined);
  }
}

/** The file the workbook really is: a symbolic link's target, so the link stays a link. */
async function realFile(file: string): Promise<string> {
  const info = await lstat(file).catch(() => undefined);
  return info?.isSymbolicLink() ? realpath(file) : file;
}

/**
 * Refuses early (before a push sends anything) when the file cannot be written back: it is
 * locked or read-only (Excel on Windows locks an open workbook, and the rename at the end would
 * fail). Also clears temporary files of killed runs.
 */
export async function assertCanWriteBack(file: string): Promise<void> {
  const name = path.basename(file);
  const real = await realFile(file);
  try {
    await (await open(real, "r+")).close();
  } catch (e) {
    throw workbookFileError("file.locked", { name, cause: (e as NodeJS.ErrnoException).code ?? String(e) });
  }
  await removeStaleTemps(real);
}

/** Writes the workbook to `target` (default: where it was read from) through a temporary file. */
export async function saveWorkbook(book: XlsxBook, target: string = book.file): Promise<void> {
  const name = path.basename(target);
  const real = await realFile(target);
  const temp = tempName(real, process.pid);
  const zip = await reading(path.basename(book.file), "", () => openZipReader(book.workbook.file));
  try {
    await removeStaleTemps(real);
    const { plan, sharedStrings } = await planSave(book.workbook, zip);
    await writeZip(zip, plan, temp);
    await rename(temp, real);
    if (path.resolve(real) === path.resolve(await realFile(book.workbook.file))) markSaved(book.workbook, sharedStrings);
  } catch (e) {
    await rm(temp, { force: true });
    if (isWorkbookFileError(e)) throw e;
    throw workbookFileError("file.not-saved", { name, cause: (e as NodeJS.ErrnoException).code ?? NOT_SAVED_WHY });
  } finally {
    zip.close();
  }
}
