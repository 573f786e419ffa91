/**
 * What the core hands a user for one workbook (findings, row verdicts, vouchers as JSON, CSV and
 * Tally XML), reduced to a hash, so a refactor can prove it changed none of it (issue #12).
 * Only user-visible outputs go in: internal shapes may change, these may not.
 */
import { createHash } from "node:crypto";
import { prepareHandoff, rowVerdicts } from "../../src/core/handoff";
import { vouchersToCsv, vouchersToJson } from "../../src/core/exports";
import { buildVoucherImport } from "../../src/core/tally/write";
import type { TableInput, WorkbookInput } from "../../src/core/records/types";
import { generateWorkbook, seededRandom, type GenerateOptions } from "./generate-workbook";

export function coreOutput(input: WorkbookInput): string {
  const handoff = prepareHandoff(input);
  const findings = handoff.findings.map((f) => [f.severity, f.table, f.row, f.column, f.code, f.message, f.value ?? null]);
  const verdicts = rowVerdicts(handoff).map((v) => [v.table, v.row, v.status, v.note]);
  const company = handoff.books.settings.company || "Company";
  return JSON.stringify({
    findings,
    verdicts,
    json: vouchersToJson(handoff.vouchers),
    csv: vouchersToCsv(handoff.vouchers),
    xml: buildVoucherImport(handoff.vouchers, { company }),
  });
}

export const fingerprint = (text: string) => createHash("sha256").update(text).digest("hex").slice(0, 20);

/** Values a bookkeeper really types wrong, broken into generated books to make findings. */
const BAD_VALUES: unknown[] = [
  "",
  " ",
  "abc",
  -5,
  0,
  "31/02/2026",
  "2030-01-01",
  "#N/A",
  true,
  1e15,
  "12.505",
  "27AAAAA0000A1Z5",
  "Atlantis",
  "INV-1",
  "Nos",
  17,
  "=1+1",
  "शर्मा",
  "A & B <c>",
];

/** A generated workbook: its tables are plain arrays, so a case can break a cell in place. */
type GeneratedBook = { tables: Record<string, TableInput & { rows: unknown[][] }> };

/** The shape and breakage of generated workbook `n`: fixed by `n` alone. */
export function generatedCase(n: number): GeneratedBook {
  const rnd = seededRandom(9_000 + n);
  const int = (max: number) => Math.floor(rnd() * (max + 1));
  const shape: GenerateOptions = {
    seed: 1 + n,
    salesInvoices: 1 + int(5),
    linesPerInvoice: 1 + int(3),
    purchases: int(3),
    receipts: int(3),
    payments: int(2),
    expenses: int(3),
    returns: int(2),
    stockMoves: int(2),
    journals: int(2),
    itemShare: rnd(),
  };
  const book = generateWorkbook(shape) as GeneratedBook;
  const breaks = n % 3 === 0 ? 0 : 1 + int(3);
  const names = Object.keys(book.tables).filter((t) => (book.tables[t]?.rows.length ?? 0) > 0);
  for (let i = 0; i < breaks; i++) {
    const table = book.tables[names[int(names.length - 1)]!]!;
    const rows = table.rows.map((r) => [...r]);
    const row = rows[int(rows.length - 1)]!;
    row[int(row.length - 1)] = BAD_VALUES[int(BAD_VALUES.length - 1)];
    book.tables[table.name] = { ...table, rows };
  }
  return book;
}

export const GENERATED_CASES = 2_000;
