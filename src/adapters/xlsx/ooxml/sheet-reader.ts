/**
 * One sheet's XML (ECMA-376 part 1, 18.3) read as a stream into the columns wanted. A cell's
 * value is what Excel shows and what exceljs used to give: shared and inline strings as text,
 * a formula's last result, numbers (a date when its style shows a date), TRUE/FALSE, and error
 * cells as their text ("#N/A"). A cell or row without its `r` follows the one before it.
 */
import type { CellValue, XlsxSheet } from "./model";
import { parseXmlStream } from "./xml-events";
import type { ZipReader } from "./zip-reader";

export interface SheetReadContext {
  sharedStrings: readonly string[];
  dateStyles: ReadonlySet<number>;
  date1904: boolean;
  /** Which columns to keep (all when undefined). */
  keepColumn?: (column: number) => boolean;
  /** Called for every kept cell with a value; throws to stop a workbook too large to read. */
  countCell(): void;
}

const DAY_MS = 24 * 3600 * 1000;

/** An Excel serial number as the Date exceljs made of it (UTC midnight of the day shown). */
export const serialToDate = (serial: number, date1904: boolean): Date =>
  new Date(Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * DAY_MS));

function isoDate(text: string): Date {
  const zoned = /(Z|[+-]\d\d:?\d\d)$/.test(text) ? text : `${text}Z`;
  return new Date(Date.parse(zoned));
}

interface CellState {
  type: string;
  style: number;
  formula: boolean;
  value: string | undefined;
  inline: string | undefined;
}

function numberValue(c: CellState, ctx: SheetReadContext, text: string): CellValue {
  const n = parseFloat(text);
  return ctx.dateStyles.has(c.style) && Number.isFinite(n) ? serialToDate(n, ctx.date1904) : n;
}

function cellValue(c: CellState, ctx: SheetReadContext): CellValue {
  const text = c.value;
  if (c.formula) {
    if (text === undefined || text === "") return null;
    if (c.type === "str") return text;
    if (c.type === "b") return parseInt(text, 10) !== 0;
    if (c.type === "e") return text;
    return numberValue(c, ctx, text);
  }
  if (c.type === "inlineStr") return c.inline ?? text ?? null;
  if (text === undefined) return null;
  switch (c.type) {
    case "s":
      return ctx.sharedStrings[parseInt(text, 10)] ?? null;
    case "str":
    case "e":
      return text;
    case "b":
      return parseInt(text, 10) !== 0;
    case "d":
      return isoDate(text);
    default:
      return numberValue(c, ctx, text);
  }
}

/** 1-based column of an address ("AB12" -> 28); 0 when it has no letters. */
function columnOf(ref: string): number {
  let n = 0;
  for (let i = 0; i < ref.length; i++) {
    const code = ref.charCodeAt(i) | 0x20; // lower case
    if (code < 97 || code > 122) break;
    n = n * 26 + (code - 96);
  }
  return n;
}

export async function readSheet(zip: ZipReader, sheet: XlsxSheet, ctx: SheetReadContext): Promise<void> {
  let row = 0;
  let column = 0;
  // One cell at a time, reused: a sheet of a million cells makes no million objects.
  const cell: CellState = { type: "n", style: 0, formula: false, value: undefined, inline: undefined };
  let inCell = false;
  let into: "value" | "inline" | undefined;
  let phonetic = 0;
  await parseXmlStream(await zip.stream(sheet.part), {
    open(tag) {
      switch (tag.name) {
        case "row": {
          const r = tag.attributes.r;
          row = r ? Number(r) : row + 1;
          column = 0;
          if (row > sheet.rowCount) sheet.rowCount = row;
          return;
        }
        case "c": {
          const ref = tag.attributes.r;
          column = (ref ? columnOf(ref) : 0) || column + 1;
          if (column > sheet.columnCount) sheet.columnCount = column;
          inCell = !ctx.keepColumn || ctx.keepColumn(column);
          if (!inCell) return;
          const s = tag.attributes.s;
          cell.type = tag.attributes.t ?? "n";
          cell.style = s ? Number(s) : 0;
          cell.formula = false;
          cell.value = cell.inline = undefined;
          return;
        }
        case "f":
          cell.formula = true;
          return;
        case "v":
          if (inCell) {
            cell.value = "";
            into = "value";
          }
          return;
        case "is":
          if (inCell) cell.inline = "";
          return;
        case "rPh":
          phonetic++;
          return;
        case "t":
          if (inCell && cell.inline !== undefined && phonetic === 0) into = "inline";
      }
    },
    close(name) {
      if (name === "v" || name === "t") into = undefined;
      else if (name === "rPh") phonetic--;
      else if (name === "c" && inCell) {
        inCell = false;
        const value = cellValue(cell, ctx);
        if (value !== null) {
          ctx.countCell();
          sheet.load(row, column, value);
        }
      }
    },
    text(t) {
      if (into && inCell) cell[into] += t;
    },
  });
}
