/** Words of the errors about the add-in's own tables and sheets in a workbook (the Excel adapter; PostingLog also the .xlsx one, docs/decisions/0007). */
import { errorDef } from "./error-define";

export const WORKBOOK_ERRORS = {
  "workbook.settings-columns-lost": errorDef(
    "internal",
    () => "The HandoffSettings table has no Key or no Value column.",
    () => "Put the Key and Value headers back, or delete the table and run Set up workbook.",
  ),
  "workbook.posting-log-columns-lost": errorDef<{ columns: readonly string[]; sheet: string }>(
    "internal",
    (p) =>
      `The PostingLog table on sheet ${p.sheet} has lost ${p.columns.length === 1 ? "its column" : "its columns"} ${p.columns.join(", ")}.`,
    () => "Put the column back (undo), so the add-in knows what Tally already holds.",
  ),
  "workbook.reconciliation-sheet-not-ours": errorDef<{ sheet: string }>(
    "internal",
    (p) => `The sheet ${p.sheet} holds something other than a reconcile's report, so the report was not written over it.`,
    (p) => `Rename that sheet (for example to "My ${p.sheet}") and reconcile again: the report goes to a sheet named ${p.sheet}.`,
  ),
  "workbook.reconciliation-sheet-has-table": errorDef<{ sheet: string; table: string }>(
    "internal",
    (p) => `The sheet ${p.sheet} holds the table ${p.table}, so the reconcile's report was not written over it.`,
    () => "Move the table to another sheet, or rename the sheet, and reconcile again.",
  ),
} as const;
