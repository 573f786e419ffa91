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
export function e2eWorkbookInput(): WorkbookInput {
  let input = baselineWorkbook();
  for (const m of [PLANTED.gstin, PLANTED.expenseHead]) input = withCell(input, m.table, m.index, m.column, m.value);
  const settings = input.tables.HandoffSettings as TableInput;
  const tables = Object.fromEntries(Object.entries(input.tables).map(([name, t]) => [name, withSerialDates(t as TableInput)]));
  tables.HandoffSettings = withSerialDates({ ...settings, rows: [...settings.rows, ["Create Missing Masters", "Yes"]] });
  for (const name of HIDDEN_TABLES) tables[name] = { ...tables[name], sheet: "TallyHandoff" };
  return { tables };
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

/** The fake host's spec: each ops table on a sheet of its own name at A1, then the hidden sheet. */
export function e2eWorkbookSpec(input: WorkbookInput = e2eWorkbookInput()): FakeWorkbookSpec {
  const ops = Object.values(input.tables)
    .filter((t): t is TableInput => t !== undefined && !HIDDEN_TABLES.has(t.name))
    .map((t): FakeSheetSpec => ({ name: t.sheet ?? t.name, tables: [{ name: t.name, headers: t.headers, rows: t.rows }] }));
  return { sheets: [...ops, handoffSheet(input)], active: FIRST_ACTIVE_SHEET };
}
