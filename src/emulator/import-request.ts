/**
 * One import request: every object in every TALLYMESSAGE, in document order, each committed or
 * rejected on its own, counters summed over the request (PROTOCOL.md 4.2: with N>1 objects a
 * failure cannot be attributed). Faults noCompany and failNth act here.
 */
import type { Faults } from "./faults";
import { importMaster, MASTER_TAGS, readImportDups } from "./import-masters";
import { importVoucher, type Outcome, type VoucherImportSettings } from "./import-vouchers";
import type { MasterKind } from "./masters";
import { zeroCounters, type Counters } from "./responses";
import type { CompanyState } from "./state";
import { readVoucherRequest } from "./voucher-reading";
import { childrenNamed, textAt, type XNode } from "./xml-tree";

export interface ImportInput {
  /** TALLYMESSAGE elements of REQUESTDATA (legacy) or DATA (new form). */
  messages: XNode[];
  /** STATICVARIABLES of the request, if any. */
  staticVariables: XNode | undefined;
}

/** The ledger Tally names when it cannot find the company's books (NOCO capture). */
function firstLedgerOf(voucher: XNode): string {
  const d = readVoucherRequest(voucher).draft;
  return d.ledgerLines[0]?.ledger ?? d.inventory[0]?.accounting[0]?.ledger ?? d.partyLedger ?? "";
}

function tally(c: Counters, outcome: Outcome): void {
  if (outcome.kind === "rejected") {
    const { lineError, counter } = outcome.rejection;
    if (lineError !== undefined) c.lineErrors.push(lineError);
    if (counter !== "none") c[counter]++;
    return;
  }
  c[outcome.kind]++;
  // ARCHIVED: an alter in place also reports the voucher's MASTERID as LASTVCHID.
  if (outcome.voucherMasterId !== undefined) c.lastVchId = outcome.voucherMasterId;
}

const missingLedger = (voucher: XNode, lineError?: string): Outcome => ({
  kind: "rejected",
  rejection: { lineError: lineError ?? `Ledger '${firstLedgerOf(voucher)}' does not exist!`, counter: "exceptions" },
});

/** Runs the objects of one import request against the company. */
export function runImport(input: ImportInput, state: CompanyState, faults: Faults, settings: VoucherImportSettings): Counters {
  const counters = zeroCounters();
  const dups = readImportDups(textAt(input.staticVariables, "IMPORTDUPS"));
  const stopAtFirst = /stop/i.test(textAt(input.staticVariables, "SVIMPBEHAVIOUREXCP") ?? "");
  const failRule = faults.takeFailNth();
  let voucherNo = 0;
  const objects = input.messages.flatMap((m) => m.children);
  for (const obj of objects) {
    const tag = obj.name.toUpperCase();
    let outcome: Outcome;
    if (tag === "VOUCHER") {
      voucherNo++;
      if (faults.noCompany) outcome = missingLedger(obj);
      else if (failRule?.voucher === voucherNo) outcome = missingLedger(obj, failRule.lineError);
      else outcome = importVoucher(obj, state, settings);
    } else if ((MASTER_TAGS as readonly string[]).includes(tag)) {
      outcome = faults.noCompany
        ? { kind: "rejected", rejection: { counter: "exceptions" } }
        : importMaster(tag as MasterKind, obj, state, dups);
    } else {
      continue; // Unknown objects (COMPANY, CURRENCY, ...) are not modelled; see docs/emulator.md.
    }
    tally(counters, outcome);
    if (stopAtFirst && outcome.kind === "rejected") break;
  }
  return counters;
}

/** Counts VOUCHER objects in the TALLYMESSAGEs (for the per-voucher latency fault). */
export function countVouchers(messages: XNode[]): number {
  return messages.reduce((n, m) => n + childrenNamed(m, "VOUCHER").length, 0);
}
