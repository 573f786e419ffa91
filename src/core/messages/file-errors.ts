/**
 * Words of the errors about a workbook file the command line reads and writes back: missing, not
 * a workbook, without the contract's tables, or not safe to write back.
 */
import { fileErrorDef } from "./error-define";

export const FILE_ERRORS = {
  "file.missing": fileErrorDef<{ file: string }>(
    "file-missing",
    (p) => `${p.file} does not exist.`,
    () => "Check the file name and folder.",
  ),
  "file.is-folder": fileErrorDef<{ file: string }>("not-a-workbook", (p) => `${p.file} is a folder, not a workbook.`),
  "file.unreadable": fileErrorDef<{ name: string; why: string }>(
    "not-a-workbook",
    (p) => `${p.name} is not an Excel workbook that can be read (${p.why}).`,
    () => "Save it from Excel as an Excel Workbook (.xlsx). Old .xls files and password-protected workbooks cannot be read.",
  ),
  "file.no-tables": fileErrorDef<{ name: string; tables: readonly string[] }>(
    "no-tables",
    (p) => `${p.name} has none of the tables ${p.tables.join(", ")}.`,
    () => "Run 'Set up workbook' in the add-in, or see docs/workbook.md for the tables and their columns.",
  ),
  "file.too-large": fileErrorDef<{ name: string; size: string; limit: string }>(
    "too-large",
    (p) => `${p.name} holds ${p.size} of sheet data, more than the ${p.limit} the command line reads.`,
    () => "Split the workbook, for example one per quarter or financial year, and hand each one off on its own.",
  ),
  "file.too-many-cells": fileErrorDef<{ name: string; limit: string }>(
    "too-large",
    (p) => `${p.name} holds more than ${p.limit} cells in its tables, more than the command line reads.`,
    () => "Split the workbook, for example one per quarter or financial year, and hand each one off on its own.",
  ),
  "file.locked": fileErrorDef<{ name: string; cause: string }>(
    "cannot-save",
    (p) => `${p.name} cannot be written (${p.cause}).`,
    () => "Close the workbook in Excel (and check it is not read-only), then run the command again.",
  ),
  "file.not-saved": fileErrorDef<{ name: string; cause: string }>(
    "cannot-save",
    (p) => `${p.name} could not be saved (${p.cause}).`,
    () => "Close the workbook in Excel, then run the command again: what reached Tally is read back, so nothing is sent twice.",
  ),
  "file.row-below-table-filled": fileErrorDef<{ row: number; table: string; sheet: string }>(
    "cannot-extend-table",
    (p) => `Row ${p.row} below the ${p.table} table on sheet ${p.sheet} is not empty, so the table cannot grow.`,
    (p) => `Move what is below the ${p.table} table elsewhere, then push again.`,
  ),
  "file.posting-log-not-a-table": fileErrorDef<{ sheet: string }>(
    "cannot-extend-table",
    (p) => `Sheet ${p.sheet} is named PostingLog but holds no Excel table.`,
    () => "Rename the sheet, or make its range a table (Insert > Table).",
  ),
  "file.totals-row": fileErrorDef<{ table: string; sheet: string }>(
    "cannot-extend-table",
    (p) => `The ${p.table} table on sheet ${p.sheet} has a totals row, so rows cannot be added below it.`,
    () => "Turn off the table's Total Row in Excel (Table Design), then push again.",
  ),
  "file.column-not-free": fileErrorDef<{ column: string; sheet: string; table: string; header: string; statusColumns: readonly string[] }>(
    "cannot-extend-table",
    (p) => `Column ${p.column} on sheet ${p.sheet}, right of table ${p.table}, is not empty, so "${p.header}" cannot be added there.`,
    (p) =>
      `Add the columns ${p.statusColumns.join(" and ")} to the table yourself (or run 'Set up workbook' in the add-in), then push again.`,
  ),
} as const;

/** Why a file is not a workbook that can be read: the `why` of file.unreadable, in plain words. */
export const UNREADABLE_WHY = {
  "not-a-zip": () => "it is not a zip package, which every .xlsx file is",
  encrypted: () => "it is encrypted",
  "no-workbook": () => "it holds no workbook part",
  "part-missing": (part: string) => `its part ${part} is missing`,
  "bad-xml": (part: string) => `its part ${part} is not well-formed XML`,
  "bad-size": (part: string) => `its part ${part} does not unpack to the size the file declares`,
  damaged: (part: string) => `its part ${part} is damaged`,
} as const;

/** The `cause` of file.not-saved when the file system gave no code of its own (ENOSPC, EACCES). */
export const NOT_SAVED_WHY = "its parts could not be put together again";
