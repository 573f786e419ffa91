/**
 * A sheet's XML with the add-in's cells written into it and nothing else changed: each edited
 * cell replaces the cell element at its address (keeping its style) or is inserted in column
 * order, rows the sheet lacks are inserted in row order, the dimension grows to cover them, and
 * new table parts are listed in `<tableParts>`. One pass, linear in the sheet's size.
 */
import { columnLetters, columnNumber, decodeRange, encodeRange } from "../excel-tables";
import { cellXml, type CellStrings } from "./cell-xml";
import type { XlsxSheet } from "./model";
import { attr } from "./xml-events";
import { elementText, splicedPieces, scanTags, startTagText, type Splice } from "./xml-splice";

const RELATIONSHIPS_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

interface OpenRow {
  row: number;
  columns: number[];
  next: number;
  start: number;
  qname: string;
  attributes: Record<string, string>;
}

export function rewriteSheet(xml: string, sheet: XlsxSheet, strings: CellStrings, newTableRels: readonly string[]): string[] {
  const rows = [...sheet.edits.keys()].sort((a, b) => a - b);
  const splices: Splice[] = [];
  let prefix = "";
  let relPrefix: string | undefined;
  let pending = 0;
  let lastRow = 0;
  let lastColumn = 0;
  let depth = 0;
  let open: OpenRow | undefined;
  let cell: { column: number; start: number; style?: string } | undefined;
  let tableParts: { qname: string; attributes: Record<string, string>; start: number; end: number } | undefined;
  let tail: number | undefined;

  const cellText = (row: number, column: number, style?: string) =>
    cellXml(`${columnLetters(column)}${row}`, style, sheet.value(row, column), strings, prefix);
  const columnsOf = (row: number) => [...sheet.edits.get(row)!].sort((a, b) => a - b);
  const newRow = (row: number) => {
    const cells = columnsOf(row)
      .map((c) => cellText(row, c))
      .join("");
    return cells === "" ? "" : `${startTagText(`${prefix}row`, { r: String(row) }, false)}${cells}</${prefix}row>`;
  };
  /** The rows the sheet lacks, below `before`, as text to insert. */
  const rowsBefore = (before: number) => {
    const out: string[] = [];
    while (pending < rows.length && rows[pending] < before) out.push(newRow(rows[pending++]));
    return out.join("");
  };
  /** The edited cells of the open row left of `before`, as text to insert. */
  const cellsBefore = (row: OpenRow, before: number) => {
    const out: string[] = [];
    while (row.next < row.columns.length && row.columns[row.next] < before) out.push(cellText(row.row, row.columns[row.next++]));
    return out.join("");
  };

  scanTags(xml, {
    open({ tag, start, end }) {
      depth++;
      switch (tag.name) {
        case "worksheet":
          prefix = tag.qname.includes(":") ? `${tag.qname.split(":")[0]}:` : "";
          for (const [k, v] of Object.entries(tag.attributes)) if (v === RELATIONSHIPS_NS && k.startsWith("xmlns:")) relPrefix = k.slice(6);
          return;
        case "dimension": {
          const ref = attr(tag, "ref");
          // A dimension that is not a plain range is left as it is: Excel recomputes it anyway.
          if (!ref || rows.length === 0 || !/^[A-Z]+\d+(:[A-Z]+\d+)?$/i.test(ref)) return;
          const box = decodeRange(ref);
          const bottom = Math.max(box.bottom, rows[rows.length - 1]);
          let right = box.right;
          for (const columns of sheet.edits.values()) for (const c of columns) right = Math.max(right, c);
          splices.push({
            start,
            end,
            text: startTagText(tag.qname, { ...tag.attributes, ref: encodeRange({ ...box, bottom, right }) }, tag.selfClosing),
          });
          return;
        }
        case "sheetData":
          if (tag.selfClosing)
            splices.push({ start, end, text: `${startTagText(tag.qname, tag.attributes, false)}${rowsBefore(Infinity)}</${tag.qname}>` });
          return;
        case "row": {
          const r = attr(tag, "r");
          lastRow = r ? Number(r) : lastRow + 1;
          lastColumn = 0;
          const before = rowsBefore(lastRow);
          if (before) splices.push({ start, end: start, text: before });
          if (pending < rows.length && rows[pending] === lastRow) {
            pending++;
            const columns = columnsOf(lastRow);
            const attributes = widenSpans(tag.attributes, columns);
            open = { row: lastRow, columns, next: 0, start, qname: tag.qname, attributes };
            if (attributes !== tag.attributes && !tag.selfClosing)
              splices.push({ start, end, text: rowTag(tag.qname, attributes, lastRow) });
          }
          return;
        }
        case "c": {
          const ref = attr(tag, "r");
          const letters = ref ? /^[A-Za-z]+/.exec(ref)?.[0] : undefined;
          lastColumn = letters ? columnNumber(letters) : lastColumn + 1;
          if (!open) return;
          const before = cellsBefore(open, lastColumn);
          if (before) splices.push({ start, end: start, text: before });
          if (open.columns[open.next] === lastColumn) {
            open.next++;
            cell = { column: lastColumn, start, style: attr(tag, "s") };
          }
          return;
        }
        case "tableParts":
          tableParts = { qname: tag.qname, attributes: tag.attributes, start, end };
          return;
        case "extLst":
          if (depth === 2 && tail === undefined) tail = start;
      }
    },
    close(name, start, end, selfClosing) {
      depth--;
      if (name === "c" && cell && open) {
        splices.push({ start: cell.start, end, text: cellText(open.row, cell.column, cell.style) });
        cell = undefined;
      } else if (name === "row" && open) {
        const rest = cellsBefore(open, Infinity);
        if (selfClosing)
          splices.push({ start: open.start, end, text: `${startTagText(open.qname, open.attributes, false)}${rest}</${open.qname}>` });
        else if (rest) splices.push({ start, end: start, text: rest });
        open = undefined;
      } else if (name === "sheetData" && !selfClosing) {
        const rest = rowsBefore(Infinity);
        if (rest) splices.push({ start, end: start, text: rest });
      } else if (name === "tableParts" && tableParts && newTableRels.length > 0) {
        const count = Number(tableParts.attributes.count ?? 0) + newTableRels.length;
        const opened = startTagText(tableParts.qname, { ...tableParts.attributes, count: String(count) }, false);
        const parts = newTableRels.map((id) => tablePart(prefix, relPrefix, id)).join("");
        splices.push({
          start: tableParts.start,
          end: selfClosing ? end : tableParts.end,
          text: selfClosing ? `${opened}${parts}</${tableParts.qname}>` : opened,
        });
        if (!selfClosing) splices.push({ start, end: start, text: parts });
      } else if (name === "worksheet") {
        if (!tableParts && newTableRels.length > 0) {
          const parts = newTableRels.map((id) => tablePart(prefix, relPrefix, id)).join("");
          const at = tail ?? start;
          splices.push({
            start: at,
            end: at,
            text: `${startTagText(`${prefix}tableParts`, { count: String(newTableRels.length) }, false)}${parts}</${prefix}tableParts>`,
          });
        }
      }
    },
  });
  return splicedPieces(xml, splices);
}

