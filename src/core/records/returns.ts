/**
 * The Returns table: Sales Return -> Credit Note, Purchase Return -> Debit Note. Rows sharing a
 * Note No form one note (docs/workbook.md, "Returns").
 */
import { z } from "zod";
import { readEnum, readText, readYesNo } from "./cells";
import type { ColumnSpec } from "./columns";
import { readOpsTable, type TableSpec } from "./read-table";
import { calendarDate, paise, text } from "./row-schema";
import { DATE, GODOWN, GST_RATE, HSN, ITEM, QTY, RATE, TAXABLE_VALUE, UNIT } from "./shared-columns";
import type { ReturnRow, ReturnType, TableInput } from "./types";

export const RETURN_TYPES: readonly ReturnType[] = ["Sales Return", "Purchase Return"];

export const RETURN_COLUMNS: readonly ColumnSpec<keyof ReturnRow & string>[] = [
  DATE,
  { header: "Note No", field: "noteNo", required: true, read: readText, aliases: ["Note Number", "Credit Note No", "Debit Note No", "CN/DN No"] },
  {
    header: "Type",
    field: "type",
    required: true,
    read: readEnum(RETURN_TYPES, { Sales: "Sales Return", Purchase: "Purchase Return" }),
    aliases: ["Return Type", "Note Type"],
  },
  { header: "Party", field: "party", required: true, read: readText, aliases: ["Party Name", "Customer/Supplier"] },
  { header: "Party GSTIN", field: "partyGstin", read: readText, aliases: ["GSTIN", "GST No", "GSTIN/UIN"] },
  { header: "Against Invoice", field: "againstInvoice", read: readText, aliases: ["Original Invoice", "Invoice No", "Against Bill"] },
  // Refinement: Yes = the original invoice is not in this workbook (an earlier year, another system).
  { header: "External", field: "external", read: readYesNo, aliases: ["External Invoice"] },
  ITEM,
  HSN,
  QTY,
  UNIT,
  RATE,
  TAXABLE_VALUE,
  GST_RATE,
  GODOWN,
  { header: "Reason", field: "reason", read: readText, aliases: ["Narration", "Remarks"] },
];

const returnRowSchema = z.object({
  date: calendarDate,
  noteNo: text,
  type: z.enum(RETURN_TYPES),
  party: text,
  partyGstin: text.optional(),
  againstInvoice: text.optional(),
  external: z.boolean().default(false),
  item: text.optional(),
  hsn: text.optional(),
  qty: z.number().optional(),
  unit: text.optional(),
  rate: paise.optional(),
  taxableValue: paise.optional(),
  gstRate: z.number(),
  godown: text.optional(),
  reason: text.optional(),
});

export const RETURNS_TABLE: TableSpec<ReturnRow> = {
  table: "Returns",
  columns: RETURN_COLUMNS,
  schema: returnRowSchema,
  voucherNoField: "noteNo",
};

/** Reads the Returns table; Type accepts "Sales"/"Purchase" too, a blank External reads as No. */
export function readReturns(input: TableInput) {
  return readOpsTable(RETURNS_TABLE, input);
}
