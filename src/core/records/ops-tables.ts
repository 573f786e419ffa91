/**
 * Every ops table's declaration, by name: the one list reading, grouping, validation, the voucher
 * builder and both workbook adapters go through. A new table is its own file plus one line here
 * (and its name in OPS_TABLES, core/findings.ts); the compiler then asks for its voucher builder in vouchers/build.ts.
 */
// Types only from ../findings: the messages module reads these declarations, and findings.ts reads the messages.
import type { OpsTable } from "../findings";
import type { ColumnSpec } from "./columns";
import { EXPENSES_TABLE } from "./expenses";
import { JOURNALS_TABLE } from "./journals";
import { PAYMENTS_TABLE } from "./payments";
import { PURCHASES_TABLE } from "./purchases";
import { RECEIPTS_TABLE } from "./receipts";
import { RETURNS_TABLE } from "./returns";
import { SALES_TABLE } from "./sales";
import { STOCK_MOVES_TABLE } from "./stock-moves";
import type { RowOf, TableDeclaration } from "./table-declaration";

export const OPS_TABLE_DECLARATIONS = {
  Sales: SALES_TABLE,
  Purchases: PURCHASES_TABLE,
  Receipts: RECEIPTS_TABLE,
  Payments: PAYMENTS_TABLE,
  Expenses: EXPENSES_TABLE,
  Returns: RETURNS_TABLE,
  StockMoves: STOCK_MOVES_TABLE,
  Journals: JOURNALS_TABLE,
} as const satisfies { [T in OpsTable]: TableDeclaration<T> };

/** The declaration of one table, with its columns and rows typed. */
export type DeclarationOf<T extends OpsTable> = (typeof OPS_TABLE_DECLARATIONS)[T];

/** A row of one ops table, e.g. `OpsRow<"Sales">` is SalesRow. */
export type OpsRow<T extends OpsTable> = RowOf<DeclarationOf<T>>;

export type OpsRows = { [T in OpsTable]: OpsRow<T>[] };

/** The column map both workbook adapters use: each table's columns, headers and other names. */
export const OPS_COLUMNS = Object.fromEntries(Object.entries(OPS_TABLE_DECLARATIONS).map(([t, d]) => [t, d.columns])) as unknown as {
  readonly [T in OpsTable]: readonly ColumnSpec[];
};
