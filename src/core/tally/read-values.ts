/**
 * Tally's compound field values, read leniently (PROTOCOL.md 2.9, 8.1): numbers with a leading
 * space (" 45231"), amounts with or without decimals ("-2360", "-2360.00"), quantities
 * " 10 Nos", rates "500.0/Pcs", and forex forms whose base-currency value follows "=".
 * One small reader per field kind, as TallyConnector has one type per compound field.
 */
import { makeDate, type CalendarDate } from "../dates";
import { parseDecimal, rupeesToPaise, type Paise } from "../money";

/** The base-currency part: forex amounts read "-$ 10000.0000 @ ₹ 42.50/$  = -₹ 425000.00". */
function baseCurrencyPart(text: string): string {
  const eq = text.lastIndexOf("=");
  return (eq >= 0 ? text.slice(eq + 1) : text).replace(/₹/g, "").trim();
}

/** A signed amount in paise as Tally writes it (debit negative); undefined when empty or unreadable. */
export function tallyAmount(text: string | undefined): Paise | undefined {
  if (text === undefined || text.trim() === "") return undefined;
  const parsed = parseDecimal(baseCurrencyPart(text).replace(/\s+/g, ""));
  // Forex and rate arithmetic can carry more than two decimals: round half-up to the paisa.
  return parsed.ok ? rupeesToPaise(parsed.value) : undefined;
}

/** A plain number such as ALTERID " 66" or a counter " 1"; undefined when empty or not a number. */
export function tallyNumber(text: string | undefined): number | undefined {
  const t = text?.trim() ?? "";
  return /^-?\d+(\.\d+)?$/.test(t) ? Number(t) : undefined;
}

export interface TallyQuantity {
  qty: number;
  unit: string;
}

/** " 10 Nos" -> 10 Nos; a compound " 1000 Nos =  100 Boxes" reads as its first (base) part. */
export function tallyQuantity(text: string | undefined): TallyQuantity | undefined {
  const first = (text ?? "").split("=")[0].trim();
  const m = /^(-?[\d,]*\.?\d+)\s*(.*)$/.exec(first);
  if (!m) return undefined;
  const qty = Number(m[1].replace(/,/g, ""));
  return Number.isFinite(qty) ? { qty, unit: m[2].trim() } : undefined;
}

export interface TallyRate {
  /** Per unit, in paise. */
  rate: Paise;
  unit: string;
}

/** "500.0/Pcs" -> 50000 paise per Pcs; forex "$ 200.0000 = ₹ 8500.00/Nos" reads its base part. */
export function tallyRate(text: string | undefined): TallyRate | undefined {
  if (text === undefined) return undefined;
  const slash = text.lastIndexOf("/");
  const value = tallyAmount(slash >= 0 ? text.slice(0, slash) : text);
  if (value === undefined) return undefined;
  return { rate: value, unit: slash >= 0 ? text.slice(slash + 1).trim() : "" };
}

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

/** Element dates are YYYYMMDD; attribute dates d-Mmm-yyyy (PROTOCOL.md 2.2). */
export function tallyDateValue(text: string | undefined): CalendarDate | undefined {
  const t = text?.trim() ?? "";
  let m = /^(\d{4})(\d{2})(\d{2})$/.exec(t);
  if (m) return makeDate(+m[1], +m[2], +m[3]);
  m = /^(\d{1,2})-([A-Za-z]{3})-(\d{4})$/.exec(t);
  if (m) return makeDate(+m[3], MONTHS.indexOf(m[2].toLowerCase()) + 1, +m[1]);
  return undefined;
}

/** Tally's logical fields are "Yes" / "No". */
export function tallyYes(text: string | undefined): boolean {
  return text?.trim().toLowerCase() === "yes";
}
