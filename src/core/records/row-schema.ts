/**
 * Zod pieces shared by the row schemas. Cell readers have already turned text into numbers and
 * dates, so the schemas state the shape of a typed row (which fields must be there, of what type)
 * and supply defaults; they are built once, at module load, never per row.
 */
import { z } from "zod";
import type { CalendarDate } from "../dates";

function isCalendarDate(value: unknown): value is CalendarDate {
  if (typeof value !== "object" || value === null) return false;
  const { y, m, d } = value as Record<string, unknown>;
  return Number.isInteger(y) && Number.isInteger(m) && Number.isInteger(d);
}

/** A day in the books, as dates.ts reads it. */
export const calendarDate = z.custom<CalendarDate>(isCalendarDate);

/**
 * Money in paise. readAmount only ever gives whole paise, so no `.int()` check here: each check is
 * a per-cell cost on 100,000-row tables and would test what the reader already guarantees.
 */
export const paise = z.number();

/** Text that must be there: readers never produce "", a blank cell leaves the field out. */
export const text = z.string();

/** The zod fields of INVOICE_LINE_COLUMNS, for the Sales and Purchases row schemas. */
export const invoiceLineShape = {
  placeOfSupply: text.optional(),
  item: text.optional(),
  qty: z.number().optional(),
  unit: text.optional(),
  rate: paise.optional(),
  discountPercent: z.number().optional(),
  taxableValue: paise.optional(),
  gstRate: z.number(),
  hsn: text.optional(),
  godown: text.optional(),
};
