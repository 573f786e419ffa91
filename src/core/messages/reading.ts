/**
 * Words of the findings made while reading tables, before any rule runs: missing or doubled
 * columns, unreadable cells, and the HandoffSettings and LedgerMap tables.
 */
import type { Severity } from "../findings";
import { LEDGER_MAP_KINDS, type LedgerMapKind } from "../records/types";
import { def, quoteValue } from "./define";

/** A cell that could not be read: the reader's reason follows the quoted value. */
type Unreadable = { reason: string };

const quotedList = (texts: readonly string[]) => texts.map((t) => `"${t}"`);

export const READING_MESSAGES = {
  "column.missing": def("error", (p) => `The ${p.table} table has no "${p.column}" column; add it to the header row.`),
  "column.duplicate": def<{ texts: readonly string[] }>(
    "error",
    (p) =>
      `The ${p.table} table has the "${p.column}" column more than once (${quotedList(p.texts).join(", ")}); ` +
      "keep one, only the leftmost is read.",
  ),
  "cell.excel-error": def<Unreadable>("error", (p) => `${p.column} ${p.q} ${p.reason}.`),
  "cell.invalid": def<Unreadable>("error", (p) => `${p.column} ${p.q} ${p.reason}.`),
  "cell.broken-text": def(
    "error",
    (p) => `${p.column} ${p.q} has a broken character (half of a symbol such as an emoji, shown as \uFFFD); type the text again.`,
  ),
  "cell.blank": def("error", (p) => `${p.column} is blank; fill it in.`),
  "table.missing": def(
    "error",
    (p) => `The workbook has no ${p.table} table; open the task pane's settings to create the hidden TallyHandoff sheet.`,
  ),
  // Most settings are needed; Company State is only advised (journals need no state).
  "settings.missing": def<{ key: string; what: string; severity: Severity }>(
    (p) => p.severity,
    (p) => `HandoffSettings has no "${p.key}"; add a row with ${p.what}.`,
  ),
  "settings.invalid": def<{ key: string; reason: string; fallback: string }>(
    "error",
    (p) => `HandoffSettings "${p.key}" ${p.q} ${p.reason}; using ${p.fallback} meanwhile.`,
  ),
  "settings.unknown-key": def<{ key: string }>(
    "warning",
    (p) => `HandoffSettings has a key "${p.key}" the add-in does not know; check its spelling or delete the row.`,
  ),
  "settings.duplicate-key": def<{ key: string; firstRow: number }>(
    "error",
    (p) => `HandoffSettings has "${p.key}" more than once; only the row ${p.firstRow} value is used, delete the other.`,
  ),
  "ledger-map.kind": def("error", (p) => `LedgerMap Kind ${p.q} is not one of ${LEDGER_MAP_KINDS.join(", ")}.`),
  "ledger-map.conflict": def<{ kind: LedgerMapKind; workbookValue: string; tallyNames: readonly string[]; firstRow: number }>(
    "error",
    (p) =>
      `LedgerMap maps ${p.kind} ${quoteValue(p.workbookValue)} twice, to ${quotedList(p.tallyNames).join(" and ")} ` +
      `(first on row ${p.firstRow}); keep one.`,
  ),
} as const;
