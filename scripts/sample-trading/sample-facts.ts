/**
 * What the sample must give, worked out from how it was made rather than by running the
 * validator: rows per table, vouchers (rows sharing a number), the vouchers a planted mistake
 * holds back, and the errors each mistake must raise at its cells.
 */
import { OPS_TABLES, type OpsTable } from "../../src/core/findings";
import { COMPANY } from "./masters";
import { sampleTables } from "./sample-book";

export interface PlantedError {
  sheet: string;
  /** A1 address of the cell, e.g. "E14". */
  cell: string;
  table: OpsTable;
  column: string;
  code: string;
  what: string;
}

export interface SampleFacts {
  file: string;
  company: string;
  rows: Record<OpsTable, number>;
  vouchers: { total: number; valid: number; heldBack: number };
  /** Rows of the held-back vouchers: what Export reports as held back. */
  rowsHeldBack: number;
  errors: PlantedError[];
  errorsByCode: Record<string, number>;
}

/** "A", ..., "Z", "AA": the column letter of a 0-based column. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let out = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

export function sampleFacts(): SampleFacts {
  const tables = sampleTables();
  const errors: PlantedError[] = [];
  const groups = new Map<string, { rows: number; spoiled: boolean }>();
  for (const t of tables) {
    t.rows.forEach((r, i) => {
      const key = `${t.table}|${r.voucher.toUpperCase()}`;
      const group = groups.get(key) ?? { rows: 0, spoiled: false };
      group.rows++;
      group.spoiled ||= r.mistake !== undefined;
      groups.set(key, group);
      const mistake = r.mistake;
      if (!mistake) return;
      for (const column of mistake.columns) {
        const cell = `${columnLetter(t.columns.findIndex((c) => c.header === column))}${t.headerRow + 1 + i}`;
        errors.push({ sheet: t.sheet, cell, table: t.table, column, code: mistake.code, what: mistake.what });
      }
    });
  }
  const spoiled = [...groups.values()].filter((g) => g.spoiled);
  const errorsByCode: Record<string, number> = {};
  for (const e of errors) errorsByCode[e.code] = (errorsByCode[e.code] ?? 0) + 1;
  return {
    file: "sample-trading-q1.xlsx",
    company: COMPANY,
    rows: Object.fromEntries(OPS_TABLES.map((t) => [t, tables.find((x) => x.table === t)!.rows.length])) as Record<OpsTable, number>,
    vouchers: { total: groups.size, valid: groups.size - spoiled.length, heldBack: spoiled.length },
    rowsHeldBack: spoiled.reduce((n, g) => n + g.rows, 0),
    errors,
    errorsByCode,
  };
}
