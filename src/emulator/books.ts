/**
 * Balances computed from the emulator's state: ledger closing balances (debit negative, as Tally
 * serialises amounts, PROTOCOL.md 2.1), the trial balance, and duplicate vouchers (section 7: Tally
 * itself does not de-duplicate, so tests need to count what a retry left behind).
 */
import { compareDates, type CalendarDate } from "../core/dates";
import type { Paise } from "../core/money";
import { nameKey } from "./name-map";
import type { CompanyState } from "./state";
import { postingsOf } from "./voucher-record";

export interface LedgerBalance {
  ledger: string;
  parent: string | null;
  opening: Paise;
  /** Debit negative. */
  closing: Paise;
  /** Opening or any posting: Tally writes an empty CLOSINGBALANCE for a ledger without either. */
  hasActivity: boolean;
}

export interface TrialBalanceRow {
  name: string;
  /** Debit negative, credit positive. */
  closing: Paise;
}

export interface TrialBalance {
  /** Ledgers with a non-zero closing balance, in master order. */
  ledgers: TrialBalanceRow[];
  /** The same, summed by top-level group (Tally's condensed Trial Balance). */
  groups: TrialBalanceRow[];
  /** Tally's "Difference in opening balances" line: what makes unbalanced openings balance. */
  openingDifference: Paise;
  /** Both positive; equal when the books balance. */
  debitTotal: Paise;
  creditTotal: Paise;
}

export interface DuplicateSet {
  type: string;
  number: string;
  masterIds: number[];
}

/** Closing balance of every ledger, counting vouchers dated up to `upTo` (all when omitted). */
export function ledgerBalances(state: CompanyState, upTo?: CalendarDate): LedgerBalance[] {
  const moved = new Map<string, Paise>();
  for (const v of state.vouchers()) {
    if (upTo && compareDates(v.date, upTo) > 0) continue;
    for (const p of postingsOf(v)) moved.set(nameKey(p.ledger), (moved.get(nameKey(p.ledger)) ?? 0) + p.amount);
  }
  return state.ledgers.values().map((l) => {
    const movement = moved.get(nameKey(l.name));
    return {
      ledger: l.name,
      parent: l.parent,
      opening: l.openingBalance,
      closing: l.openingBalance + (movement ?? 0),
      hasActivity: l.openingBalance !== 0 || movement !== undefined,
    };
  });
}

export function ledgerBalance(state: CompanyState, name: string): Paise {
  return ledgerBalances(state).find((b) => nameKey(b.ledger) === nameKey(name))?.closing ?? 0;
}

/** The top-level group a group rolls up to. */
export function primaryGroupOf(state: CompanyState, group: string | null): string | null {
  let current = group === null ? undefined : state.groups.get(group);
  for (let guard = 0; current?.parent && guard < 100; guard++) current = state.groups.get(current.parent);
  return current?.name ?? group;
}

export function trialBalance(state: CompanyState, upTo?: CalendarDate): TrialBalance {
  const balances = ledgerBalances(state, upTo);
  const ledgers = balances.filter((b) => b.closing !== 0).map((b) => ({ name: b.ledger, closing: b.closing }));
  const byGroup = new Map<string, Paise>();
  for (const b of balances) {
    if (b.closing === 0) continue;
    const top = primaryGroupOf(state, b.parent) ?? b.ledger;
    byGroup.set(top, (byGroup.get(top) ?? 0) + b.closing);
  }
  const groups = [...byGroup].filter(([, c]) => c !== 0).map(([name, closing]) => ({ name, closing }));
  const openingDifference = 0 - balances.reduce((sum, b) => sum + b.opening, 0) || 0;
  const all = [...ledgers.map((l) => l.closing), openingDifference];
  const debitTotal = -all.filter((c) => c < 0).reduce((a, c) => a + c, 0);
  const creditTotal = all.filter((c) => c > 0).reduce((a, c) => a + c, 0);
  return { ledgers, groups, openingDifference, debitTotal, creditTotal };
}

/** Sets of live vouchers that share a voucher type and number. */
export function duplicateVouchers(state: CompanyState): DuplicateSet[] {
  const sets = new Map<string, DuplicateSet>();
  for (const v of state.vouchers()) {
    if (v.cancelled || v.number === "") continue;
    const key = `${nameKey(v.type)}\u001f${v.number}`;
    const set = sets.get(key) ?? { type: v.type, number: v.number, masterIds: [] };
    set.masterIds.push(v.masterId);
    sets.set(key, set);
  }
  return [...sets.values()].filter((s) => s.masterIds.length > 1);
}
