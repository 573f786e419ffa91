/**
 * LedgerMap (Kind, Workbook Value, Tally Name) on the hidden sheet: how workbook words become
 * Tally masters (docs/workbook.md, "LedgerMap"). Rows with a problem are left out, with a finding.
 */
import { finding, type At, type Finding } from "../findings";
import { nameKey } from "../mapping";
import type { Parsed } from "../money";
import { isBlank, readEnum, readGstRate, readText, shownValue } from "./cells";
import { matchColumns, type ColumnSpec } from "./columns";
import { LEDGER_MAP_KINDS, RATE_KINDS, type LedgerMapEntry, type LedgerMapKind, type TableInput } from "./types";

const readKind = readEnum(LEDGER_MAP_KINDS);

const COLUMNS: readonly ColumnSpec[] = [
  { header: "Kind", field: "kind", required: true, read: readKind },
  { header: "Workbook Value", field: "workbookValue", required: true, read: readText, aliases: ["Workbook Name", "In Workbook"] },
  { header: "Tally Name", field: "tallyName", required: true, read: readText, aliases: ["Tally Ledger", "In Tally"] },
];

/** One body row's three cells and where it sits on the sheet. */
interface MapRow {
  kind: unknown;
  value: unknown;
  name: unknown;
  row: number;
}

/** Reads LedgerMap; an absent table is an empty map. Never throws. */
export function readLedgerMap(table?: TableInput): { entries: LedgerMapEntry[]; findings: Finding[] } {
  if (!table) return { entries: [], findings: [] };
  const match = matchColumns("LedgerMap", table.headers ?? [], COLUMNS);
  const findings = match.findings;
  const entries: LedgerMapEntry[] = [];
  if (match.missing.length > 0) return { entries, findings };
  const [kindCol, valueCol, nameCol] = match.columns.map((c) => c.col);
  const first = Number.isInteger(table.firstRow) ? (table.firstRow as number) : 2;
  const seen = new Map<string, LedgerMapEntry>();
  const body = Array.isArray(table.rows) ? table.rows : [];
  body.forEach((raw, index) => {
    const cells: readonly unknown[] = Array.isArray(raw) ? raw : [];
    const mapRow: MapRow = { kind: cells[kindCol], value: cells[valueCol], name: cells[nameCol], row: first + index };
    if (isBlank(mapRow.kind) && isBlank(mapRow.value) && isBlank(mapRow.name)) return;
    const entry = readEntry(mapRow, findings);
    if (!entry) return;
    const key = `${entry.kind}|${valueKey(entry.kind, entry.workbookValue)}`;
    const earlier = seen.get(key);
    if (!earlier) {
      seen.set(key, entry);
      entries.push(entry);
    } else if (nameKey(earlier.tallyName) !== nameKey(entry.tallyName)) {
      findings.push(conflict(earlier, entry));
    }
  });
  return { entries, findings };
}

function readEntry(cells: MapRow, findings: Finding[]): LedgerMapEntry | undefined {
  const { row } = cells;
  const at = (column: string, value?: unknown): At => ({
    table: "LedgerMap",
    row,
    column,
    ...(value === undefined ? {} : { value: shownValue(value) }),
  });
  const kind = isBlank(cells.kind) ? undefined : readKind(cells.kind);
  if (!kind) findings.push(finding("cell.blank", at("Kind")));
  else if (!kind.ok) findings.push(finding("ledger-map.kind", at("Kind", cells.kind)));
  const name = readText(cells.name);
  if (!name.ok && isBlank(cells.name)) findings.push(finding("cell.blank", at("Tally Name")));
  else if (!name.ok) findings.push(finding("cell.invalid", at("Tally Name", cells.name), { reason: name.reason }));
  const value = workbookValueText(cells.value, kind?.ok ? kind.value : undefined);
  if (!value.ok) findings.push(finding("cell.invalid", at("Workbook Value", cells.value), { reason: value.reason }));
  if (!kind?.ok || !name.ok || !value.ok) return undefined;
  return { row, kind: kind.value, workbookValue: value.value, tallyName: name.value };
}

/** Blank is allowed (the catch-all for rate kinds); a percent-formatted rate cell is read as its rate. */
function workbookValueText(cell: unknown, kind: LedgerMapKind | undefined): Parsed<string> {
  if (isBlank(cell)) return { ok: true, value: "" };
  if (typeof cell === "number" && kind && RATE_KINDS.includes(kind)) {
    const rate = readGstRate(cell);
    if (rate.ok) return { ok: true, value: String(rate.value) };
  }
  return readText(cell);
}

/**
 * A rate-kind value as a rate key ("18%" and "18" are one; blank and "*" are every rate); other
 * kinds compare names the way Tally does, ignoring case and extra spaces (mapping.ts).
 */
function valueKey(kind: LedgerMapKind, text: string): string {
  if (!RATE_KINDS.includes(kind)) return nameKey(text);
  const rate = text.trim() === "" || text.trim() === "*" ? undefined : readGstRate(text);
  return rate?.ok ? String(rate.value) : nameKey(text) || "*";
}

function conflict(earlier: LedgerMapEntry, entry: LedgerMapEntry): Finding {
  const { kind, workbookValue } = entry;
  const params = { kind, workbookValue, tallyNames: [earlier.tallyName, entry.tallyName], firstRow: earlier.row };
  return finding("ledger-map.conflict", { table: "LedgerMap", row: entry.row, column: "Tally Name", value: entry.tallyName }, params);
}
