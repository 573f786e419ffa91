/**
 * Tax on a line and where the supply goes. Intra-state: CGST and SGST at half the rate each,
 * each rounded to the paisa on the taxable value; inter-state: IGST at the full rate
 * (gst-facts.md section 2, "SGST value = taxable value x GST rate / 2").
 */
import { percentOf, type Paise } from "./money";
import { findState, stateByCode, type StateInfo } from "./states";
import type { GstHead } from "./vouchers/model";

export interface TaxLine {
  head: GstHead;
  /** The head's own rate: 9 for each of CGST and SGST on an 18% line. */
  rate: number;
  amount: Paise;
}

export function taxLines(taxable: Paise, gstRate: number, interState: boolean): TaxLine[] {
  if (gstRate === 0) return [];
  if (interState) return [{ head: "IGST", rate: gstRate, amount: percentOf(taxable, gstRate) }];
  const half = gstRate / 2; // halving a double is exact, so 0.1 / 2 is the same number as 0.05
  const each = percentOf(taxable, half);
  return [
    { head: "CGST", rate: half, amount: each },
    { head: "SGST", rate: half, amount: each },
  ];
}

export type PlaceOfSupply = { ok: true; state: StateInfo; source: "typed" | "gstin" | "company" } | { ok: false; reason: string };

/**
 * Place of supply: the typed state (code or name), else the party GSTIN's state, else the
 * company's own state (an unregistered local customer). IGST Act ss.10-12 can make it differ
 * from the GSTIN's state, so a typed value wins (gst-facts.md section 2, note).
 */
export function placeOfSupply(typed: string | undefined, partyGstin: string | undefined, companyState: string): PlaceOfSupply {
  if (typed !== undefined && typed.trim() !== "") {
    const state = findState(typed);
    return state ? { ok: true, state, source: "typed" } : { ok: false, reason: "is not a state code or state name" };
  }
  const fromGstin = partyGstin ? stateByCode(partyGstin.slice(0, 2)) : undefined;
  if (fromGstin) return { ok: true, state: fromGstin, source: "gstin" };
  const own = stateByCode(companyState);
  return own ? { ok: true, state: own, source: "company" } : { ok: false, reason: "cannot be worked out: the company state is not set" };
}

/** Supplies to or by an SEZ are always inter-state; otherwise compare states (gst-facts.md section 2). */
export function isInterState(companyState: string, supplyState: string): boolean {
  return companyState.padStart(2, "0") !== supplyState.padStart(2, "0");
}
