/**
 * The workbooks a command was given: files as named, and each folder's .xlsx and .xlsm files (not
 * its subfolders), without Excel's `~$` lock files and hidden or temporary files.
 */
import fs from "node:fs";
import path from "node:path";
import { UsageError } from "./handle-error";

export interface WorkbookList {
  files: string[];
  /** More than one workbook, or a folder: each is handled on its own and a summary ends the run. */
  many: boolean;
}

const WORKBOOK = /\.(xlsx|xlsm)$/i;

/** A folder's workbooks, sorted by name; a folder Excel is saving into may hold `~$book.xlsx`. */
function workbooksIn(folder: string): string[] {
  return fs
    .readdirSync(folder, { withFileTypes: true })
    .filter((e) => !e.isDirectory() && WORKBOOK.test(e.name) && !e.name.startsWith("~$") && !e.name.startsWith("."))
    .map((e) => path.join(folder, e.name))
    .sort((a, b) => a.localeCompare(b));
}

function isFolder(file: string): boolean {
  try {
    return fs.statSync(file).isDirectory();
  } catch {
    return false; // a missing file is reported as that book's own failure
  }
}

export function workbookFiles(positionals: readonly string[], cwd: string, usage: string): WorkbookList {
  if (positionals.length === 0) throw new UsageError("Which workbook? Give the .xlsx file's name, several names, or a folder.", usage);
  const files: string[] = [];
  let folders = 0;
  for (const given of positionals) {
    const file = path.resolve(cwd, given);
    if (!isFolder(file)) files.push(file);
    else {
      folders++;
      const inside = workbooksIn(file);
      if (inside.length === 0) throw new UsageError(`The folder ${given} holds no .xlsx or .xlsm workbook.`, usage);
      files.push(...inside);
    }
  }
  const unique = [...new Set(files)];
  return { files: unique, many: unique.length > 1 || folders > 0 };
}
