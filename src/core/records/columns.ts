/**
 * Header matching (docs/workbook.md, "Principles"): columns are found by name, in any order,
 * ignoring case, spaces and punctuation ("GST Rate %", "gst rate" and "GSTRate%" are one column),
 * also under a few common other names ("Inv No"). Extra columns are the user's and are ignored,
 * and so are the add-in's own status columns.
 */
import { finding, type Finding, type TableName } from "../findings";
import { looseKey, type CellReader } from "./cells";

/** One column a table reads: its contract header, the row field it fills and how its cells read. */
export interface ColumnSpec<F extends string = string> {
  /** The header as the contract spells it; findings name the column by this text. */
  readonly header: string;
  readonly field: F;
  /** Other headers people use for the same column. */
  readonly aliases?: readonly string[];
  /**
   * The table cannot be read without this column (one finding for the table when it is missing),
   * and no row without a value in it (a blank cell is a finding).
   */
  readonly required?: boolean;
  /** What a blank cell (or a column the table lacks) reads as; without it, a blank leaves the field out. */
  readonly whenBlank?: unknown;
  readonly read: CellReader<unknown>;
  /**
   * Numbers and codes typed as text (invoice "001", HSN "0401", a GSTIN): a new table formats the
   * column as text, so Excel keeps leading zeros and never turns "1-4" into a date.
   */
  readonly asText?: boolean;
}

/** Written by the add-in itself (docs/workbook.md, "Status columns"); never read as data. */
export const STATUS_COLUMNS = ["Tally Status", "Tally Note"] as const;

export interface MatchedColumn<F extends string = string> {
  spec: ColumnSpec<F>;
  /** 0-based position in the table's header row. */
  col: number;
}

export interface ColumnMatch<F extends string = string> {
  /** The columns found, in the specs' order. */
  columns: MatchedColumn<F>[];
  /** Contract headers of required columns that are not there. */
  missing: string[];
  findings: Finding[];
}

/** How headers are compared: letters and digits only, lower case. */
export const headerKey = (header: unknown): string => looseKey(String(header ?? ""));

const STATUS_KEYS = new Set(STATUS_COLUMNS.map(headerKey));

/**
 * Finds each spec's column in the header row. A missing required column gives one finding for
 * the table (row 0), never one per row; a column given twice (by name or alias) gives one finding
 * and the leftmost is read.
 */
export function matchColumns<F extends string>(
  table: TableName,
  headers: readonly unknown[],
  specs: readonly ColumnSpec<F>[],
): ColumnMatch<F> {
  const specByKey = new Map<string, ColumnSpec<F>>();
  for (const spec of specs) {
    for (const name of [spec.header, ...(spec.aliases ?? [])]) specByKey.set(headerKey(name), spec);
  }
  const found = new Map<ColumnSpec<F>, number[]>();
  headers.forEach((header, col) => {
    const key = headerKey(header);
    const spec = STATUS_KEYS.has(key) ? undefined : specByKey.get(key);
    if (spec) found.set(spec, [...(found.get(spec) ?? []), col]);
  });
  const result: ColumnMatch<F> = { columns: [], missing: [], findings: [] };
  for (const spec of specs) {
    const cols = found.get(spec);
    if (cols) {
      result.columns.push({ spec, col: cols[0] });
      if (cols.length > 1)
        result.findings.push(
          duplicate(
            table,
            spec,
            cols.map((c) => String(headers[c])),
          ),
        );
    } else if (spec.required) {
      result.missing.push(spec.header);
      result.findings.push(missing(table, spec));
    }
  }
  return result;
}

function missing(table: TableName, spec: ColumnSpec): Finding {
  return finding("column.missing", { table, row: 0, column: spec.header });
}

function duplicate(table: TableName, spec: ColumnSpec, texts: string[]): Finding {
  return finding("column.duplicate", { table, row: 0, column: spec.header }, { texts });
}
