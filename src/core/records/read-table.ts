/**
 * Reads one ops table into typed rows: match the header, read every cell with its column's
 * reader, check the assembled row against the table's zod schema. A row with any type-level
 * problem is left out of the rows and listed as rejected (with its voucher number), so that
 * every non-blank row ends up in exactly one of the two.
 */
import type { z } from "zod";
import { finding, type Finding, type OpsTable } from "../findings";
import { readText } from "./cells";
import { matchColumns, type ColumnSpec, type MatchedColumn } from "./columns";
import { excelErrorOf, isBlank } from "./excel-values";
import { rowFastPath } from "./row-fast-path";
import type { RejectedRow, RowBase, TableInput } from "./types";

/** Everything the generic reader needs to know about one ops table. */
export interface TableSpec<R extends RowBase> {
  table: OpsTable;
  columns: readonly ColumnSpec<keyof R & string>[];
  /** Built once per table; checks a row's cells and applies defaults. `row` and `index` are added after. */
  schema: z.ZodType<Omit<R, keyof RowBase>>;
  /** The field holding the voucher number (Invoice No, Receipt No, ...). */
  voucherNoField: keyof R & string;
}

export interface TableRead<R> {
  rows: R[];
  rejected: RejectedRow[];
  findings: Finding[];
}

type Cells = readonly unknown[];

/** Reads a table's body. Never throws; whatever the cells hold becomes rows, rejected rows or findings. */
export function readOpsTable<R extends RowBase>(spec: TableSpec<R>, input: TableInput): TableRead<R> {
  const match = matchColumns(spec.table, input.headers ?? [], spec.columns);
  const out: TableRead<R> = { rows: [], rejected: [], findings: [...match.findings] };
  const voucherCol = match.columns.find((c) => c.spec.field === spec.voucherNoField)?.col;
  const first = Number.isInteger(input.firstRow) ? (input.firstRow as number) : 2;
  const body = Array.isArray(input.rows) ? input.rows : [];
  // Without a required column every row would repeat the one table-level finding: reject quietly.
  const complete = match.missing.length === 0;
  const fast = complete ? rowFastPath(spec.schema, match.columns) : undefined;
  for (let index = 0; index < body.length; index++) {
    const cells: Cells = Array.isArray(body[index]) ? body[index] : [];
    if (isBlankRow(cells, match.columns)) continue;
    const row = first + index;
    const quick = fast?.(cells) as Omit<R, keyof RowBase> | undefined;
    const value = quick ? placed(quick, row, index) : complete ? readRow(spec, match.columns, cells, row, index, out.findings) : undefined;
    if (value) out.rows.push(value);
    else out.rejected.push({ row, index, voucherNo: voucherText(cells, voucherCol) });
  }
  return out;
}

/** zod's output (or the fast path's) is a fresh object: stamping the position on it spares a copy per row. */
function placed<R extends RowBase>(value: Omit<R, keyof RowBase>, row: number, index: number): R {
  const typed = value as R;
  typed.row = row;
  typed.index = index;
  return typed;
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
 * The long way, for rows the fast path cannot vouch for: every readable cell into a draft, checked
 * by zod. The typed row, or undefined after adding to `findings` why it cannot be read.
 */
function readRow<R extends RowBase>(
  spec: TableSpec<R>,
  columns: readonly MatchedColumn[],
  cells: Cells,
  row: number,
  index: number,
  findings: Finding[],
): R | undefined {
  const draft: Record<string, unknown> = {};
  const firstOfRow = findings.length;
  for (const { spec: column, col } of columns) {
    const value = cells[col];
    if (isBlank(value)) continue;
    const read = column.read(value);
    if (read.ok) {
      draft[column.field] = read.value;
    } else {
      const at = { table: spec.table, row, column: column.header, value: String(value) };
      findings.push(finding(excelErrorOf(value) ? "cell.excel-error" : "cell.invalid", at, { reason: read.reason }));
    }
  }
  const unreadable = findings.length > firstOfRow;
  const checked = spec.schema.safeParse(draft);
  if (checked.success) return unreadable ? undefined : placed(checked.data, row, index);
  const explained = new Set(findings.slice(firstOfRow).map((f) => f.column));
  for (const issue of checked.error.issues) {
    const header = headerOf(spec, String(issue.path[0] ?? ""));
    if (explained.has(header)) continue; // the reader already said why
    explained.add(header);
    findings.push(schemaFinding(spec.table, row, header, draft[String(issue.path[0] ?? "")], issue.message));
  }
  return undefined;
}

function headerOf<R extends RowBase>(spec: TableSpec<R>, field: string): string {
  return spec.columns.find((c) => c.field === field)?.header ?? field;
}

function schemaFinding(table: OpsTable, row: number, header: string, value: unknown, why: string): Finding {
  if (value === undefined) return finding("cell.blank", { table, row, column: header });
  return finding("cell.invalid", { table, row, column: header, value: String(value) }, { reason: `is not valid (${why})` });
}

/**
 * A table as Excel's range gives it: the header row first, then the body (what `range.values`
 * returns for a table with its header). The body's first row is sheet row `firstRow`.
 */
export function tableFromGrid(name: string, grid: readonly (readonly unknown[])[], firstRow = 2): TableInput {
  const [headers = [], ...rows] = grid;
  return { name, headers: headers.map((h) => String(h ?? "")), rows, firstRow };
}
