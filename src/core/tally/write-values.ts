/**
 * The text forms of Tally's compound values on import (PROTOCOL.md 2.9): signed amounts, quantities
 * with a leading space, rates per unit, Yes/No. The XML library escapes them; these only shape them.
 */
import { paiseToDecimal, type Paise } from "../money";

/** `-12000.00`: the sign is the direction (debit and stock in are negative, PROTOCOL.md 2.1). */
export function tallyAmount(amount: Paise): string {
  return paiseToDecimal(amount);
}

/**
 * ISDEEMEDPOSITIVE for a signed amount: Yes exactly when the amount is negative (a debit, or stock
 * coming in). The sign is read, never flipped, so the pair can never disagree (PROTOCOL.md 2.1).
 */
export function deemedPositive(amount: Paise): "Yes" | "No" {
  return amount < 0 ? "Yes" : "No";
}

export function yesNo(flag: boolean): "Yes" | "No" {
  return flag ? "Yes" : "No";
}

/** ` 10 Nos`, ` 2.5 MT`: Tally's quantity form has a leading space; fractions are printed exactly. */
export function tallyQuantity(qty: number, unit: string): string {
  return ` ${String(qty)} ${unit}`;
}

/** `1000.00/Nos`: rate per unit in rupees. */
export function tallyRate(rate: Paise, unit: string): string {
  return `${paiseToDecimal(rate)}/${unit}`;
}

/** A GST percentage as Tally reads it: `18`, `2.5`, `0.125`. */
export function tallyPercent(rate: number): string {
  return String(rate);
}

// XML 1.0 forbids C0 controls other than tab, LF and CR; a stray one (pasted from another program)
// would make Tally answer "Unknown Request" for the whole request (PROTOCOL.md 4.1, 6.4).
const FORBIDDEN_CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/** A name or narration from the workbook, without characters XML cannot carry. */
export function tallyText(text: string): string {
  return text.replace(FORBIDDEN_CONTROLS, "");
}

/**
 * Tally marks its own system names with U+0004 (`&#4; Applicable`, `&#4; Any`, PROTOCOL.md 6.3).
 * Only the writer's fixed words use this; user text has the character removed by tallyText.
 */
export const SYSTEM_MARK = "\u0004";

export function systemName(name: string): string {
  return `${SYSTEM_MARK} ${name}`;
}
