/**
 * Writing a file the command line makes (an export): never onto the workbook, whatever name or
 * link --out gives (real paths and device + inode are compared, so hard links are caught too);
 * into a temporary file beside the target, renamed over it only when every byte is written, so a
 * full disk or a killed run never leaves half a file; every failure in words naming the path.
 */
import fs from "node:fs";
import path from "node:path";
import { SYSTEM_CAUSES } from "../core/messages";
import { workbookFileError } from "../adapters/xlsx/workbook-file-error";

const errorCode = (e: unknown): string | undefined => (e as NodeJS.ErrnoException)?.code;

/** The plain reason an operating system's error stands for ("the disk is full"). */
export function systemCause(e: unknown): string {
  const code = errorCode(e);
  return (code && SYSTEM_CAUSES[code]) ?? code ?? String((e as Error)?.message ?? e);
}

function statOrUndefined(file: string, follow: boolean): fs.Stats | undefined {
  try {
    return follow ? fs.statSync(file) : fs.lstatSync(file);
  } catch (e) {
    if (errorCode(e) === "ENOENT" || errorCode(e) === "ENOTDIR") return undefined;
    throw workbookFileError("file.out-not-written", { out: file, cause: systemCause(e) });
  }
}

function realPath(file: string): string | undefined {
  try {
    return fs.realpathSync(file);
  } catch {
    return undefined;
  }
}

/** Refuses `out` when it is the workbook (by name, link or hard link), a folder, or in a missing folder. */
export function checkOutputPath(out: string, workbook: string, shown: string): void {
  const target = statOrUndefined(out, true);
  const book = statOrUndefined(workbook, true);
  const sameName = path.resolve(out) === path.resolve(workbook) || (realPath(out) ?? out) === (realPath(workbook) ?? workbook);
  const sameFile = target !== undefined && book !== undefined && target.dev === book.dev && target.ino === book.ino;
  if (sameName || sameFile) throw workbookFileError("file.out-is-workbook", { out: shown, book: path.basename(workbook) });
  if (target?.isDirectory()) throw workbookFileError("file.out-is-folder", { out: shown });
  const folder = path.dirname(out);
  if (!statOrUndefined(folder, true)?.isDirectory()) throw workbookFileError("file.out-folder-missing", { out: shown, folder });
}

/**
 * Writes `out` through `write` (which gets the open file's descriptor and writes with fs.writeSync)
 * into a temporary file beside it, then renames it over `out`; on any failure the temporary file
 * is removed and `out` is as it was.
 */
export function writeOutputFile(out: string, workbook: string, shown: string, write: (fd: number) => void): void {
  checkOutputPath(out, workbook, shown);
  const temp = path.join(path.dirname(out), `.${path.basename(out)}.${process.pid}.tmp`);
  let fd: number | undefined;
  try {
    fd = fs.openSync(temp, "wx");
    write(fd);
    fs.fsyncSync(fd);
    fs.closeSync(fd);
    fd = undefined;
    fs.renameSync(temp, out);
  } catch (e) {
    if (fd !== undefined) fs.closeSync(fd);
    fs.rmSync(temp, { force: true });
    throw workbookFileError("file.out-not-written", { out: shown, cause: systemCause(e) });
  }
}

/** Bytes to an open file, all of them (writeSync may write fewer than asked). */
export function writeAll(fd: number, bytes: Uint8Array): void {
  for (let done = 0; done < bytes.length;) done += fs.writeSync(fd, bytes, done, bytes.length - done);
}
