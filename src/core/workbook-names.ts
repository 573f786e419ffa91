/**
 * The names of the workbook's parts (docs/workbook.md), the same for the Excel and the .xlsx
 * adapter: the hidden sheet, the add-in's tables on it, and which tables the core reads.
 */
import { OPS_TABLES, type TableName } from "./findings";

export const HANDOFF_SHEET = "TallyHandoff";

/** The visible sheet the task pane writes a reconcile's report to (docs/reconcile.md). */
export const RECONCILIATION_SHEET = "Reconciliation";

/** The add-in's tables on the hidden sheet, beside the user's ops tables. */
export type HandoffTable = "HandoffSettings" | "LedgerMap" | "PostingLog";

/** The tables readBooks uses: every ops table, HandoffSettings and LedgerMap. PostingLog is read by its own port. */
export const CORE_TABLES: readonly TableName[] = [...OPS_TABLES, "HandoffSettings", "LedgerMap"];
