/**
 * Tally's checks on an imported voucher, one small rule each, run in order; the first that fails
 * answers for the voucher. Texts and counters follow PROTOCOL.md 4.3 and the checklist in 8:
 * a rejected voucher is `ERRORS 0, EXCEPTIONS 1` with or without a LINEERROR.
 */
import { compareDates, type CalendarDate } from "../core/dates";
import type { CompanyState } from "./state";
import type { VoucherDraft } from "./voucher-reading";
import { hasNoEntries } from "./voucher-reading";
import { inventoryLinesOf, ledgersNamed, type InventoryLine, type LedgerLine, type VoucherBody } from "./voucher-record";

/** Which counter a rejection moves. */
export type Counter = "errors" | "exceptions" | "none";

export interface Rejection {
  lineError?: string;
  counter: Counter;
}

export interface CheckOptions {
  /** Educational mode takes dates only on the 1st, 2nd and 31st of a month (11.6; 2.9 said "last day"). */
  educationalMode: boolean;
}

type Rule = (d: VoucherDraft, state: CompanyState, options: CheckOptions) => Rejection | undefined;

const exception = (lineError?: string): Rejection => ({ lineError, counter: "exceptions" });

// An Alter with only dates in its body changed nothing and came back EXCEPTIONS 1 (BIGGUIDE Sales 4).
const hasEntries: Rule = (d) => (hasNoEntries(d) ? exception() : undefined);

// Inferred text, shaped like the other "does not exist!" messages (no capture seen).
const voucherTypeExists: Rule = (d, state) => {
  if (!d.type) return exception();
  return state.voucherTypes.has(d.type) ? undefined : exception(`Voucher type '${d.type}' does not exist!`);
};

// BRIDGE-R 9 (11.6) measured the 1st, 2nd and 31st; older text (2.9) said "the last day of a month".
// Following 11.6: 30 April is refused, and February has only two days that take vouchers.
function isEducationalDay(date: CalendarDate): boolean {
  return date.d === 1 || date.d === 2 || date.d === 31;
}

// Out-of-books dates surface as "date is missing", never as "out of range" (4.3; BRIDGE 12a.4).
const dateInBooks: Rule = (d, state, options) => {
  const date = d.date;
  const fine =
    date !== undefined &&
    compareDates(date, state.booksFrom) >= 0 &&
    compareDates(date, state.booksTo) <= 0 &&
    (!options.educationalMode || isEducationalDay(date));
  if (fine) return undefined;
  const type = state.voucherTypes.get(d.type)?.name ?? d.type ?? "";
  return exception(`Voucher date is missing for: '${type}' voucher ${d.number}.`);
};

const ledgersExist: Rule = (d, state) => {
  const missing = ledgersNamed(asBody(d)).find((name) => !state.ledgers.has(name));
  return missing === undefined ? undefined : exception(`Ledger '${missing}' does not exist!`);
};

// Counter per the checklist (8); one weak fixture showed ERRORS 1 instead (4.3 [L]).
const itemsExist: Rule = (d, state) => {
  const missing = inventoryLinesOf(asBody(d)).find((l) => !state.stockItems.has(l.item));
  return missing === undefined ? undefined : exception(`Stock Item '${missing.item}' does not exist!`);
};

// LOKESH saw "Unit does not exist!"; the emulator names the unit like the other messages.
const unitsExist: Rule = (d, state) => {
  const units = inventoryLinesOf(asBody(d)).flatMap((l) => [l.actualQty?.unit, l.billedQty?.unit, l.rate?.unit]);
  const missing = units.find((u) => u !== undefined && u !== "" && !state.units.has(u));
  return missing === undefined ? undefined : exception(`Unit '${missing}' does not exist!`);
};

// A line without a godown goes to Main Location; without one, Tally gives a blank EXCEPTIONS 1 (4.3).
const godownsExist: Rule = (d, state) => {
  for (const line of inventoryLinesOf(asBody(d))) {
    const named = line.batches.flatMap((b) => [b.godown, b.destinationGodown ?? ""]).filter((g) => g !== "");
    const missing = named.find((g) => !state.godowns.has(g));
    if (missing !== undefined) return exception(`Godown '${missing}' does not exist!`);
    const unplaced = line.batches.length === 0 || line.batches.some((b) => b.godown === "");
    if (unplaced && !state.godowns.has("Main Location")) return exception();
  }
  return undefined;
};

function inventoryValue(line: InventoryLine): number {
  return line.accounting.length > 0 ? line.accounting.reduce((s, a) => s + a.amount, 0) : line.amount;
}

/** Sum of every signed amount the voucher books: zero when it balances (2.1). */
export function voucherTotal(d: VoucherDraft): number {
  const ledger = d.ledgerLines.reduce((s, l) => s + l.amount, 0);
  const items = d.inventory.reduce((s, l) => s + inventoryValue(l), 0);
  const stock = [...d.stockIn, ...d.stockOut].reduce((s, l) => s + l.amount, 0);
  return ledger + items + stock;
}

const balanced: Rule = (d) => (voucherTotal(d) === 0 ? undefined : exception("Voucher totals do not match!"));

const RULES: readonly Rule[] = [hasEntries, voucherTypeExists, dateInBooks, ledgersExist, itemsExist, unitsExist, godownsExist, balanced];

/** Runs every rule; undefined means Tally would take the voucher. */
export function checkVoucher(d: VoucherDraft, state: CompanyState, options: CheckOptions): Rejection | undefined {
  for (const rule of RULES) {
    const rejection = rule(d, state, options);
    if (rejection) return rejection;
  }
  return undefined;
}

function asBody(d: VoucherDraft): VoucherBody {
  const { omitted: _omitted, ...body } = d;
  return { ...body, type: d.type ?? "", date: d.date ?? { y: 0, m: 1, d: 1 } };
}

/** The checked draft as stored: every name spelled as the master spells it. */
export function acceptedBody(d: VoucherDraft, state: CompanyState): VoucherBody {
  const ledger = (name: string): string => state.ledgers.get(name)?.name ?? name;
  const fixLine = (l: LedgerLine): LedgerLine => ({ ...l, ledger: ledger(l.ledger), inventory: l.inventory.map(fixItem) });
  const fixItem = (i: InventoryLine): InventoryLine => ({
    ...i,
    item: state.stockItems.get(i.item)?.name ?? i.item,
    accounting: i.accounting.map(fixLine),
    batches: i.batches.map((b) => ({ ...b, godown: b.godown === "" ? "Main Location" : (state.godowns.get(b.godown)?.name ?? b.godown) })),
  });
  return {
    ...asBody(d),
    type: state.voucherTypes.get(d.type)?.name ?? "",
    partyLedger: d.partyLedger === undefined ? undefined : ledger(d.partyLedger),
    ledgerLines: d.ledgerLines.map(fixLine),
    inventory: d.inventory.map(fixItem),
    stockIn: d.stockIn.map(fixItem),
    stockOut: d.stockOut.map(fixItem),
  };
}
