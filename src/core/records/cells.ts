/**
 * Cell readers: one Excel value in, a typed value or the reason it is unreadable out. Each reason
 * is worded to follow the quoted value in a sentence: `Taxable Value "12abc" is not a number.`
 * Only types are checked here; whether a value makes sense (GSTIN check character, rate in force,
 * date in the financial year) is the validation rules' job (docs/workbook.md, "Who checks what").
 */
import type Big from "big.js";
import { parseDateCell, type CalendarDate } from "../dates";
import { parseAmount, parseDecimal, type Paise, type Parsed } from "../money";
import { asExcelShowsIt, fail, hasBrokenText, notAValue, plainNumber, looseKey, type CellReader } from "./excel-values";

export { EXCEL_ERRORS, excelErrorOf, hasBrokenText, isBlank, looseKey, shownValue, type CellReader } from "./excel-values";

/** Why text with half of a two-part character is refused (it would make Tally's XML unreadable). */
export const BROKEN_TEXT = "has a broken character (half of a symbol such as an emoji); type the text again";

/** Text, trimmed; a number typed where text belongs (invoice 1001) becomes its text "1001". */
export const readText: CellReader<string> = (value) => {
  const bad = notAValue(value);
  if (bad) return bad;
  if (typeof value === "string") return hasBrokenText(value) ? fail(BROKEN_TEXT) : { ok: true, value: value.trim() };
  if (typeof value === "number") {
    return Number.isFinite(value) ? { ok: true, value: String(asExcelShowsIt(value)) } : fail("is not a finite number");
  }
  if (typeof value === "boolean") return { ok: true, value: value ? "TRUE" : "FALSE" };
  return fail("is not text");
};

const unplain = (value: unknown): unknown => (typeof value === "number" ? asExcelShowsIt(value) : value);

/** Money in paise: "1,00,000.50", " 1200 ", "₹ 500", numbers stored as text; at most 2 decimals. */
export const readAmount: CellReader<Paise> = (value) => {
  // The usual amount cell is a number in whole paise: exact below 1e13 (15 significant digits at
  // most), so it needs no printing to count its decimals (issue #2: printing a double is slow).
  if (typeof value === "number" && value > -1e13 && value < 1e13) {
    const paise = Math.round(value * 100);
    if (paise / 100 === value) return { ok: true, value: paise + 0 };
  }
  const plain = plainNumber(value);
  if (!plain) return notAValue(value) ?? parseAmount(unplain(value));
  if (plain.decimals > 2) return fail("has more than two decimal places");
  // Exact: a decimal with at most 2 places, times 100, is within a rounding error of its integer.
  return { ok: true, value: Math.round(plain.n * 100) + 0 };
};

/** A quantity: a decimal with at most 3 decimal places (Tally's usual quantity precision). */
export const readQuantity: CellReader<number> = (value) => {
  const plain = plainNumber(value);
  if (plain) return plain.decimals > 3 ? fail("has more than three decimal places") : { ok: true, value: plain.n };
  const bad = notAValue(value);
  if (bad) return bad;
  const dec = parseDecimal(unplain(value));
  if (!dec.ok) return dec;
  return dec.value.times(1000).mod(1).eq(0) ? finiteNumber(dec.value) : fail("has more than three decimal places");
};

function finiteNumber(big: Big): Parsed<number> {
  const n = Number(big.toString());
  return Number.isFinite(n) && Math.abs(n) < 1e15 ? { ok: true, value: n } : fail("is too large");
}

/** A percentage as typed: 18, "18", "18%" and " 18 % " are all 18; 0.5 stays 0.5. */
export const readPercent: CellReader<number> = (value) => {
  const plain = plainNumber(value);
  if (plain) return { ok: true, value: plain.n };
  const bad = notAValue(value);
  if (bad) return bad;
  const dec = parseDecimal(typeof value === "string" ? value.trim().replace(/%$/, "") : unplain(value));
  return dec.ok ? finiteNumber(dec.value) : fail("is not a percentage");
};

/** Every total GST rate India has used (gst-facts.md section 1), for spotting Excel percent cells. */
const GST_SLABS: ReadonlySet<string> = new Set(["0.1", "0.25", "1.5", "3", "5", "12", "18", "28", "40"]);

/**
 * A GST rate in percent. A cell formatted as a percentage in Excel shows 18% but holds 0.18; such
 * a number below 1 is read as a fraction only when 100 times it is a GST slab (0.18 -> 18,
 * 0.05 -> 5, 0.0025 -> 0.25). Otherwise, and for text, the number is taken as typed (0.25 stays
 * 0.25%, since 25% was never a slab; "0.18" typed as text stays 0.18%).
 */
export const readGstRate: CellReader<number> = (value) => {
  const plain = typeof value === "number" ? plainNumber(value) : undefined;
  if (plain && plain.n > 0 && plain.n < 1) {
    const hundredfold = +(plain.n * 100).toPrecision(15);
    return { ok: true, value: GST_SLABS.has("" + hundredfold) ? hundredfold : plain.n };
  }
  return readPercent(value);
};

// A year of books has at most 366 different serials; remembering them spares a Date per cell.
const serialDates = new Map<number, Parsed<CalendarDate>>();

/** A calendar date: an Excel serial, 2026-04-01, 01-04-2026 (day first) or 1-Apr-2026. */
export const readDate: CellReader<CalendarDate> = (value) => {
  if (typeof value !== "number") return notAValue(value) ?? parseDateCell(value);
  let date = serialDates.get(value);
  if (!date) {
    if (serialDates.size > 10_000) serialDates.clear();
    serialDates.set(value, (date = parseDateCell(value)));
  }
  return date;
};

const YES = new Set(["yes", "y", "true", "1"]);
const NO = new Set(["no", "n", "false", "0"]);

/** Yes/No, Y/N, TRUE/FALSE, 1/0 (any case) and Excel booleans. */
export const readYesNo: CellReader<boolean> = (value) => {
  const bad = notAValue(value);
  if (bad) return bad;
  if (typeof value === "boolean") return { ok: true, value };
  const text = String(value).trim().toLowerCase();
  if (YES.has(text)) return { ok: true, value: true };
  if (NO.has(text)) return { ok: true, value: false };
  return fail("is not Yes or No");
};

/** A reader for one of a fixed list of words; the list is kept for drop-downs (a new table's Mode column). */
export type ChoiceReader<T extends string> = CellReader<T> & { readonly choices: readonly T[] };

/**
 * A reader for one of a fixed list of words, compared case-, space- and punctuation-insensitively.
 * `also` adds other spellings ("Sales" for "Sales Return"). Built once per column, not per cell.
 */
export function readEnum<T extends string>(choices: readonly T[], also: Readonly<Record<string, T>> = {}): ChoiceReader<T> {
  const byKey = new Map<string, T>();
  for (const choice of choices) byKey.set(looseKey(choice), choice);
  for (const [spelling, choice] of Object.entries(also)) byKey.set(looseKey(spelling), choice);
  const reason = `is not one of ${choices.join(", ")}`;
  const read: CellReader<T> = (value) => {
    const bad = notAValue(value);
    if (bad) return bad;
    const choice = typeof value === "string" ? byKey.get(looseKey(value)) : undefined;
    return choice === undefined ? fail(reason) : { ok: true, value: choice };
  };
  return Object.assign(read, { choices });
}
