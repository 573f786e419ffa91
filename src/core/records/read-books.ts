/**
 * The whole workbook in, typed Books out: each ops table read by its own reader, HandoffSettings
 * and LedgerMap from the hidden sheet. Type-level problems only; the rules in validate check the
 * meaning afterwards (docs/workbook.md, "Who checks what").
 */
import { OPS_TABLES, type Finding, type OpsTable } from "../findings";
import { EXPENSES_TABLE } from "./expenses";
import { JOURNALS_TABLE } from "./journals";
import { readLedgerMap } from "./ledger-map-table";
import { PAYMENTS_TABLE } from "./payments";
import { PURCHASES_TABLE } from "./purchases";
import { readOpsTable, type TableSpec } from "./read-table";
import { RECEIPTS_TABLE } from "./receipts";
import { RETURNS_TABLE } from "./returns";
import { SALES_TABLE } from "./sales";
import { readSettings } from "./settings";
import { STOCK_MOVES_TABLE } from "./stock-moves";
import { headerKey } from "./columns";
import type { Books, OpsRows, RejectedRow, RowBase, TableInput, WorkbookInput } from "./types";

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
  const read = <R extends RowBase>(spec: TableSpec<R>): R[] => {
    const found = findTable(input, spec.table);
    if (!found) return [];
    present.push(spec.table);
    const table = readOpsTable(spec, found);
    rejected[spec.table] = table.rejected;
    findings.push(...table.findings);
    return table.rows;
  };
  // In OPS_TABLES order, so `present` lists the tables the way the pane shows them.
  const rows: OpsRows = {
    Sales: read(SALES_TABLE),
    Purchases: read(PURCHASES_TABLE),
    Receipts: read(RECEIPTS_TABLE),
    Payments: read(PAYMENTS_TABLE),
    Expenses: read(EXPENSES_TABLE),
    Returns: read(RETURNS_TABLE),
    StockMoves: read(STOCK_MOVES_TABLE),
    Journals: read(JOURNALS_TABLE),
  };
  return { books: { settings: settings.settings, ledgerMap: ledgerMap.entries, rows, present, rejected }, findings };
}
