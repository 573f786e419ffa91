/**
 * The small parts that say where everything is (ECMA-376 part 1, 12.3 and part 2, 9.3): the
 * package relationships, the workbook's sheet list and their relationships, and which cell
 * styles show a date. Each is read whole; none is large.
 */
import { attr, parseXml } from "./xml-events";
import type { ZipReader } from "./zip-reader";

export interface Relationship {
  id: string;
  type: string;
  /** The target as a part name ("xl/worksheets/sheet1.xml"); external targets keep their text. */
  part: string;
  external: boolean;
}

/** "xl/worksheets/sheet1.xml" -> "xl/worksheets/_rels/sheet1.xml.rels" (the package's own: "_rels/.rels"). */
export function relsPartOf(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** A relationship target, relative to its source part's folder unless it starts with "/". */
export function resolvePart(source: string, target: string): string {
  const base = target.startsWith("/") ? [] : source.split("/").slice(0, -1);
  for (const piece of target.replace(/^\//, "").split("/")) {
    if (piece === "..") base.pop();
    else if (piece !== "." && piece !== "") base.push(piece);
  }
  return base.join("/");
}

/** The relationships of a part ([] when it has none). */
export async function readRels(zip: ZipReader, source: string): Promise<Relationship[]> {
  const relsPart = relsPartOf(source);
  if (!zip.has(relsPart)) return [];
  const rels: Relationship[] = [];
  parseXml(await zip.text(relsPart), {
    open(tag) {
      if (tag.name !== "Relationship") return;
      const external = attr(tag, "TargetMode") === "External";
      const target = attr(tag, "Target") ?? "";
      rels.push({
        id: attr(tag, "Id") ?? "",
        type: attr(tag, "Type") ?? "",
        part: external ? target : resolvePart(source, target),
        external,
      });
    },
  });
  return rels;
}

export const isRelType = (rel: Relationship, kind: string): boolean => rel.type.endsWith(`/${kind}`);

/** Where the workbook part is (almost always xl/workbook.xml). */
export async function workbookPartOf(zip: ZipReader): Promise<string> {
  const main = (await readRels(zip, "")).find((r) => isRelType(r, "officeDocument"));
  if (main && zip.has(main.part)) return main.part;
  if (zip.has("xl/workbook.xml")) return "xl/workbook.xml";
  throw new Error("it has no workbook part");
}

export interface SheetEntry {
  name: string;
  relId: string;
  state: "visible" | "hidden" | "veryHidden";
}

export interface WorkbookEntries {
  sheets: SheetEntry[];
  date1904: boolean;
}

export async function readWorkbookPart(zip: ZipReader, part: string): Promise<WorkbookEntries> {
  const sheets: SheetEntry[] = [];
  let date1904 = false;
  parseXml(await zip.text(part), {
    open(tag) {
      if (tag.name === "workbookPr") date1904 = ["1", "true"].includes(attr(tag, "date1904") ?? "");
      if (tag.name !== "sheet") return;
      const state = attr(tag, "state");
      sheets.push({
        name: attr(tag, "name") ?? "",
        relId: attr(tag, "id") ?? "",
        state: state === "hidden" || state === "veryHidden" ? state : "visible",
      });
    },
  });
  return { sheets, date1904 };
}

/** Built-in number formats that show a date or time (ECMA-376 part 1, 18.8.30). */
const BUILT_IN_DATE_FORMATS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47]);

/** A format code shows a date when, outside quotes and [..], it uses y, m, d, h, s or b (as exceljs judges). */
export function isDateFormat(code: string): boolean {
  return /[ymdhMsb]+/.test(code.replace(/\[[^\]]*]/g, "").replace(/"[^"]*"/g, ""));
}

/** Indexes of the cell styles (a cell's `s`) whose number format shows a date. */
export async function readDateStyles(zip: ZipReader, stylesPart: string | undefined): Promise<Set<number>> {
  const dates = new Set<number>();
  if (!stylesPart || !zip.has(stylesPart)) return dates;
  const custom = new Map<number, string>();
  let inCellXfs = false;
  let index = 0;
  parseXml(await zip.text(stylesPart), {
    open(tag) {
      if (tag.name === "numFmt") custom.set(Number(attr(tag, "numFmtId")), attr(tag, "formatCode") ?? "");
      if (tag.name === "cellXfs") inCellXfs = true;
      if (tag.name === "xf" && inCellXfs) {
        const id = Number(attr(tag, "numFmtId") ?? 0);
        const code = custom.get(id);
        if (code !== undefined ? isDateFormat(code) : BUILT_IN_DATE_FORMATS.has(id)) dates.add(index);
        index++;
      }
    },
    close(name) {
      if (name === "cellXfs") inCellXfs = false;
    },
  });
  return dates;
}
