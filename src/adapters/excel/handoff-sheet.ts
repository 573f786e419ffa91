/* global Excel */
/**
 * The hidden sheet TallyHandoff (docs/workbook.md, "The hidden sheet"): HandoffSettings,
 * LedgerMap and PostingLog side by side, one blank column apart, so adding rows to one never
 * moves another. Hidden, not very hidden, so a consultant can unhide it in Excel.
 */
import { POSTING_LOG_HEADERS } from "../../core/push/posting-log";
import { HANDOFF_SHEET, type HandoffTable } from "../../core/workbook-names";
import type { CellInput } from "./cell-writes";
import { queueNewTable } from "./new-table";
import { sheetNamed, tableNamed, type WorkbookLayout } from "./workbook-layout";

/** HandoffSettings rows of a new workbook: the keys a bookkeeper fills in, and the defaults of settings.ts. */
export const DEFAULT_SETTINGS: readonly [string, CellInput][] = [
  ["Tally Company", ""],
  ["Company GSTIN", ""],
  ["Company State", ""],
  ["Books Begin", ""],
  ["Financial Years", ""],
  ["Round Off Ledger", "Round Off"],
  ["Round Totals", "Yes"],
  ["Default Godown", "Main Location"],
  ["HSN Digits", 4],
  ["Create Missing Masters", "No"],
  ["Require Explicit Mapping", "No"],
  ["Contract Version", "1"],
];

interface HandoffTableSpec {
  name: HandoffTable;
  /** 0-based column of the table's left edge. */
  column: number;
  headers: readonly string[];
  rows: readonly CellInput[][];
}

export const HANDOFF_TABLES: readonly HandoffTableSpec[] = [
  { name: "HandoffSettings", column: 0, headers: ["Key", "Value"], rows: DEFAULT_SETTINGS.map(([k, v]) => [k, v]) },
  { name: "LedgerMap", column: 3, headers: ["Kind", "Workbook Value", "Tally Name"], rows: [] },
  { name: "PostingLog", column: 7, headers: POSTING_LOG_HEADERS, rows: [] },
];

export interface HandoffCreation {
  createdTables: HandoffTable[];
  createdSheet: boolean;
}

/**
 * Queues the hidden sheet (when missing) and its missing tables, each with its default rows
 * unless `rows` gives others. Queues nothing when all three tables exist.
 */
export function queueHandoffSheet(
  context: Excel.RequestContext,
  layout: WorkbookLayout,
  rows: Partial<Record<HandoffTable, readonly CellInput[][]>> = {},
): HandoffCreation {
  const missing = HANDOFF_TABLES.filter((t) => !tableNamed(layout, t.name));
  const existing = sheetNamed(layout, HANDOFF_SHEET);
  if (missing.length === 0) return { createdTables: [], createdSheet: false };
  const sheet = existing?.worksheet ?? context.workbook.worksheets.add(HANDOFF_SHEET);
  if (!existing) sheet.visibility = "Hidden";
  for (const t of missing) queueNewTable(sheet, t.name, t.column, t.headers, rows[t.name] ?? t.rows);
  return { createdTables: missing.map((t) => t.name), createdSheet: !existing };
}
