/**
 * Readers for the HandoffSettings values that are more than one cell type: lists of financial
 * years and GST rates, the HSN digit rule and the company's state. Reasons follow the quoted
 * value, like cells.ts.
 */
import { parseFyLabel } from "../dates";
import { parseDecimal, type Parsed } from "../money";
import { findState } from "../states";
import { looseKey, readGstRate, readPercent, readText, type CellReader } from "./cells";
import type { VoucherKindName } from "./types";

const fail = (reason: string): { ok: false; reason: string } => ({ ok: false, reason });

function listItems(value: unknown): Parsed<string[]> {
  const text = readText(value);
  if (!text.ok) return text;
  return {
    ok: true,
    value: text.value
      .split(/[,;]/)
      .map((s) => s.trim())
      .filter((s) => s !== ""),
  };
}

/** "2026-27, 2027-28" -> [2026, 2027]: start years, sorted, each once. */
export const readFinancialYears: CellReader<number[]> = (value) => {
  const items = listItems(value);
  if (!items.ok) return items;
  const years = new Set<number>();
  for (const item of items.value) {
    const start = parseFyLabel(item);
    if (start === undefined) return fail(`is not a list of financial years like "2026-27, 2027-28" ("${item}" is not one)`);
    years.add(start);
  }
  return years.size ? { ok: true, value: [...years].sort((a, b) => a - b) } : fail("names no financial year");
};

/** "0, 5, 18, 40" or "5%; 18%" -> [0, 5, 18, 40]; a single number cell is a list of one. */
export const readRateList: CellReader<number[]> = (value) => {
  if (typeof value === "number") {
    const one = readGstRate(value);
    return one.ok ? { ok: true, value: [one.value] } : one;
  }
  const items = listItems(value);
  if (!items.ok) return items;
  const rates: number[] = [];
  for (const item of items.value) {
    const rate = readPercent(item);
    if (!rate.ok || rate.value < 0 || rate.value > 100) return fail(`is not a list of GST rates like "0, 5, 18, 40"`);
    if (!rates.includes(rate.value)) rates.push(rate.value);
  }
  return rates.length ? { ok: true, value: rates.sort((a, b) => a - b) } : fail("names no GST rate");
};

/** 0 (HSN/SAC optional), 4, 6 or 8 digits (gst-facts.md section 5). */
export const readHsnDigits: CellReader<0 | 4 | 6 | 8> = (value) => {
  const text = readText(value);
  if (!text.ok) return text;
  const dec = parseDecimal(text.value);
  const n = dec.ok ? dec.value.toNumber() : NaN;
  return n === 0 || n === 4 || n === 6 || n === 8 ? { ok: true, value: n } : fail("is not 0, 4, 6 or 8");
};

/** A state code or name ("27", "Maharashtra", "27-Maharashtra") -> its two-digit code. */
export const readStateCode: CellReader<string> = (value) => {
  const text = readText(value);
  if (!text.ok) return text;
  const state = findState(text.value);
  return state ? { ok: true, value: state.code } : fail("is not a state code or state name");
};

/** "Receipt, Journal" -> the kinds Tally may number itself; names as the "... Voucher Type" keys spell them. */
export function readKindList(names: Record<VoucherKindName, string>): CellReader<VoucherKindName[]> {
  const byName = new Map(Object.entries(names).map(([kind, name]) => [looseKey(name), kind as VoucherKindName]));
  return (value) => {
    const items = listItems(value);
    if (!items.ok) return items;
    const kinds = new Set<VoucherKindName>();
    for (const item of items.value) {
      const kind = byName.get(looseKey(item));
      if (!kind)
        return fail(`is not a list of voucher kinds like "Receipt, Journal" ("${item}" is not one of ${Object.values(names).join(", ")})`);
      kinds.add(kind);
    }
    return { ok: true, value: [...kinds] };
  };
}
