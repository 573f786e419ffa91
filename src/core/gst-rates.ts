/**
 * Which total GST rates a line may carry on a date. When Settings' "Allowed GST Rates" is
 * filled, that list decides (the workbook contract). Otherwise the effective-dated default
 * table below, from gst-facts.md section 1 ("Suggested validation table"), decides.
 */
import { compareDates, displayDate, type CalendarDate } from "./dates";

export interface RatePeriod {
  /** First day the period applies (inclusive); undefined = from the start of GST. */
  from?: CalendarDate;
  /** Last day the period applies (inclusive); undefined = until further notice. */
  to?: CalendarDate;
  rates: readonly number[];
  /** Rates accepted only with a tobacco-type HSN (GST 2.0 kept 28% for tobacco until 31-Jan-2026). */
  tobaccoRates: readonly number[];
  /** Rates that were removed for most goods: a warning, not an error (gst-facts.md section 1 [L]). */
  retiredRates: readonly number[];
  note: string;
}

const GST_2_0 = "GST 2.0 (22-Sep-2025)";

/** The default table, dates inclusive. 0.1% is the merchant-exporter rate (Notif. 40/2017-CT(R)). */
export const DEFAULT_GST_RATE_TABLE: readonly RatePeriod[] = [
  {
    to: { y: 2025, m: 9, d: 21 },
    rates: [0, 0.1, 0.25, 1.5, 3, 5, 12, 18, 28],
    tobaccoRates: [],
    retiredRates: [],
    note: "the rates before GST 2.0",
  },
  {
    from: { y: 2025, m: 9, d: 22 },
    to: { y: 2026, m: 1, d: 31 },
    rates: [0, 0.1, 0.25, 1.5, 3, 5, 18, 40],
    tobaccoRates: [28],
    retiredRates: [12, 28],
    note: GST_2_0,
  },
  {
    from: { y: 2026, m: 2, d: 1 },
    rates: [0, 0.1, 0.25, 1.5, 3, 5, 18, 40],
    tobaccoRates: [],
    retiredRates: [12, 28],
    note: GST_2_0,
  },
];

/**
 * Tobacco and pan masala: HSN chapter 24, and 2106 90 20 (pan masala), which stayed at 28% plus
 * compensation cess until 31-Jan-2026 (gst-facts.md section 1, "Tobacco from 1-Feb-2026").
 */
export function isTobaccoHsn(hsn: string | undefined): boolean {
  const code = (hsn ?? "").trim();
  return code.startsWith("24") || code.startsWith("210690");
}

export type RateVerdict =
  | { level: "ok" }
  | { level: "error"; why: "not-in-settings" | "not-in-force"; reason: string }
  | { level: "warning"; why: "retired-slab"; reason: string };

function periodOn(date: CalendarDate, table: readonly RatePeriod[]): RatePeriod | undefined {
  return table.find((p) => (!p.from || compareDates(date, p.from) >= 0) && (!p.to || compareDates(date, p.to) <= 0));
}

const list = (rates: readonly number[]) => rates.map((r) => `${r}%`).join(", ");

/**
 * Judges a line's total GST rate on its date: ok, a warning (a slab GST 2.0 removed for most
 * goods: 12% or 28% from 22-Sep-2025) or an error (not a rate on that date, or outside the
 * user's own list in Settings).
 */
export function gstRateCheck(
  rate: number,
  date: CalendarDate,
  allowed?: readonly number[],
  hsn?: string,
  table: readonly RatePeriod[] = DEFAULT_GST_RATE_TABLE,
): RateVerdict {
  if (allowed && allowed.length > 0) {
    return allowed.includes(rate)
      ? { level: "ok" }
      : { level: "error", why: "not-in-settings", reason: `is not one of the rates allowed in Settings (${list(allowed)})` };
  }
  const period = periodOn(date, table);
  if (!period) return { level: "error", why: "not-in-force", reason: `has no GST rate table for ${displayDate(date)}` };
  if (period.rates.includes(rate)) return { level: "ok" };
  if (period.tobaccoRates.includes(rate) && isTobaccoHsn(hsn)) return { level: "ok" };
  if (period.retiredRates.includes(rate)) {
    return {
      level: "warning",
      why: "retired-slab",
      reason: `was removed for most goods and services from ${GST_2_0}; check the rate for this item`,
    };
  }
  return {
    level: "error",
    why: "not-in-force",
    reason: `was not a GST rate on ${displayDate(date)} (${period.note}: ${list(period.rates)})`,
  };
}
