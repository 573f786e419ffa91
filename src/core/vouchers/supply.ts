/**
 * Where a supply goes and whether it crosses a state line, for sales and for purchases
 * (gst-facts.md section 2), plus the voucher's GST details as Tally 3.0+ names them.
 */
import { isInterState, placeOfSupply } from "../gst-tax";
import { findState, stateByCode, type StateInfo } from "../states";
import type { GstDetails } from "./model";

export interface Supply {
  placeOfSupply: StateInfo;
  /** The party's own state: its GSTIN's state, else (unregistered) the place of supply or the company's. */
  partyState: StateInfo;
  interState: boolean;
}

function gstinState(gstin: string | undefined): StateInfo | undefined {
  return gstin && gstin.trim() !== "" ? stateByCode(gstin.trim().slice(0, 2)) : undefined;
}

/**
 * A sale: place of supply typed, else the customer GSTIN's state, else the company's; IGST when it
 * is not the company's state. Undefined when it cannot be worked out (validation says why).
 */
export function salesSupply(typed: string | undefined, customerGstin: string | undefined, companyState: string): Supply | undefined {
  const pos = placeOfSupply(typed, customerGstin, companyState);
  if (!pos.ok) return undefined;
  return {
    placeOfSupply: pos.state,
    partyState: gstinState(customerGstin) ?? pos.state,
    interState: isInterState(companyState, pos.state.code),
  };
}

/**
 * A purchase: the supplier is in its GSTIN's state (an unregistered supplier is taken as local) and
 * the supply comes to the place typed, else to the company's state. IGST when those two differ
 * (IGST Act s.7/s.8): a Karnataka supplier delivering to us in Maharashtra charges IGST, a hotel in
 * Karnataka billing a stay there charges CGST + SGST.
 */
export function purchaseSupply(typed: string | undefined, supplierGstin: string | undefined, companyState: string): Supply | undefined {
  const own = stateByCode(companyState);
  const pos = typed !== undefined && typed.trim() !== "" ? findState(typed) : own;
  const supplier = gstinState(supplierGstin) ?? own;
  if (!pos || !supplier) return undefined;
  return { placeOfSupply: pos, partyState: supplier, interState: isInterState(supplier.code, pos.code) };
}

/** GST details of an invoice or note: registration type follows the GSTIN (Tally 3.0+ words). */
export function gstDetails(partyGstin: string | undefined, supply: Supply): GstDetails {
  const gstin = partyGstin?.trim() || undefined;
  return {
    partyGstin: gstin,
    registrationType: gstin ? "Regular" : "Unregistered/Consumer",
    placeOfSupply: supply.placeOfSupply.name,
    partyState: supply.partyState.name,
    interState: supply.interState,
  };
}
