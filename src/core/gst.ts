/**
 * GSTIN and HSN/SAC checks (gst-facts.md sections 4 and 5). The GST rate table lives in
 * gst-rates.ts; tax arithmetic and place of supply in gst-tax.ts.
 */
import { stateByCode } from "./states";

const ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";

/**
 * The 15th character of a GSTIN from its first 14: Luhn mod 36, factors 1,2,1,2,... from the
 * left (gst-facts.md section 4). Returns "" when a character is outside 0-9/A-Z.
 */
export function gstinCheckCharacter(first14: string): string {
  const text = first14.toUpperCase();
  let sum = 0;
  for (let i = 0; i < text.length; i++) {
    const value = ALPHABET.indexOf(text[i]);
    if (value < 0) return "";
    const product = value * (i % 2 === 0 ? 1 : 2);
    sum += Math.floor(product / 36) + (product % 36);
  }
  return ALPHABET[(36 - (sum % 36)) % 36];
}

export type GstinKind = "normal" | "government" | "tcs" | "tds" | "uin" | "nonresident" | "oidar";

export type GstinProblem = "length" | "format" | "state" | "check-character";

export type GstinCheck =
  | { ok: true; gstin: string; stateCode: string; kind: GstinKind; legacyState: boolean }
  | { ok: false; problem: GstinProblem; reason: string; expected?: string };

// GSTN's published formats as copied by india-compliance (gst-facts.md section 4). The state
// code is deliberately not restricted to 01-37: Ladakh (38), 97 and 99 are real.
const FORMATS: readonly [GstinKind, RegExp][] = [
  ["normal", /^[0-9]{2}[A-Z]{5}[0-9]{4}[A-Z][1-9A-Z][Z1-9ABD-J][0-9A-Z]$/],
  ["government", /^[0-9]{2}[A-Z]{4}[0-9]{5}[A-Z][0-9]Z[0-9]$/],
  ["tcs", /^[0-9]{2}[A-Z]{5}[0-9]{4}[A-Z][1-9A-Z]C[0-9A-Z]$/],
  ["tds", /^[0-9]{2}[A-Z]{4}[A-Z0-9][0-9]{4}[A-Z][1-9A-Z]D[0-9A-Z]$/],
  ["uin", /^[0-9]{4}[A-Z]{3}[0-9]{5}[UO]N[A-Z0-9]$/],
  ["nonresident", /^[0-9]{4}[A-Z]{3}[0-9]{5}NR[0-9A-Z]$/],
  ["oidar", /^99[0-9]{2}[A-Z]{3}[0-9]{5}OS[0-9A-Z]$/],
];

/**
 * Checks a GSTIN as typed (spaces around it and lower case forgiven): length, format, a known
 * state code, and the check character. Legacy state codes 25 and 28 pass, flagged.
 */
export function checkGstin(text: string): GstinCheck {
  const gstin = text.trim().toUpperCase();
  if (gstin.length !== 15) {
    return { ok: false, problem: "length", reason: `has ${gstin.length} characters; a GSTIN has 15` };
  }
  const kind = FORMATS.find(([, pattern]) => pattern.test(gstin))?.[0];
  if (!kind) {
    return {
      ok: false,
      problem: "format",
      reason: "is not in the GSTIN format (2-digit state code, PAN, entity number, Z, check character)",
    };
  }
  const state = stateByCode(gstin.slice(0, 2));
  if (!state) {
    return { ok: false, problem: "state", reason: `starts with ${gstin.slice(0, 2)}, which is not a GST state code` };
  }
  const expected = gstinCheckCharacter(gstin.slice(0, 14));
  if (gstin[14] !== expected) {
    return { ok: false, problem: "check-character", reason: `has a wrong last character (it should be ${expected})`, expected };
  }
  return { ok: true, gstin, stateCode: state.code, kind, legacyState: state.legacy === true };
}

/** True for a services accounting code: chapter 99 (gst-facts.md section 5). */
export function isService(hsn: string): boolean {
  return hsn.trim().startsWith("99");
}

/**
 * Why an HSN/SAC code is not acceptable, or undefined when it is. Digits only, 4, 6 or 8 of
 * them, at least `minDigits` (Notification 78/2020-CT: 4 up to Rs 5 crore turnover, 6 above).
 * A SAC (99...) has at most 6 digits; a 4-digit 99 heading passes where 4 digits are enough.
 */
export function checkHsn(code: string, minDigits: 0 | 4 | 6 | 8): string | undefined {
  const text = code.trim();
  if (!/^\d+$/.test(text)) return "should contain digits only";
  if (![4, 6, 8].includes(text.length)) return `has ${text.length} digits; HSN/SAC codes have 4, 6 or 8`;
  if (isService(text) && text.length > 6) return "starts with 99, so it is a service code (SAC), and those have 6 digits";
  if (text.length < minDigits) return `has ${text.length} digits; Settings asks for at least ${minDigits}`;
  return undefined;
}
