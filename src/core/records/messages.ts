/**
 * The words of every finding the records layer makes, in one place (zod's locales/en.ts idea):
 * one plain sentence per code, naming the table, column and value a bookkeeper sees.
 */
import { quoteValue, type TableName } from "../findings";

/** Finding codes made while reading tables; validation rules have their own. */
export const RECORD_CODES = [
  "column.missing",
  "column.duplicate",
  "cell.excel-error",
  "cell.invalid",
  "cell.blank",
  "table.missing",
  "settings.missing",
  "settings.invalid",
  "settings.unknown-key",
  "settings.duplicate-key",
  "ledger-map.kind",
  "ledger-map.conflict",
] as const;
export type RecordCode = (typeof RECORD_CODES)[number];

export const columnMissing = (table: TableName, header: string): string =>
  `The ${table} table has no "${header}" column; add it to the header row.`;

export const columnDuplicate = (table: TableName, header: string, texts: readonly string[]): string =>
  `The ${table} table has the "${header}" column more than once (${texts.map((t) => `"${t}"`).join(", ")}); ` +
  "keep one, only the leftmost is read.";

/** A cell that could not be read: the reader's reason follows the quoted value. */
export const cellUnreadable = (header: string, value: unknown, reason: string): string =>
  `${header} ${quoteValue(value)} ${reason}.`;

export const cellBlank = (header: string): string => `${header} is blank; fill it in.`;

export const tableMissing = (table: TableName): string =>
  `The workbook has no ${table} table; open the task pane's settings to create the hidden TallyHandoff sheet.`;

export const settingMissing = (key: string, what: string): string =>
  `HandoffSettings has no "${key}"; add a row with ${what}.`;

export const settingInvalid = (key: string, value: unknown, reason: string, fallback?: string): string =>
  `HandoffSettings "${key}" ${quoteValue(value)} ${reason}` + (fallback === undefined ? "." : `; using ${fallback} meanwhile.`);

export const settingUnknown = (key: string): string =>
  `HandoffSettings has a key "${key}" the add-in does not know; check its spelling or delete the row.`;

export const settingDuplicate = (key: string, firstRow: number): string =>
  `HandoffSettings has "${key}" more than once; only the row ${firstRow} value is used, delete the other.`;

export const ledgerMapKind = (value: unknown, kinds: readonly string[]): string =>
  `LedgerMap Kind ${quoteValue(value)} is not one of ${kinds.join(", ")}.`;

export const ledgerMapConflict = (kind: string, workbookValue: string, names: readonly string[], firstRow: number): string =>
  `LedgerMap maps ${kind} ${quoteValue(workbookValue)} twice, to ${names.map((n) => `"${n}"`).join(" and ")} ` +
  `(first on row ${firstRow}); keep one.`;
