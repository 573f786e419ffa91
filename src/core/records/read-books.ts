/**
 * The whole workbook in, typed Books out: each ops table read by its own reader, HandoffSettings
 * and LedgerMap from the hidden sheet. Type-level problems only; the rules in validate check the
 * meaning afterwards (docs/workbook.md, "Who checks what").
 */
import { OPS_TABLES, type Finding, type OpsTable } from "../findings";
import { headerKey } from "./columns";
import { readLedgerMap } from "./ledger-map-table";
import { OPS_TABLE_DECLARATIONS, type OpsRows } from "./ops-tables";
import { readOpsTable } from "./read-table";
import { readSettings } from "./settings";
import type { Books, RejectedRow, TableInput, WorkbookInput } from "./types";

/**
 * Finds a table by name, ignoring case, spaces and punctuation: "StockMoves", "Stock Moves" and
 * "stock_moves" are one table. The first match wins.
 */
export function findTable(input: WorkbookInput, name: string): TableInput | undefined {
  const want = headerKey(name);
  const tables = input && typeof input.tables === "object" && input.tables !== null ? input.tables : {};
  for (const [key, table] of Object.entries(tables)) {
    if (table && headerKey(key) === want) return table;
  }
  for (const table of Object.values(tables)) {
    if (table && typeof table.name === "string" && headerKey(table.name) === want) return table;
  }
  return undefined;
}

/** Reads every table. Never throws: any cell becomes a value, a rejected row or a finding. */
export function readBooks(input: WorkbookInput): { books: Books; findings: Finding[] } {
  const settings = readSettings(findTable(input, "HandoffSettings"));
  const ledgerMap = readLedgerMap(findTable(input, "LedgerMap"));
  const findings: Finding[] = [...settings.findings, ...ledgerMap.findings];
  const rejected = Object.fromEntries(OPS_TABLES.map((t) => [t, []])) as unknown as Record<OpsTable, RejectedRow[]>;
  const present: OpsTable[] = [];
  const rows = {} as Record<OpsTable, unknown[]>;
  // In OPS_TABLES order, so `present` lists the tables the way the pane shows them.
  for (const table of OPS_TABLES) {
    const found = findTable(input, table);
    rows[table] = [];
    if (!found) continue;
    present.push(table);
    const read = readOpsTable(OPS_TABLE_DECLARATIONS[table], found);
    rows[table] = read.rows;
    rejected[table] = read.rejected;
    findings.push(...read.findings);
  }
  return { books: { settings: settings.settings, ledgerMap: ledgerMap.entries, rows: rows as OpsRows, present, rejected }, findings };
}
