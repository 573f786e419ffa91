/**
 * The small parts a new sheet or table must be announced in (ECMA-376 part 2, 10.1 and part 1,
 * 18.2.19): a relationship, the workbook's sheet list, the content types; and the table parts
 * themselves, new or widened. Each changes by splicing, so the rest of the part stays as it was.
 */
import { encodeRange } from "../excel-tables";
import type { XlsxTable } from "./model";
import { attr } from "./xml-events";
import { applySplices, elementText, scanTags, startTagText, type ElementSpec, type Splice } from "./xml-splice";

const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const PACKAGE_RELS_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
const DOC_RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
export const REL_TYPES = { worksheet: `${DOC_RELS}/worksheet`, table: `${DOC_RELS}/table` };
export const CONTENT_TYPES = {
  worksheet: "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml",
  table: "application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml",
};
const DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

const prefixOf = (qname: string) => (qname.includes(":") ? `${qname.split(":")[0]}:` : "");

/** Inserts children at the end of the first element named `parent` (made when missing, under the root). */
function appendChildren(xml: string, parent: string, children: (prefix: string) => ElementSpec[]): string {
  const splices: Splice[] = [];
  let prefix = "";
  let found = false;
  scanTags(xml, {
    open({ tag, start, end }) {
      if (prefix === "" && !found) prefix = prefixOf(tag.qname);
      if (tag.name !== parent || found) return;
      found = true;
      if (tag.selfClosing)
        splices.push({
          start,
          end,
          text: `${startTagText(tag.qname, tag.attributes, false)}${elementText(...children(prefix))}</${tag.qname}>`,
        });
    },
    close(name, start, _end, selfClosing) {
      if (name === parent && !selfClosing && splices.length === 0)
        splices.push({ start, end: start, text: elementText(...children(prefix)) });
    },
  });
  return applySplices(xml, splices);
}

/** A relationship added to a .rels part (a new part when there was none). */
export function addRelationship(xml: string | undefined, id: string, type: string, target: string): string {
  const rel = (p: string): ElementSpec[] => [{ name: `${p}Relationship`, attributes: { Id: id, Type: type, Target: target } }];
  if (xml === undefined)
    return DECLARATION + elementText({ name: "Relationships", attributes: { xmlns: PACKAGE_RELS_NS }, children: rel("") });
  return appendChildren(xml, "Relationships", rel);
}

export function addContentType(xml: string, partName: string, contentType: string): string {
  return appendChildren(xml, "Types", (p) => [
    { name: `${p}Override`, attributes: { PartName: `/${partName}`, ContentType: contentType } },
  ]);
}

/** A sheet added to workbook.xml's list (its relationship id under the prefix the file uses). */
export function addSheetEntry(xml: string, name: string, relId: string, state: string): string {
  let relPrefix = "r";
  let maxId = 0;
  scanTags(xml, {
    open({ tag }) {
      if (tag.name === "workbook")
        for (const [k, v] of Object.entries(tag.attributes)) if (v === DOC_RELS && k.startsWith("xmlns:")) relPrefix = k.slice(6);
      if (tag.name === "sheet") maxId = Math.max(maxId, Number(attr(tag, "sheetId") ?? 0));
    },
  });
  const attributes: Record<string, string> = { name, sheetId: String(maxId + 1), state, [`${relPrefix}:id`]: relId };
  if (!xml.includes(`xmlns:${relPrefix}=`)) attributes[`xmlns:${relPrefix}`] = DOC_RELS;
  return appendChildren(xml, "sheets", (p) => [{ name: `${p}sheet`, attributes }]);
}

const bodyRef = (t: XlsxTable) => encodeRange({ ...t.box, bottom: t.box.bottom - (t.totalsRow ? 1 : 0) });

/** A new table's part: header row, filter buttons, the light style the add-in's own tables use. */
export function newTableXml(table: XlsxTable, id: number): string {
  const ref = encodeRange(table.box);
  return (
    DECLARATION +
    elementText({
      name: "table",
      attributes: { xmlns: MAIN_NS, id: String(id), name: table.name, displayName: table.name, ref, totalsRowShown: "0" },
      children: [
        { name: "autoFilter", attributes: { ref } },
        {
          name: "tableColumns",
          attributes: { count: String(table.columns.length) },
          children: table.columns.map((name, i) => ({ name: "tableColumn", attributes: { id: String(i + 1), name } })),
        },
        {
          name: "tableStyleInfo",
          attributes: { name: "TableStyleLight1", showFirstColumn: "0", showLastColumn: "0", showRowStripes: "1", showColumnStripes: "0" },
        },
      ],
    })
  );
}

/** A table part widened or lengthened: its ref, its filter's ref and the columns added on its right. */
export function rewriteTableXml(xml: string, table: XlsxTable): string {
  const splices: Splice[] = [];
  const ids: number[] = [];
  let known = 0;
  let prefix = "";
  scanTags(xml, {
    open({ tag, start, end }) {
      const set = (changes: Record<string, string>) =>
        splices.push({ start, end, text: startTagText(tag.qname, { ...tag.attributes, ...changes }, tag.selfClosing) });
      if (tag.name === "table") {
        prefix = prefixOf(tag.qname);
        set({ ref: encodeRange(table.box) });
      } else if (tag.name === "autoFilter") set({ ref: bodyRef(table) });
      else if (tag.name === "tableColumns") set({ count: String(table.columns.length) });
      else if (tag.name === "tableColumn") {
        ids.push(Number(attr(tag, "id") ?? 0));
        known++;
      }
    },
    close(name, start) {
      if (name !== "tableColumns") return;
      const added = table.columns.slice(known).map((colName, i) => ({
        name: `${prefix}tableColumn`,
        attributes: { id: String(Math.max(0, ...ids) + i + 1), name: colName },
      }));
      if (added.length > 0) splices.push({ start, end: start, text: elementText(...added) });
    },
  });
  return applySplices(xml, splices);
}
