/** Words of the errors about the add-in's own tables in the open workbook (the Excel adapter). */
import { errorDef } from "./error-define";

export const WORKBOOK_ERRORS = {
  "workbook.settings-columns-lost": errorDef(
    "internal",
    () => "The HandoffSettings table has no Key or no Value column.",
    () => "Put the Key and Value headers back, or delete the table and run Set up workbook.",
  ),
  "workbook.posting-log-columns-lost": errorDef<{ columns: readonly string[] }>(
    "internal",
    (p) => `The PostingLog table has lost its column ${p.columns.join(", ")}.`,
    () => "Put the column back (undo), so the add-in knows what Tally already holds.",
  ),
} as const;
