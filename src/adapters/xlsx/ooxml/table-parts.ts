/**
 * Excel table definitions (ECMA-376 part 1, 18.5): each table's name, range, header and totals
 * rows and column names, found through each sheet's relationships. headerRowCount is 1 when the
 * attribute is left out, as Excel writes it.
 */
import { decodeRange } from "../excel-tables";
import type { XlsxSheet, XlsxTable } from "./model";
import { isRelType, readRels } from "./package-parts";
import { attr, parseXml } from "./xml-events";
import type { ZipReader } from "./zip-reader";

export function parseTable(xml: string, part: string): XlsxTable | undefined {
  let table: XlsxTable | undefined;
  parseXml(xml, {
    open(tag) {
      if (tag.name === "table") {
        const ref = attr(tag, "ref");
        if (!ref) return;
        table = {
          name: attr(tag, "name") ?? attr(tag, "displayName") ?? "",
          id: Number(attr(tag, "id") ?? 0),
          part,
          box: decodeRange(ref),
          headerRow: attr(tag, "headerRowCount") !== "0",
          totalsRow: Number(attr(tag, "totalsRowCount") ?? 0) > 0,
          columns: [],
          edited: false,
          isNew: false,
        };
      } else if (tag.name === "tableColumn" && table) table.columns.push(attr(tag, "name") ?? "");
    },
  });
  return table;
}

/** The tables on a sheet, from the table parts its relationships name. */
export async function readSheetTables(zip: ZipReader, sheet: XlsxSheet): Promise<void> {
  for (const rel of await readRels(zip, sheet.part)) {
    if (!isRelType(rel, "table") || rel.external || !zip.has(rel.part)) continue;
    const table = parseTable(await zip.text(rel.part), rel.part);
    if (table) sheet.tables.push(table);
  }
}
