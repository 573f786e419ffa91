/**
 * What a new ops table looks like: the contract's headers in the core's column order (OPS_COLUMNS,
 * from each table's declaration in src/core/records), a number format per column and the drop-down lists, then
 * the two status columns. Only tables the add-in creates get formats and lists; a user's own
 * table keeps its own.
 */
import { DEFAULT_GST_RATE_TABLE } from "../../core/gst-rates";
import type { OpsTable } from "../../core/findings";
import { readAmount, readDate, readGstRate, readYesNo } from "../../core/records/cells";
import { STATUS_COLUMNS, type ColumnSpec } from "../../core/records/columns";
import { OPS_COLUMNS } from "../../core/records/ops-tables";

export const DATE_FORMAT = "dd-mmm-yyyy";
/** Lakh grouping (1,00,000.00) where Windows uses the Indian digit grouping; thousands elsewhere. */
export const MONEY_FORMAT = "#,##,##0.00";
/** Text: keeps leading zeros ("0401" HSN, "07" state code, invoice "001") and stops "1-4" becoming a date. */
export const TEXT_FORMAT = "@";
/** Rates and quantities: General shows 18 as "18" and 0.25 as "0.25" ("0.##" would show "18."). */
export const PLAIN_FORMAT = "General";

const current = DEFAULT_GST_RATE_TABLE[DEFAULT_GST_RATE_TABLE.length - 1].rates;
const older = DEFAULT_GST_RATE_TABLE.flatMap((p) => p.rates).filter((r) => !current.includes(r));

/** Today's slabs, then the retired ones still valid on older invoices (gst-facts.md section 1). */
export const GST_RATE_CHOICES: readonly string[] = [...current, ...new Set(older)].map(String);
export const YES_NO: readonly string[] = ["Yes", "No"];

export interface ColumnSetup {
  header: string;
  numberFormat: string;
  /** Drop-down list; a warning, not a block, since Settings may allow other values. */
  choices?: readonly string[];
}

function choicesOf(spec: ColumnSpec): readonly string[] | undefined {
  if (spec.read === readGstRate) return GST_RATE_CHOICES;
  if (spec.read === readYesNo) return YES_NO;
  // A choice column's reader knows its words (readEnum): Mode's payment modes, Returns' Type.
  return "choices" in spec.read ? (spec.read.choices as readonly string[]) : undefined;
}

function formatOf(spec: ColumnSpec): string {
  if (spec.read === readDate) return DATE_FORMAT;
  if (spec.read === readAmount) return MONEY_FORMAT;
  return spec.asText ? TEXT_FORMAT : PLAIN_FORMAT;
}

/** The columns of a new ops table, status columns last. */
export function opsTableSetup(table: OpsTable): ColumnSetup[] {
  const columns = OPS_COLUMNS[table].map((spec) => ({ header: spec.header, numberFormat: formatOf(spec), choices: choicesOf(spec) }));
  return [...columns, ...STATUS_COLUMNS.map((header) => ({ header, numberFormat: PLAIN_FORMAT }))];
}
