/**
 * The Returns table: Sales Return -> Credit Note, Purchase Return -> Debit Note. Rows sharing a
 * Note No form one note (docs/workbook.md, "Returns").
 */
import { readEnum, readText, readYesNo } from "./cells";
import { DATE, GODOWN, GST_RATE, HSN, ITEM, QTY, RATE, REASON, TAXABLE_VALUE, UNIT } from "./shared-columns";
import { declareTable, type RowOf } from "./table-declaration";

export const RETURN_TYPES = ["Sales Return", "Purchase Return"] as const;
export type ReturnType = (typeof RETURN_TYPES)[number];

export const RETURNS_TABLE = declareTable({
  table: "Returns",
  columns: [
    DATE,
    {
      header: "Note No",
      field: "noteNo",
      required: true,
      read: readText,
      asText: true,
      aliases: ["Note Number", "Credit Note No", "Debit Note No", "CN/DN No"],
    },
    {
      header: "Type",
      field: "type",
      required: true,
      read: readEnum<ReturnType>(RETURN_TYPES, { Sales: "Sales Return", Purchase: "Purchase Return" }),
      aliases: ["Return Type", "Note Type"],
    },
    { header: "Party", field: "party", required: true, read: readText, aliases: ["Party Name", "Customer/Supplier"] },
    { header: "Party GSTIN", field: "partyGstin", read: readText, asText: true, aliases: ["GSTIN", "GST No", "GSTIN/UIN"] },
    {
      header: "Against Invoice",
      field: "againstInvoice",
      read: readText,
      asText: true,
      aliases: ["Original Invoice", "Invoice No", "Against Bill"],
    },
    // Refinement: Yes = the original invoice is not in this workbook (an earlier year, another system); blank = No.
    { header: "External", field: "external", read: readYesNo, whenBlank: false, aliases: ["External Invoice"] },
    ITEM,
    HSN,
    QTY,
    UNIT,
    RATE,
    TAXABLE_VALUE,
    GST_RATE,
    GODOWN,
    REASON,
  ],
  vouchers: { numberField: "noteNo", word: "note", gstDocument: true },
});

export type ReturnRow = RowOf<typeof RETURNS_TABLE>;
