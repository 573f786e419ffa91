/**
 * The workbook the end-to-end test opens: the clean baseline (test/support/baseline-workbook.ts)
 * as Excel would hold it (dates as serials, settings and LedgerMap on the hidden TallyHandoff
 * sheet), with two planted mistakes. The browser entry builds the fake host from it and the test
 * computes its expectations from it, so both sides see the very same cells.
 */
import { parseDateCell, toExcelSerial } from "../../src/core/dates";
import type { TableInput, WorkbookInput } from "../../src/core/records/types";
import { baselineWorkbook, GSTIN, withCell } from "../support/baseline-workbook";
import type { FakeSheetSpec, FakeWorkbookSpec } from "../support/fake-excel";
import { generateWorkbook } from "../support/generate-workbook";

/** One planted mistake: the cell it is in (index = 0-based body row). */
export interface PlantedMistake {
  table: string;
  index: number;
  column: string;
  value: string;
  /** The finding code the core gives it. */
  code: string;
}

const wrongCheck = (gstin: string) => gstin.slice(0, 14) + (gstin[14] === "A" ? "B" : "A");

/** A Sales row whose customer GSTIN has a wrong check character, and an expense head nobody mapped. */
export const PLANTED: { gstin: PlantedMistake; expenseHead: PlantedMistake } = {
  gstin: { table: "Sales", index: 2, column: "Customer GSTIN", value: wrongCheck(GSTIN.kumar), code: "gstin.check-character" },
  expenseHead: { table: "Expenses", index: 0, column: "Expense Head", value: "Travel", code: "mapping.unmapped" },
};

/** The sheet the workbook opens on: not Sales, so selecting a finding has to switch sheets. */
export const FIRST_ACTIVE_SHEET = "Expenses";

const HIDDEN_TABLES = new Set(["HandoffSettings", "LedgerMap"]);
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** ISO date text becomes the serial number Excel keeps for a typed date. */
function asExcelCell(value: unknown): unknown {
  if (typeof value !== "string" || !ISO_DATE.test(value)) return value;
  const parsed = parseDateCell(value);
  return parsed.ok ? toExcelSerial(parsed.value) : value;
}

function withSerialDates(table: TableInput): TableInput {
  return { ...table, rows: table.rows.map((row) => row.map(asExcelCell)) };
}

/**
 * The baseline with the two mistakes, dates as serials, and Create Missing Masters on (a fresh
 * Tally company has none of the parties, items or tax ledgers the vouchers name).
 */
export function e2eWorkbookInput(options: { mistakes?: boolean; extraMappings?: number } = {}): WorkbookInput {
  let input = baselineWorkbook();
  if (options.mistakes !== false)
    for (const m of [PLANTED.gstin, PLANTED.expenseHead]) input = withCell(input, m.table, m.index, m.column, m.value);
  input = withExtraMappings(input, options.extraMappings ?? 0);
  const settings = input.tables.HandoffSettings as TableInput;
  const tables = Object.fromEntries(Object.entries(input.tables).map(([name, t]) => [name, withSerialDates(t as TableInput)]));
  tables.HandoffSettings = withSerialDates({ ...settings, rows: [...settings.rows, ["Create Missing Masters", "Yes"]] });
  for (const name of HIDDEN_TABLES) tables[name] = { ...tables[name], sheet: "TallyHandoff" };
  return { tables };
}

/** LedgerMap rows for parties no table uses yet ("Party 0001" to "Party 0001 Traders"), as a trading business's long map. */
function withExtraMappings(input: WorkbookInput, n: number): WorkbookInput {
  if (n === 0) return input;
  const map = input.tables.LedgerMap as TableInput;
  const extra = Array.from({ length: n }, (_, i) => {
    const name = `Party ${String(i + 1).padStart(4, "0")}`;
    return ["Party", name, `${name} Traders`];
  });
  return { tables: { ...input.tables, LedgerMap: { ...map, rows: [...map.rows, ...extra] } } };
}

/** The hidden sheet as setup-workbook leaves it: settings at A1, LedgerMap at D1, an empty PostingLog at H1. */
function handoffSheet(input: WorkbookInput): FakeSheetSpec {
  const t = (name: string) => input.tables[name] as TableInput;
  return {
    name: "TallyHandoff",
    visibility: "Hidden",
    tables: [
      { name: "HandoffSettings", headers: t("HandoffSettings").headers, rows: t("HandoffSettings").rows },
      { name: "LedgerMap", headers: t("LedgerMap").headers, rows: t("LedgerMap").rows, at: "D1" },
      {
        name: "PostingLog",
        headers: ["Posted At", "Table", "Voucher", "Remote ID", "Content Hash", "Action", "Result", "Message"],
        rows: [],
        at: "H1",
      },
    ],
  };
}

/**
 * The workbooks the browser tests open, by the `workbook` query parameter: "errors" (the default,
 * the two planted mistakes), "clean", "big-map" (clean, with 1,000 more LedgerMap rows),
 * "empty" (a new workbook: one blank sheet, not set up) and "100k-lines" (generated in the page).
 */
export type E2eWorkbookName = "errors" | "clean" | "big-map" | "empty" | "100k-lines";

/**
 * 100,000 Sales lines (20,000 invoices of 5, as bench/core.bench.ts checks), one line in about
 * 4,000 dated "someday" so the check has errors to find; the same in the page and in the test.
 */
export function hundredThousandLines(): WorkbookInput {
  const input = generateWorkbook({ seed: 7, salesInvoices: 20_000, linesPerInvoice: 5 });
  const sales = input.tables.Sales as TableInput;
  for (let i = 7; i < sales.rows.length; i += 4001) (sales.rows[i] as unknown[])[sales.headers.indexOf("Date")] = "someday";
  return input;
}

export function namedWorkbookSpec(name: string | null): FakeWorkbookSpec {
  if (name === "empty") return { sheets: [{ name: "Sheet1" }], active: "Sheet1" };
  if (name === "clean") return e2eWorkbookSpec(e2eWorkbookInput({ mistakes: false }));
  if (name === "100k-lines") return e2eWorkbookSpec(hundredThousandLines());
  if (name === "big-map") return e2eWorkbookSpec(e2eWorkbookInput({ mistakes: false, extraMappings: 1000 }));
  return e2eWorkbookSpec();
}

/** The fake host's spec: each ops table on a sheet of its own name at A1, then the hidden sheet. */
export function e2eWorkbookSpec(input: WorkbookInput = e2eWorkbookInput()): FakeWorkbookSpec {
  const ops = Object.values(input.tables)
    .filter((t): t is TableInput => t !== undefined && !HIDDEN_TABLES.has(t.name))
    .map((t): FakeSheetSpec => ({ name: t.sheet ?? t.name, tables: [{ name: t.name, headers: t.headers, rows: t.rows }] }));
  return { sheets: [...ops, handoffSheet(input)], active: FIRST_ACTIVE_SHEET };
}
