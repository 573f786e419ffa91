/**
 * What an export shows of a stored voucher's identity and party, which differs between Tally
 * instances (PROTOCOL.md 11.1): licensed 7.1 writes its own GUID as the REMOTEID attribute (and
 * `$RemoteID` evaluates to it), names the cash or bank ledger as PARTYLEDGERNAME of a Receipt or
 * Payment, and gives EFFECTIVEDATE = DATE. The client's REMOTEID stays stored either way: upsert
 * and delete by it still work (11.2). NARRATION is always exported verbatim.
 */
import { tallyDate } from "../core/dates";
import { sameName } from "./name-map";
import type { BehaviourSwitches } from "./profiles";
import type { CompanyState } from "./state";
import type { Voucher } from "./voucher-record";

export type ReadBackSettings = Pick<BehaviourSwitches, "exportRemoteId" | "partyLedgerExport" | "effectiveDateExport">;

/** The fields of a voucher as the export writes them. */
export interface VoucherReadBack {
  remoteId: string;
  partyLedger: string | undefined;
  /** EFFECTIVEDATE text, YYYYMMDD. */
  effectiveDate: string;
}

const CASH_OR_BANK = ["Cash-in-Hand", "Bank Accounts"];

/** True when the ledger sits under Cash-in-Hand or Bank Accounts, at any depth. */
export function isCashOrBank(state: CompanyState, ledger: string): boolean {
  let group = state.ledgers.get(ledger)?.parent ?? null;
  for (let guard = 0; group !== null && guard < 100; guard++) {
    if (CASH_OR_BANK.some((g) => sameName(g, group as string))) return true;
    group = state.groups.get(group)?.parent ?? null;
  }
  return false;
}

function partyOf(v: Voucher, state: CompanyState, settings: ReadBackSettings): string | undefined {
  if (settings.partyLedgerExport === "as-sent") return v.partyLedger;
  const base = state.voucherTypes.get(v.type)?.parent ?? v.type;
  if (!sameName(base, "Receipt") && !sameName(base, "Payment")) return v.partyLedger;
  return v.ledgerLines.find((l) => isCashOrBank(state, l.ledger))?.ledger ?? v.partyLedger;
}

export function readBackOf(v: Voucher, state: CompanyState, settings: ReadBackSettings): VoucherReadBack {
  return {
    remoteId: settings.exportRemoteId === "guid" ? v.guid : v.remoteId,
    partyLedger: partyOf(v, state, settings),
    effectiveDate: settings.effectiveDateExport === "date" ? tallyDate(v.date) : (v.fields.EFFECTIVEDATE ?? tallyDate(v.date)),
  };
}
