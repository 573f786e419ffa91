/**
 * A workbook as the smallest hand-made writer would zip it: no styles, no shared strings (inline
 * strings only), no dimension, no docProps, tables without tableStyleInfo or autoFilter and
 * without headerRowCount, and Settings on a visible sheet "Setup" (so the push must make the
 * TallyHandoff sheet for its PostingLog). Dates become serial numbers, as such writers store them.
 */
import { fragment } from "xmlbuilder2";
import type { WorkbookInput } from "../../../src/core/records/types";
import { columnLetters } from "../../../src/core/finding-cells";
import { writeZipParts } from "./zip-parts";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG = "http://schemas.openxmlformats.org/package/2006/relationships";
const CT = "application/vnd.openxmlformats-officedocument.spreadsheetml";

const serial = (d: Date) => d.getTime() / 86_400_000 + 25569;

function cellOf(row: ReturnType<typeof fragment>, ref: string, v: unknown): void {
  if (v === null || v === undefined || v === "") return;
  if (v instanceof Date)
    row
      .ele("c", { r: ref })
      .ele("v")
      .txt(String(serial(v)));
  else if (typeof v === "number") row.ele("c", { r: ref }).ele("v").txt(String(v));
  else if (typeof v === "boolean")
    row
      .ele("c", { r: ref, t: "b" })
      .ele("v")
      .txt(v ? "1" : "0");
  else row.ele("c", { r: ref, t: "inlineStr" }).ele("is").ele("t", { "xml:space": "preserve" }).txt(String(v));
}

export async function writeMinimalWorkbook(input: WorkbookInput, file: string): Promise<void> {
  const parts = new Map<string, string>();
  const onSetup = ["HandoffSettings", "LedgerMap"];
  const layout: { sheet: string; table: string; left: number }[] = [];
  let setupLeft = 1;
  for (const [name, t] of Object.entries(input.tables)) {
    if (!t) continue;
    const sheet = onSetup.includes(name) ? "Setup" : name;
    layout.push({ sheet, table: name, left: sheet === "Setup" ? setupLeft : 1 });
    if (sheet === "Setup") setupLeft += t.headers.length + 1;
  }
  const sheetNames = [...new Set(layout.map((l) => l.sheet))];
  const types = fragment().ele("Types", { xmlns: "http://schemas.openxmlformats.org/package/2006/content-types" });
  types.ele("Default", { Extension: "rels", ContentType: "application/vnd.openxmlformats-package.relationships+xml" });
  types.ele("Default", { Extension: "xml", ContentType: "application/xml" });
  types.ele("Override", { PartName: "/xl/workbook.xml", ContentType: `${CT}.sheet.main+xml` });
  const wb = fragment().ele("workbook", { xmlns: MAIN, "xmlns:r": REL }).ele("sheets");
  const wbRels = fragment().ele("Relationships", { xmlns: PKG });
  let tableNo = 0;
  sheetNames.forEach((sheet, i) => {
    const n = i + 1;
    wb.ele("sheet", { name: sheet, sheetId: String(n), "r:id": `rId${n}` });
    wbRels.ele("Relationship", { Id: `rId${n}`, Type: `${REL}/worksheet`, Target: `worksheets/sheet${n}.xml` });
    types.ele("Override", { PartName: `/xl/worksheets/sheet${n}.xml`, ContentType: `${CT}.worksheet+xml` });
    const rows = new Map<number, [string, unknown][]>();
    const sheetRels = fragment().ele("Relationships", { xmlns: PKG });
    const tableIds: string[] = [];
    for (const { table, left } of layout.filter((l) => l.sheet === sheet)) {
      const t = input.tables[table]!;
      const body = t.rows.length > 0 ? t.rows : [t.headers.map(() => null)];
      [t.headers, ...body].forEach((values, r) =>
        values.forEach((v, c) => rows.set(r + 1, [...(rows.get(r + 1) ?? []), [`${columnLetters(left - 1 + c)}${r + 1}`, v]])),
      );
      const no = ++tableNo;
      const ref = `${columnLetters(left - 1)}1:${columnLetters(left - 2 + t.headers.length)}${body.length + 1}`;
      const def = fragment().ele("table", { xmlns: MAIN, id: String(no), name: table, displayName: table, ref });
      const cols = def.ele("tableColumns", { count: String(t.headers.length) });
      t.headers.forEach((h, c) => cols.ele("tableColumn", { id: String(c + 1), name: h }));
      parts.set(`xl/tables/table${no}.xml`, def.end());
      sheetRels.ele("Relationship", { Id: `rId${no}`, Type: `${REL}/table`, Target: `../tables/table${no}.xml` });
      types.ele("Override", { PartName: `/xl/tables/table${no}.xml`, ContentType: `${CT}.table+xml` });
      tableIds.push(`rId${no}`);
    }
    const ws = fragment().ele("worksheet", { xmlns: MAIN, "xmlns:r": REL });
    const data = ws.ele("sheetData");
    for (const r of [...rows.keys()].sort((a, b) => a - b)) {
      const row = data.ele("row", { r: String(r) });
      for (const [ref, v] of rows.get(r)!) cellOf(row, ref, v);
    }
    const tp = ws.ele("tableParts", { count: String(tableIds.length) });
    for (const id of tableIds) tp.ele("tablePart", { "r:id": id });
    parts.set(`xl/worksheets/sheet${n}.xml`, ws.end());
    parts.set(`xl/worksheets/_rels/sheet${n}.xml.rels`, sheetRels.end());
  });
  parts.set("[Content_Types].xml", types.end());
  parts.set(
    "_rels/.rels",
    fragment()
      .ele("Relationships", { xmlns: PKG })
      .ele("Relationship", { Id: "rId1", Type: `${REL}/officeDocument`, Target: "xl/workbook.xml" })
      .end(),
  );
  parts.set("xl/workbook.xml", wb.up().end());
  parts.set("xl/_rels/workbook.xml.rels", wbRels.end());
  await writeZipParts(parts, file);
}
