/**
 * What a save changes in the zip, and nothing more: the sheets holding cells the add-in wrote,
 * the table parts it widened or made, the shared strings it added, and for a new sheet or table
 * the relationships, the workbook's sheet list and the content types that announce it. Every
 * other part is copied as it is (zip-writer.ts).
 */
import path from "node:path";
import { INLINE_STRINGS, SharedStrings } from "./cell-xml";
import type { XlsxWorkbook } from "./model";
import { relsPartOf } from "./package-parts";
import { addContentType, addRelationship, addSheetEntry, CONTENT_TYPES, newTableXml, REL_TYPES, rewriteTableXml } from "./package-rewrite";
import { EMPTY_SHEET, rewriteSheet } from "./sheet-rewrite";
import { attr } from "./xml-events";
import { scanTags } from "./xml-splice";
import type { ZipReader } from "./zip-reader";

const CONTENT_TYPES_PART = "[Content_Types].xml";

/** Part name (lower case) -> its new text; parts the zip lacks are new. */
export type SavePlan = Map<string, { name: string; text: string | string[] }>;

export async function planSave(wb: XlsxWorkbook, zip: ZipReader): Promise<{ plan: SavePlan; sharedStrings?: SharedStrings }> {
  const plan: SavePlan = new Map();
  const taken = new Set(zip.parts.map((p) => p.name.toLowerCase()));
  const freeName = (make: (n: number) => string) => {
    for (let n = 1; ; n++) if (!taken.has(make(n).toLowerCase())) return (taken.add(make(n).toLowerCase()), make(n));
  };
  const current = async (part: string): Promise<string | undefined> => {
    const planned = plan.get(part.toLowerCase())?.text;
    if (planned !== undefined) return typeof planned === "string" ? planned : planned.join("");
    return zip.has(part) ? await zip.text(part) : undefined;
  };
  const put = (name: string, text: string | string[]) => plan.set(name.toLowerCase(), { name, text });
  const announce = async (source: string, part: string, type: keyof typeof REL_TYPES): Promise<string> => {
    const rels = relsPartOf(source);
    const xml = await current(rels);
    const ids = new Set<string>();
    if (xml) scanTags(xml, { open: ({ tag }) => tag.name === "Relationship" && ids.add(attr(tag, "Id") ?? "") });
    let n = 1;
    while (ids.has(`rId${n}`)) n++;
    const target = path.posix.relative(path.posix.dirname(source), part);
    put(rels, addRelationship(xml, `rId${n}`, REL_TYPES[type], target));
    put(CONTENT_TYPES_PART, addContentType((await current(CONTENT_TYPES_PART)) ?? "", part, CONTENT_TYPES[type]));
    return `rId${n}`;
  };

  const strings = wb.sharedStringsPart ? new SharedStrings(wb.sharedStrings ?? []) : undefined;
  let tableId = Math.max(0, ...wb.worksheets.flatMap((s) => s.tables.map((t) => t.id)));
  for (const sheet of wb.worksheets) {
    if (sheet.isNew && sheet.part === "") {
      sheet.part = freeName((n) => `xl/worksheets/sheet${n}.xml`);
      const relId = await announce(wb.workbookPart, sheet.part, "worksheet");
      put(wb.workbookPart, addSheetEntry((await current(wb.workbookPart))!, sheet.name, relId, sheet.state));
    }
    const newRels: string[] = [];
    for (const table of sheet.tables) {
      if (table.isNew && table.part === "") {
        table.part = freeName((n) => `xl/tables/table${n}.xml`);
        table.id = ++tableId;
        put(table.part, newTableXml(table, table.id));
        newRels.push(await announce(sheet.part, table.part, "table"));
      } else if (table.edited) put(table.part, rewriteTableXml((await current(table.part))!, table));
    }
    if (sheet.edits.size === 0 && newRels.length === 0 && !sheet.isNew) continue;
    const xml = sheet.isNew && !zip.has(sheet.part) ? EMPTY_SHEET : (await current(sheet.part))!;
    put(sheet.part, rewriteSheet(xml, sheet, strings ?? INLINE_STRINGS, newRels));
  }
  if (strings && strings.added.length > 0) put(wb.sharedStringsPart!, strings.rewrite((await current(wb.sharedStringsPart!))!));
  return { plan, sharedStrings: strings };
}

/** After a save over the file it was read from, the file holds the changes: they are no longer pending. */
export function markSaved(wb: XlsxWorkbook, strings: SharedStrings | undefined): void {
  for (const sheet of wb.worksheets) {
    sheet.edits.clear();
    sheet.isNew = false;
    for (const t of sheet.tables) {
      t.isNew = false;
      t.edited = false;
    }
  }
  if (strings && wb.sharedStrings) for (const s of strings.added) wb.sharedStrings.push(s);
}
