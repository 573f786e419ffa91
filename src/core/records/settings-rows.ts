/**
 * The rows of HandoffSettings as a key -> cell map. Unknown keys are a warning (a typo would
 * otherwise silently leave a default in place); a key given twice is an error, the first is used.
 */
import { finding, type At, type Finding } from "../findings";
import { isBlank, looseKey, readText } from "./cells";
import { matchColumns, type ColumnSpec } from "./columns";
import type { TableInput } from "./types";

export interface SettingCell {
  key: string;
  value: unknown;
  row: number;
}

export interface SettingRows {
  /** False when the Key or Value column is missing (the findings say so). */
  readable: boolean;
  byKey: Map<string, SettingCell>;
  findings: Finding[];
}

const COLUMNS: readonly ColumnSpec[] = [
  { header: "Key", field: "key", required: true, read: readText, aliases: ["Setting"] },
  { header: "Value", field: "value", required: true, read: readText },
];

/** Reads the Key/Value rows; `known` holds the loose keys the add-in understands. */
export function readSettingRows(table: TableInput, known: ReadonlySet<string>): SettingRows {
  const match = matchColumns("HandoffSettings", table.headers ?? [], COLUMNS);
  const out: SettingRows = { readable: match.missing.length === 0, byKey: new Map(), findings: match.findings };
  if (!out.readable) return out;
  const [keyCol, valueCol] = match.columns.map((c) => c.col);
  const first = Number.isInteger(table.firstRow) ? (table.firstRow as number) : 2;
  const body = Array.isArray(table.rows) ? table.rows : [];
  body.forEach((cells, index) => {
    const raw = Array.isArray(cells) ? cells[keyCol] : undefined;
    if (isBlank(raw)) return;
    const key = readText(raw);
    const row = first + index;
    const cell: SettingCell = { key: key.ok ? key.value : String(raw), value: Array.isArray(cells) ? cells[valueCol] : undefined, row };
    const loose = looseKey(cell.key);
    const earlier = out.byKey.get(loose);
    if (!known.has(loose)) out.findings.push(finding("settings.unknown-key", keyCell(cell), { key: cell.key }));
    else if (earlier) out.findings.push(finding("settings.duplicate-key", keyCell(cell), { key: cell.key, firstRow: earlier.row }));
    else out.byKey.set(loose, cell);
  });
  return out;
}

function keyCell(cell: SettingCell): At {
  return { table: "HandoffSettings", row: cell.row, column: "Key", value: cell.key };
}