const rowTags = new Map<string, string>();

/** A row's start tag; built once per distinct set of attributes other than its number (see cellXml). */
function rowTag(qname: string, attributes: Record<string, string>, row: number): string {
  const key = JSON.stringify([qname, { ...attributes, r: "@" }]);
  let template = rowTags.get(key);
  if (template === undefined) {
    if (rowTags.size > 10_000) rowTags.clear();
    rowTags.set(key, (template = startTagText(qname, { ...attributes, r: "@" }, false)));
  }
  return template.replace(' r="@"', ` r="${row}"`);
}

/** A row's `spans` hint ("1:18") widened over the columns written into it. */
function widenSpans(attributes: Record<string, string>, columns: readonly number[]): Record<string, string> {
  const m = /^(\d+):(\d+)$/.exec(attributes.spans ?? "");
  if (!m) return attributes;
  const first = Math.min(Number(m[1]), columns[0]);
  const last = Math.max(Number(m[2]), columns[columns.length - 1]);
  return first === Number(m[1]) && last === Number(m[2]) ? attributes : { ...attributes, spans: `${first}:${last}` };
}

function tablePart(prefix: string, relPrefix: string | undefined, id: string): string {
  if (relPrefix) return elementText({ name: `${prefix}tablePart`, attributes: { [`${relPrefix}:id`]: id } });
  return elementText({ name: `${prefix}tablePart`, attributes: { "xmlns:r": RELATIONSHIPS_NS, "r:id": id } });
}

/** The XML of a new, empty worksheet, which rewriteSheet then fills. */
export const EMPTY_SHEET = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${elementText({
  name: "worksheet",
  attributes: { xmlns: "http://schemas.openxmlformats.org/spreadsheetml/2006/main", "xmlns:r": RELATIONSHIPS_NS },
  children: [{ name: "sheetData" }],
})}`;
