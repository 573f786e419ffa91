/**
 * Money as integer paise: one representation everywhere, so sums are exact and Dr = Cr can be
 * checked with ===. Products (qty x rate, taxable x rate) go through big.js and are rounded
 * half-up to the paisa once, at the line (gst-facts.md section 8).
 */
import Big from "big.js";

/** An amount in paise (1 rupee = 100 paise). Always a safe integer. */
export type Paise = number;

export type Parsed<T> = { ok: true; value: T } | { ok: false; reason: string };

const RUPEE_SIGNS = /[₹]|\bRs\.?|\bINR\b/gi;

/**
 * Reads what a bookkeeper types or Excel gives as a plain decimal: numbers, numbers stored as
 * text, Indian or Western grouping ("1,00,000.50"), a rupee sign, surrounding spaces,
 * accounting negatives "(500)". Returns the exact decimal as big.js, or why it is not a number.
 */
export function parseDecimal(value: unknown): Parsed<Big> {
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return { ok: false, reason: "is not a finite number" };
    return { ok: true, value: new Big(String(value)) };
  }
  if (typeof value !== "string") return { ok: false, reason: "is not a number" };
  let text = value.replace(RUPEE_SIGNS, "").replace(/[\s\u00a0]/g, "");
  let negative = false;
  if (/^\(.*\)$/.test(text)) {
    negative = true;
    text = text.slice(1, -1);
  }
  if (text.startsWith("-")) {
    negative = !negative;
    text = text.slice(1);
  } else if (text.startsWith("+")) {
    text = text.slice(1);
  }
  // Grouping commas may sit anywhere in the integer part (Indian 1,00,000 or Western 100,000).
  if (!/^(\d{1,3}(,\d{2,3})*|\d+)(\.\d+)?$/.test(text) && !/^\.\d+$/.test(text)) {
    return { ok: false, reason: "is not a number" };
  }
  const big = new Big(text.replace(/,/g, ""));
  return { ok: true, value: negative ? big.neg() : big };
}

/** Reads an amount of money: at most two decimal places, so nothing is silently rounded away. */
export function parseAmount(value: unknown): Parsed<Paise> {
  const dec = parseDecimal(value);
  if (!dec.ok) return dec;
  const paise = dec.value.times(100);
  if (!paise.eq(paise.round(0, Big.roundDown))) {
    return { ok: false, reason: "has more than two decimal places" };
  }
  const n = paise.toNumber();
  if (!Number.isSafeInteger(n)) return { ok: false, reason: "is too large" };
  return { ok: true, value: n };
}

/** Rounds an exact decimal of rupees half-up to paise (CGST Act practice: 0.5 paisa and above goes up). */
export function rupeesToPaise(rupees: Big): Paise {
  return rupees.times(100).round(0, Big.roundHalfUp).toNumber();
}

/**
 * n / d rounded half-up (away from zero at .5), exact for safe integers: the fast path that
 * keeps 100,000-line workbooks quick without leaving exact arithmetic.
 */
function divRoundHalfUp(n: number, d: number): number {
  const sign = n < 0 ? -1 : 1;
  const abs = Math.abs(n);
  const r = abs % d;
  const q = (abs - r) / d;
  return sign * (2 * r >= d ? q + 1 : q) || 0; // never -0
}

/** The value as an integer count of 1/10^places, when it has at most that many decimals. */
function scaled(value: number, places: number): number | undefined {
  const factor = 10 ** places;
  const s = Math.round(value * factor);
  return Math.abs(value * factor - s) < 1e-6 && Number.isSafeInteger(s) ? s : undefined;
}

/** Exact product of a quantity and a rate in paise, less a discount percent, rounded half-up to the paisa. */
export function lineValue(qty: number, rate: Paise, discountPercent = 0): Paise {
  const q = scaled(qty, 3);
  const keep = scaled(100 - discountPercent, 2);
  if (q !== undefined && keep !== undefined) {
    const n = q * rate * keep;
    if (Number.isSafeInteger(n)) return divRoundHalfUp(n, 10_000_000);
  }
  const gross = new Big(String(qty)).times(rate);
  const net = gross.times(new Big(100).minus(String(discountPercent))).div(100);
  return net.round(0, Big.roundHalfUp).toNumber();
}

/** taxable x rate% rounded half-up to the paisa; rate may be fractional (0.25, 1.5, 0.125). */
export function percentOf(amount: Paise, ratePercent: number): Paise {
  const r = scaled(ratePercent, 3);
  if (r !== undefined) {
    const n = amount * r;
    if (Number.isSafeInteger(n)) return divRoundHalfUp(n, 100_000);
  }
  return new Big(amount).times(String(ratePercent)).div(100).round(0, Big.roundHalfUp).toNumber();
}

export function sumPaise(amounts: readonly Paise[]): Paise {
  let total = 0;
  for (const a of amounts) total += a;
  return total;
}

/** Nearest whole rupee (half-up, away from zero for negatives) and the difference that goes to Round Off. */
export function roundToRupee(amount: Paise): { rounded: Paise; difference: Paise } {
  const sign = amount < 0 ? -1 : 1;
  const abs = Math.abs(amount);
  const rounded = sign * (Math.floor((abs + 50) / 100) * 100);
  return { rounded, difference: rounded - amount };
}

/** "100000.50" with a leading minus for negatives: the plain form Tally's AMOUNT takes. */
export function paiseToDecimal(amount: Paise): string {
  const sign = amount < 0 ? "-" : "";
  const abs = Math.abs(amount);
  const rupees = Math.floor(abs / 100);
  const paise = String(abs % 100).padStart(2, "0");
  return `${sign}${rupees}.${paise}`;
}

/** Indian grouping for people: 1,00,000.50 (lakhs and crores), minus sign kept. */
export function formatInr(amount: Paise): string {
  const [intPart, frac] = paiseToDecimal(Math.abs(amount)).split(".");
  const last3 = intPart.slice(-3);
  const rest = intPart.slice(0, -3);
  const grouped = rest ? `${rest.replace(/\B(?=(\d{2})+(?!\d))/g, ",")},${last3}` : last3;
  return `${amount < 0 ? "-" : ""}${grouped}.${frac}`;
}
