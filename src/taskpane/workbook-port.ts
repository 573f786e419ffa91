/**
 * What the task pane needs from the workbook, as plain async functions. The Excel adapter
 * (src/adapters/excel) implements it with Office.js; component tests hand in fakes. Components
 * never call Office themselves (the generator-office template's `insertText` prop idea).
 */
import type { Finding, OpsTable } from "../core/findings";
import type { RowVerdict } from "../core/handoff";
import type { LedgerMapEntry, WorkbookInput } from "../core/records/types";
import type { PostingLogPort, StatusPort } from "../engine/ports";

export interface SetupReport {
  /** Tables created by this run (empty when the workbook was already set up). */
  createdTables: string[];
  /** Status columns added to existing tables. */
  addedColumns: string[];
  createdHiddenSheet: boolean;
}

export interface WorkbookPort {
  /** Every ops table, HandoffSettings and LedgerMap, in a bounded number of round trips. */
  readWorkbook(): Promise<WorkbookInput>;
  /** Writes Tally Status / Tally Note for the given rows (bulk, whole columns). */
  writeVerdicts(verdicts: readonly RowVerdict[]): Promise<void>;
  /** Marks the cells of error findings; clearHighlights removes exactly those marks. */
  highlight(findings: readonly Finding[]): Promise<void>;
  clearHighlights(): Promise<void>;
  /** Activates the sheet and selects the cell of a finding (row = sheet row, column = header text). */
  selectCell(table: OpsTable | "HandoffSettings" | "LedgerMap", row: number, column: string): Promise<void>;
  /** Creates missing tables, status columns and the hidden TallyHandoff sheet; never touches user rows. */
  setupWorkbook(): Promise<SetupReport>;
  /** Replaces the LedgerMap table's rows (the pane's mapping editor). */
  writeLedgerMap(entries: readonly Omit<LedgerMapEntry, "row">[]): Promise<void>;
  /** Sets one HandoffSettings key (adds the row when missing). */
  writeSetting(key: string, value: string): Promise<void>;
  /** PostingLog table in the hidden sheet. */
  postingLog: PostingLogPort;
  /** Writes push results to the rows of their vouchers. */
  statuses: StatusPort;
}
