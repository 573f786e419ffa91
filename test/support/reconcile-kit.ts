/**
 * Reconcile tests' wiring: a small workbook whose invoices nothing else refers to (so renumbering one
 * is a valid edit), row edits as a bookkeeper makes them, and a push plus reconcile against the emulator.
 */
import { prepareHandoff } from "../../src/core/handoff";
import type { TableInput, WorkbookInput } from "../../src/core/records/types";
import type { Voucher } from "../../src/core/vouchers/model";
import { runPush, type PushOptions } from "../../src/engine/push";
import { runReconcile, type ReconcileRun } from "../../src/engine/reconcile";
import type { PushPorts } from "../../src/engine/ports";
import { generateWorkbook } from "./generate-workbook";
import { COMPANY } from "./push-profiles";

export function smallWorkbook(seed = 21, salesInvoices = 6): WorkbookInput {
  return generateWorkbook({ seed, salesInvoices, linesPerInvoice: 2, purchases: 2, payments: 1, expenses: 2 });
}

/** The Sales table with `edit` applied to a copy of its rows (headers found by name). */
export function editSales(input: WorkbookInput, edit: (rows: unknown[][], col: (header: string) => number) => unknown[][]): WorkbookInput {
  const sales = input.tables.Sales!;
  const headers = sales.headers as string[];
  const rows = edit(
    sales.rows.map((r) => [...r]),
    (h) => headers.indexOf(h),
  );
  const edited: TableInput = { ...sales, rows };
  return { ...input, tables: { ...input.tables, Sales: edited } };
}

/** The workbook's vouchers; fails the test on any error finding (the edit must stay valid). */
export function vouchersOf(input: WorkbookInput): Voucher[] {
  const handoff = prepareHandoff(input);
  const errors = handoff.findings.filter((f) => f.severity === "error");
  if (errors.length > 0) throw new Error(`workbook not valid: ${errors.map((f) => f.message).join("; ")}`);
  return handoff.vouchers;
}

export async function push(vouchers: Voucher[], ports: PushPorts, options: Partial<PushOptions> = {}) {
  const report = await runPush(vouchers, ports, { company: COMPANY, createMissingMasters: true, ...options });
  if (report.stoppedBy) throw report.stoppedBy;
  return report;
}

export function reconcileNow(vouchers: Voucher[], ports: PushPorts): Promise<ReconcileRun> {
  return runReconcile(vouchers, { tally: ports.tally, log: ports.log }, { company: COMPANY });
}
