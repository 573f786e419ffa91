/**
 * Calendar dates without time zones: a voucher date is a day in the books, never a JS Date
 * (which would shift by the machine's zone). Financial years run April to March.
 */
import type { Parsed } from "./money";

export interface CalendarDate {
  readonly y: number;
  readonly m: number; // 1-12
  readonly d: number; // 1-31
}

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

export function daysInMonth(y: number, m: number): number {
  return [31, isLeap(y) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1];
}

export function makeDate(y: number, m: number, d: number): CalendarDate | undefined {
  if (!Number.isInteger(y) || !Number.isInteger(m) || !Number.isInteger(d)) return undefined;
  if (y < 1900 || y > 9999 || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return undefined;
  return { y, m, d };
}

/** Days since 1970-01-01 (proleptic Gregorian), for ordering and Excel serials. */
export function toDayNumber(date: CalendarDate): number {
  return Math.floor(Date.UTC(date.y, date.m - 1, date.d) / 86_400_000);
}

export function fromDayNumber(days: number): CalendarDate {
  const t = new Date(days * 86_400_000);
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

// Excel's 1900 system counts 1900-02-29, which never existed; serial 61 is 1900-03-01.
const EXCEL_EPOCH_DAYS = -25569; // serial 25569 = 1970-01-01

/** Excel 1900-system serial (time of day ignored) to a calendar date. */
export function fromExcelSerial(serial: number): CalendarDate | undefined {
  if (!Number.isFinite(serial) || serial < 61 || serial >= 2958466) return undefined;
  return fromDayNumber(Math.floor(serial) + EXCEL_EPOCH_DAYS);
}

export function toExcelSerial(date: CalendarDate): number {
  return toDayNumber(date) - EXCEL_EPOCH_DAYS;
}

// Serials below 61 fall before Excel's phantom 29-Feb-1900; 2958466 would be the year 10000.
const OUT_OF_RANGE = "is not a date from 1-Mar-1900 to 31-Dec-9999";

/**
 * Reads a date cell: an Excel serial, ISO text (2026-04-01), day-month-year text (01-04-2026,
 * 1/4/2026, 01.04.2026: India writes the day first), or 1-Apr-2026 / 1 April 2026.
 */
export function parseDateCell(value: unknown): Parsed<CalendarDate> {
  if (typeof value === "number") {
    const date = fromExcelSerial(value);
    return date ? { ok: true, value: date } : { ok: false, reason: OUT_OF_RANGE };
  }
  if (value instanceof Date && !Number.isNaN(value.getTime())) {
    // exceljs hands dates as JS Dates at UTC midnight of the typed day.
    const date = makeDate(value.getUTCFullYear(), value.getUTCMonth() + 1, value.getUTCDate());
    return date ? { ok: true, value: date } : { ok: false, reason: OUT_OF_RANGE };
  }
  if (typeof value !== "string") return { ok: false, reason: "is not a date" };
  const text = value.trim();
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  if (m) return checked(+m[1], +m[2], +m[3]);
  m = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(text);
  if (m) return checked(+m[3], +m[2], +m[1]);
  m = /^(\d{1,2})[-\s/]([A-Za-z]{3,9})[-\s/,]+(\d{4})$/.exec(text);
  if (m) {
    const month = MONTHS.indexOf(m[2].slice(0, 3).toLowerCase()) + 1;
    if (month > 0) return checked(+m[3], month, +m[1]);
  }
  if (/^\d+(\.\d+)?$/.test(text)) return parseDateCell(Number(text));
  return { ok: false, reason: "is not a date we can read (use 2026-04-01, 01-04-2026 or 1-Apr-2026)" };
}

function checked(y: number, m: number, d: number): Parsed<CalendarDate> {
  const date = makeDate(y, m, d);
  return date ? { ok: true, value: date } : { ok: false, reason: "is not a real calendar date" };
}

export function compareDates(a: CalendarDate, b: CalendarDate): number {
  return a.y - b.y || a.m - b.m || a.d - b.d;
}

export function isoDate(date: CalendarDate): string {
  return `${date.y}-${String(date.m).padStart(2, "0")}-${String(date.d).padStart(2, "0")}`;
}

/** YYYYMMDD, the form of Tally's DATE elements. */
export function tallyDate(date: CalendarDate): string {
  return `${date.y}${String(date.m).padStart(2, "0")}${String(date.d).padStart(2, "0")}`;
}

/** 1-Apr-2026: how people read dates in messages (and Tally's attribute form). */
export function displayDate(date: CalendarDate): string {
  const mon = MONTHS[date.m - 1];
  return `${date.d}-${mon[0].toUpperCase()}${mon.slice(1)}-${date.y}`;
}

/** The year the financial year starts in: April 2026 to March 2027 is 2026. */
export function financialYearOf(date: CalendarDate): number {
  return date.m >= 4 ? date.y : date.y - 1;
}

/** "2026-27" */
export function fyLabel(startYear: number): string {
  return `${startYear}-${String((startYear + 1) % 100).padStart(2, "0")}`;
}

/** Reads "2026-27" (or "2026-2027", "FY 2026-27") to its start year. */
export function parseFyLabel(text: string): number | undefined {
  const m = /^(?:FY\s*)?(\d{4})\s*[-/]\s*(\d{2}|\d{4})$/i.exec(text.trim());
  if (!m) return undefined;
  const start = +m[1];
  const end = +m[2];
  const endYear = m[2].length === 2 ? Math.floor(start / 100) * 100 + end : end;
  return endYear === start + 1 || (m[2].length === 2 && end === (start + 1) % 100) ? start : undefined;
}
