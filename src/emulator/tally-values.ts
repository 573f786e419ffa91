/**
 * Tally's value formats, read leniently and written the way Tally writes them (PROTOCOL.md 2.9,
 * 8.1): amounts "-2360" / "-2360.00", quantities " 10 Nos", rates "500.00/Nos", dates YYYYMMDD in
 * elements and d-Mmm-yyyy in attributes, numbers with a leading space on export.
 */
import { makeDate, type CalendarDate } from "../core/dates";
import { paiseToDecimal, parseDecimal, rupeesToPaise, type Paise } from "../core/money";
import { SENTINEL } from "./xml-tree";

export interface Quantity {
  readonly qty: number;
  readonly unit: string;
}

export interface Rate {
  readonly rate: Paise;
  readonly unit: string;
}

/** Signed amount in paise (debit negative); a forex form is read by its rupee value after "=". */
export function readAmount(text: string | undefined): Paise | undefined {
  if (text === undefined || text.trim() === "") return undefined;
  const rupeePart = text.includes("=") ? text.slice(text.lastIndexOf("=") + 1) : text;
  const dec = parseDecimal(rupeePart);
  return dec.ok ? rupeesToPaise(dec.value) : undefined;
}

/** " 10 Nos" or "10 nos"; of a compound quantity " 1000 Nos =  100 Boxes" the first part. */
export function readQuantity(text: string | undefined): Quantity | undefined {
  const m = /^\s*(-?\d+(?:\.\d+)?)\s*([^\s=]*)/.exec(text ?? "");
  return m ? { qty: Number(m[1]), unit: m[2] } : undefined;
}

/** "500.00/Nos" */
export function readRate(text: string | undefined): Rate | undefined {
  const m = /^\s*(-?[\d.,]+)\s*\/\s*(\S+)\s*$/.exec(text ?? "");
  if (!m) return undefined;
  const dec = parseDecimal(m[1]);
  return dec.ok ? { rate: rupeesToPaise(dec.value), unit: m[2] } : undefined;
}

export function readYesNo(text: string | undefined): boolean | undefined {
  const t = text?.trim().toLowerCase();
  if (t === "yes") return true;
  if (t === "no") return false;
  return undefined;
}

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

/** YYYYMMDD (elements) or d-Mmm-yyyy (attributes, PROTOCOL.md 2.2). */
export function readTallyDate(text: string | undefined): CalendarDate | undefined {
  const t = (text ?? "").trim();
  let m = /^(\d{4})(\d{2})(\d{2})$/.exec(t);
  if (m) return makeDate(+m[1], +m[2], +m[3]);
  m = /^(\d{1,2})[-\s]([A-Za-z]{3})[A-Za-z]*[-\s](\d{4})$/.exec(t);
  if (m) return makeDate(+m[3], MONTHS.indexOf(m[2].toLowerCase()) + 1, +m[1]);
  m = /^(\d{1,2})-(\d{1,2})-(\d{4})$/.exec(t);
  if (m) return makeDate(+m[3], +m[2], +m[1]);
  return undefined;
}

/** Amount as Tally writes it: "-21300.00". */
export function writeAmount(amount: Paise): string {
  return paiseToDecimal(amount);
}

/** " 100 nos" */
export function writeQuantity(q: Quantity): string {
  return ` ${q.qty} ${q.unit}`;
}

/** "213.00/nos" */
export function writeRate(r: Rate): string {
  return `${paiseToDecimal(r.rate)}/${r.unit}`;
}

/** Exported numbers carry a leading space: `<ALTERID> 45231</ALTERID>` (PROTOCOL.md 2.9). */
export function spaced(n: number): string {
  return ` ${n}`;
}

export function yesNo(flag: boolean): string {
  return flag ? "Yes" : "No";
}

/** `&#4; Primary` or an empty PARENT means "top level"; the literal "Primary" does not (3.1). */
export function isPrimaryParent(text: string | undefined): boolean {
  const t = (text ?? "").trim();
  return t === "" || t === `${SENTINEL} Primary`;
}

/** The sentinel form Tally exports for a top-level parent. */
export const PRIMARY = `${SENTINEL} Primary`;
export const NOT_APPLICABLE = `${SENTINEL} Not Applicable`;
