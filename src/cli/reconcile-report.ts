/**
 * `reconcile --out`: the report beside the workbook, as .xlsx (one Reconciliation sheet, the rows
 * the pane writes) or .csv, by the name's ending; any other ending is refused before Tally is read.
 * Written by output-file.ts's rules: never onto the workbook or through a link to it, a temporary
 * file renamed over the target only when whole.
 */
import path from "node:path";
import { reconciliationXlsx } from "../adapters/xlsx/report-xlsx";
import type { Reconciliation } from "../core/reconcile/report";
import { RECONCILIATION_HEADERS, reconciliationCsv, reconciliationRows } from "../core/reconcile/sheet";
import { encodeUtf8 } from "../core/tally/encode";
import { writeAll, writeOutputFile } from "./output-file";

export type ReportKind = "xlsx" | "csv";

/** The report's kind by the name's ending (any case); undefined for any other. */
export function reportKind(out: string): ReportKind | undefined {
  const ending = path.extname(out).toLowerCase();
  return ending === ".xlsx" ? "xlsx" : ending === ".csv" ? "csv" : undefined;
}

export async function writeReconcileReport(out: string, workbook: string, shown: string, r: Reconciliation): Promise<void> {
  const bytes =
    reportKind(out) === "xlsx"
      ? await reconciliationXlsx([RECONCILIATION_HEADERS, ...reconciliationRows(r)])
      : encodeUtf8(reconciliationCsv(r), true);
  writeOutputFile(out, workbook, shown, (fd) => writeAll(fd, bytes));
}
