/**
 * What Excel hands over for a cell, before it means anything: a blank, an error a formula shows,
 * or a number as Excel itself sees it (15 significant digits). Shared by every cell reader.
 */
import type { Parsed } from "../money";

/** A reader for one kind of cell: a typed value, or a reason that follows the quoted value. */
export type CellReader<T> = (value: unknown) => Parsed<T>;

/** What Excel shows instead of a value when a formula fails (the Excel host hands them over as text). */
export const EXCEL_ERRORS: ReadonlySet<string> = new Set([
  "#N/A",
  "#REF!",
  "#VALUE!",
  "#DIV/0!",
  "#NAME?",
  "#NUM!",
  "#NULL!",
  "#SPILL!",
  "#CALC!",
  "#GETTING_DATA",
  "#FIELD!",
  "#BLOCKED!",
  "#CONNECT!",
  "#BUSY!",
  "#UNKNOWN!",
  "#EXTERNAL!",
  "#PYTHON!",
  "#TIMEOUT!",
]);

/** The Excel error a cell shows ("#N/A"), or undefined when it holds a value. */
export function excelErrorOf(value: unknown): string | undefined {
  if (typeof value !== "string" || value.length > 20 || !value.includes("#")) return undefined;
  const text = value.trim().toUpperCase();
  return EXCEL_ERRORS.has(text) ? text : undefined;
}

const isSpace = (code: number): boolean => code <= 32 || code === 0xa0 || code === 0x2007 || code === 0x202f || code === 0xfeff;

/** Blank as Excel means it: nothing, an empty string, or only spaces. */
export function isBlank(value: unknown): boolean {
  if (value === null || value === undefined || value === "") return true;
  // Checking the first character first keeps the common, non-blank text cell free of a trim.
  return typeof value === "string" && isSpace(value.charCodeAt(0)) && value.trim() === "";
}

// Half of a UTF-16 pair without its other half: no XML can carry it, so such text never reaches Tally.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const LONE_SURROGATES = new RegExp(LONE_SURROGATE.source, "g");

/** Text holding half of a two-part character (a pasted emoji cut in two, a broken export). */
export function hasBrokenText(value: unknown): boolean {
  return typeof value === "string" && LONE_SURROGATE.test(value);
}

const DAY_MS = 86_400_000;
const EXCEL_SERIAL_OF_1970 = 25569;

/**
 * A cell's value as a finding shows it: text with each broken character as U+FFFD, a date as
 * 2026-04-01, and a date Excel cannot hold as the serial the cell holds ("0"), never JavaScript's
 * date text.
 */
export function shownValue(value: unknown): string {
  if (typeof value === "string") return hasBrokenText(value) ? value.replace(LONE_SURROGATES, "\uFFFD") : value;
  if (value instanceof Date) {
    const t = value.getTime();
    if (Number.isNaN(t)) return "";
    const y = value.getUTCFullYear();
    if (y >= 1900 && y <= 9999) return value.toISOString().slice(0, 10);
    return String(Math.round((t / DAY_MS + EXCEL_SERIAL_OF_1970) * 1e6) / 1e6);
  }
  return value === null || value === undefined ? "" : String(value);
}

export const fail = (reason: string): { ok: false; reason: string } => ({ ok: false, reason });

/** Every reader starts here: an Excel error or a blank is never a value. */
export function notAValue(value: unknown): { ok: false; reason: string } | undefined {
  const error = excelErrorOf(value);
  if (error) return fail(`shows the Excel error ${error}; fix the formula`);
  return isBlank(value) ? fail("is blank") : undefined;
}

/**
 * Excel keeps 15 significant digits and shows no more, so a formula's 1180.0000000000002 is the
 * 1180 the bookkeeper sees; reading the full double would invent a third decimal place.
 */
export function asExcelShowsIt(value: number): number {
  // Only a number printed with more than 15 significant digits is longer than 16 characters.
  // ("" + value and unary + stay off the global String/Number lookups on this hot path.)
  return value - value === 0 && ("" + value).length > 16 ? +value.toPrecision(15) : value;
}

// Up to 15 significant digits, which a double holds exactly; grouped as 1,00,000.50 or 100,000.50.
const PLAIN_NUMBER_TEXT = /^-?\d{1,9}(?:\.\d{1,6})?$/;
const GROUPED_NUMBER_TEXT = /^-?\d{1,3}(?:,\d{2,3})+(?:\.\d{1,6})?$/;

function plainText(text: string): string | undefined {
  if (PLAIN_NUMBER_TEXT.test(text)) return text;
  if (!GROUPED_NUMBER_TEXT.test(text)) return undefined;
  const bare = text.replace(/,/g, "");
  return PLAIN_NUMBER_TEXT.test(bare) ? bare : undefined;
}

/**
 * The fast path for the common cell: a number, or text like "1250.50", with its count of decimal
 * places. Undefined for anything else (grouping commas, ₹, exponents, huge values): big.js reads those.
 */
export function plainNumber(value: unknown): { n: number; decimals: number } | undefined {
  let n: number;
  if (typeof value === "number") {
    // A whole number under 1e15 is already what Excel shows: most cells need no printing to check.
    if (value % 1 === 0 && value < 1e15 && value > -1e15) return { n: value + 0, decimals: 0 };
    n = asExcelShowsIt(value);
  } else {
    const text = typeof value === "string" ? plainText(value) : undefined;
    if (text === undefined) return undefined;
    n = +text;
  }
  if (!(n - n === 0) || n >= 1e15 || n <= -1e15) return undefined; // NaN, infinities, beyond exact
  if (n % 1 === 0) return { n: n + 0, decimals: 0 };
  const text = "" + n;
  if (text.includes("e")) return undefined;
  return { n, decimals: text.length - text.indexOf(".") - 1 };
}

/** Letters and digits only, lower case: how choices, keys and headers are compared. */
export function looseKey(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{M}\p{N}]+/gu, "");
}
