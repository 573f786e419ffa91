/**
 * Reads one ops table into typed rows: match the header, then read every cell with its declared
 * column's reader. A row with any type-level problem (an unreadable cell, a blank required cell)
 * is left out of the rows and listed as rejected (with its voucher number), so that every
 * non-blank row ends up in exactly one of the two.
 *
 * The declaration's readers already check each value's type, so there is no second check of the
 * assembled row (the zod schema of old): one pass per row builds the typed row directly, which is
 * also the fast way on 100,000-line tables (issue #2).
 */
import { finding, type Finding, type OpsTable } from "../findings";
import { readText, type CellReader } from "./cells";
import { matchColumns, type ColumnSpec, type MatchedColumn } from "./columns";
import { excelErrorOf, hasBrokenText, isBlank, shownValue } from "./excel-values";
import type { RowOf, TableDeclaration } from "./table-declaration";
import type { RejectedRow, TableInput } from "./types";

export interface TableRead<R> {
  rows: R[];
  rejected: RejectedRow[];
  findings: Finding[];
}

type Cells = readonly unknown[];

/** One declared column as this table's header placed it; one object shape for all, read per cell. */
interface Step {
  /** 0-based position in the header; -1 when the table lacks this (optional) column. */
  col: number;
  field: string;
  header: string;
  read: CellReader<unknown>;
  required: boolean;
  defaulted: boolean;
  whenBlank: unknown;
}

/** Reads a table's body. Never throws; whatever the cells hold becomes rows, rejected rows or findings. */
export function readOpsTable<D extends TableDeclaration>(declaration: D, input: TableInput): TableRead<RowOf<D>> {
  const match = matchColumns(declaration.table, input.headers ?? [], declaration.columns);
  const out: TableRead<RowOf<D>> = { rows: [], rejected: [], findings: [...match.findings] };
  const voucherCol = match.columns.find((c) => c.spec.field === declaration.vouchers.numberField)?.col;
  const first = Number.isInteger(input.firstRow) ? (input.firstRow as number) : 2;
  const body = Array.isArray(input.rows) ? input.rows : [];
  // Without a required column every row would repeat the one table-level finding: reject quietly.
  const steps = match.missing.length === 0 ? placeColumns(declaration.columns, match.columns) : undefined;
  for (let index = 0; index < body.length; index++) {
    const cells: Cells = Array.isArray(body[index]) ? body[index] : [];
    if (isBlankRow(cells, match.columns)) continue;
    const row = first + index;
    const value = steps && readRow(declaration.table, steps, cells, row, index, out.findings);
    if (value) out.rows.push(value as RowOf<D>);
    else out.rejected.push({ row, index, voucherNo: voucherText(cells, voucherCol) });
  }
  return out;
}

/** Every declared column, in the declaration's order (the order of a row's fields), with its place. */
function placeColumns(columns: readonly ColumnSpec[], matched: readonly MatchedColumn[]): Step[] {
  const colOf = new Map(matched.map((m) => [m.spec, m.col]));
  return columns.map((spec) => ({
    col: colOf.get(spec) ?? -1,
    field: spec.field,
    header: spec.header,
    read: spec.read,
    required: spec.required === true,
    defaulted: spec.whenBlank !== undefined,
    whenBlank: spec.whenBlank,
  }));
}

/** Blank means blank in every column the add-in reads: user columns may hold formulas that show 0. */
function isBlankRow(cells: Cells, columns: readonly MatchedColumn[]): boolean {
  for (const { col } of columns) if (!isBlank(cells[col])) return false;
  return true;
}

function voucherText(cells: Cells, col: number | undefined): string {
  if (col === undefined) return "";
  const text = readText(cells[col]);
  return text.ok ? text.value : "";
}

/**
 * The typed row (fields in declaration order, then its position), or undefined after adding to
 * `findings` why it cannot be read: first each unreadable cell, then each blank required cell.
 */
function readRow(
  table: OpsTable,
  steps: readonly Step[],
  cells: Cells,
  row: number,
  index: number,
  findings: Finding[],
): object | undefined {
  const typed: Record<string, unknown> = {};
  let unreadable = false;
  let blank: string[] | undefined;
  for (const step of steps) {
    const value = step.col < 0 ? undefined : cells[step.col];
    if (isBlank(value)) {
      if (step.defaulted) typed[step.field] = step.whenBlank;
      else if (step.required) (blank ??= []).push(step.header);
      continue;
    }
    const read = step.read(value);
    if (read.ok) {
      typed[step.field] = read.value;
    } else {
      unreadable = true;
      const at = { table, row, column: step.header, value: shownValue(value) };
      if (hasBrokenText(value)) findings.push(finding("cell.broken-text", at));
      else findings.push(finding(excelErrorOf(value) ? "cell.excel-error" : "cell.invalid", at, { reason: read.reason }));
    }
  }
  if (blank) for (const header of blank) findings.push(finding("cell.blank", { table, row, column: header }));
  if (unreadable || blank) return undefined;
  typed.row = row;
  typed.index = index;
  return typed;
}

/**
 * A table as Excel's range gives it: the header row first, then the body (what `range.values`
 * returns for a table with its header). The body's first row is sheet row `firstRow`.
 */
export function tableFromGrid(name: string, grid: readonly (readonly unknown[])[], firstRow = 2): TableInput {
  const [headers = [], ...rows] = grid;
  return { name, headers: headers.map((h) => String(h ?? "")), rows, firstRow };
}
