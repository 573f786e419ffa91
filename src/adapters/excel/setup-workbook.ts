/* global Excel */
/**
 * Set up the workbook: every missing ops table on its own sheet (headers, number formats,
 * drop-down lists, status columns), the status columns on ops tables that lack them, and the
 * hidden TallyHandoff sheet. It never touches a user's rows, and a second run changes nothing
 * (it then syncs once, to look).
 */
import { OPS_TABLES, type OpsTable } from "../../core/findings";
import { STATUS_COLUMNS } from "../../core/records/columns";
import type { SetupReport } from "../../engine/ports";
import type { ExcelRun } from "./excel-run";
import { queueHandoffSheet } from "./handoff-sheet";
import { queueNewTable } from "./new-table";
import { opsTableSetup } from "./table-specs";
import { columnOf, loadLayout, sheetNamed, tableNamed, type WorkbookLayout } from "./workbook-layout";

/** Formats and drop-downs on the one (blank) body row; Excel carries them down as the table grows. */
function queueOpsTable(sheet: Excel.Worksheet, name: OpsTable): void {
  const columns = opsTableSetup(name);
  const table = queueNewTable(
    sheet,
    name,
    0,
    columns.map((c) => c.header),
  );
  const body = table.getDataBodyRange();
  body.numberFormat = [columns.map((c) => c.numberFormat)];
  columns.forEach((c, i) => {
    if (!c.choices) return;
    const validation = body.getColumn(i).dataValidation;
    validation.rule = { list: { inCellDropDown: true, source: c.choices.join(",") } };
    validation.errorAlert = { showAlert: true, style: "Warning", title: c.header, message: `Usually one of: ${c.choices.join(", ")}.` };
  });
}

/**
 * The sheet for each new table: the table's own name when no sheet has it, or when that sheet is
 * empty (one more sync, only then); otherwise "Name 2", "Name 3", ...
 */
async function sheetsFor(
  context: Excel.RequestContext,
  layout: WorkbookLayout,
  names: readonly OpsTable[],
): Promise<Map<OpsTable, Excel.Worksheet>> {
  const taken = new Set(layout.sheets.map((s) => s.name.toLowerCase()));
  const used = new Map(
    names.flatMap((n) => {
      const sheet = sheetNamed(layout, n);
      return sheet ? [[n, sheet.worksheet.getUsedRangeOrNullObject(true)] as const] : [];
    }),
  );
  if (used.size > 0) await context.sync();
  const out = new Map<OpsTable, Excel.Worksheet>();
  for (const name of names) {
    const range = used.get(name);
    if (range?.isNullObject) {
      out.set(name, sheetNamed(layout, name)!.worksheet);
      continue;
    }
    let free = name as string;
    for (let n = 2; taken.has(free.toLowerCase()); n++) free = `${name} ${n}`;
    taken.add(free.toLowerCase());
    out.set(name, context.workbook.worksheets.add(free));
  }
  return out;
}

/** Queues the status columns an existing ops table lacks; returns "Table: Column" for each. */
function queueStatusColumns(layout: WorkbookLayout): string[] {
  const added: string[] = [];
  for (const name of OPS_TABLES) {
    const table = tableNamed(layout, name);
    if (!table) continue;
    for (const header of STATUS_COLUMNS) {
      if (columnOf(table, name, header) >= 0) continue;
      table.table.columns.add(undefined, undefined, header);
      added.push(`${table.name}: ${header}`);
    }
  }
  return added;
}

export async function setupWorkbook(run: ExcelRun): Promise<SetupReport> {
  return run(async (context) => {
    const layout = await loadLayout(context);
    const missing = OPS_TABLES.filter((name) => !tableNamed(layout, name));
    const sheets = await sheetsFor(context, layout, missing);
    for (const name of missing) queueOpsTable(sheets.get(name)!, name);
    const addedColumns = queueStatusColumns(layout);
    const handoff = queueHandoffSheet(context, layout);
    const createdTables = [...missing, ...handoff.createdTables];
    if (createdTables.length > 0 || addedColumns.length > 0) await context.sync();
    return { createdTables, addedColumns, createdHiddenSheet: handoff.createdSheet };
  });
}
