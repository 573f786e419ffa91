/**
 * docs/workbook.md is the contract people read; the column declarations are the contract the code
 * runs. This test keeps the two the same: every column, whether it is required, its type and its
 * other names, in order, for every ops table.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { OPS_TABLES, type OpsTable } from "../findings";
import { readAmount, readDate, readGstRate, readPercent, readQuantity, readText, readYesNo } from "./cells";
import type { ColumnSpec } from "./columns";
import { OPS_COLUMNS } from "./ops-tables";

const DOC = readFileSync(path.resolve(__dirname, "../../../docs/workbook.md"), "utf8");

const COLUMNS: Record<OpsTable, readonly ColumnSpec[]> = OPS_COLUMNS;

const TYPE_NAMES = new Map<unknown, string>([
  [readText, "text"],
  [readAmount, "amount"],
  [readQuantity, "quantity"],
  [readPercent, "percent"],
  [readGstRate, "GST rate"],
  [readDate, "date"],
  [readYesNo, "Yes/No"],
]);

/** The rows of the markdown table under "### <table>": [column, required, type, also read as]. */
function documentedColumns(table: string): string[][] {
  const section = DOC.split(/^### /m).find((s) => s.startsWith(`${table}\n`)) ?? "";
  return section
    .split("\n")
    .filter((line) => line.startsWith("| ") && !line.startsWith("| Column") && !line.startsWith("|---"))
    .map((line) =>
      line
        .split("|")
        .slice(1, 5)
        .map((cell) => cell.trim()),
    );
}

describe("docs/workbook.md", () => {
  it.each(OPS_TABLES)("lists the %s columns exactly as the code reads them", (table) => {
    const fromCode = COLUMNS[table].map((c) => [
      c.header,
      c.required ? "yes" : "",
      TYPE_NAMES.get(c.read) ?? "choice",
      (c.aliases ?? []).join(", "),
    ]);
    const fromDoc = documentedColumns(table).map(([header, required, type, aliases]) => [header, required, type.split(":")[0], aliases]);
    expect(fromDoc).toEqual(fromCode);
  });
});
