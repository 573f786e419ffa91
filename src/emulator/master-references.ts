/**
 * Where masters are referenced by name: a master still in use cannot be deleted ("Cannot be
 * deleted!", LOKESH docs/TOOLS.md), and a rename reaches every voucher and master that names it,
 * as Tally's renames do (it keys by id; the emulator keeps names, so it rewrites them).
 */
import type { MasterKind } from "./masters";
import { sameName } from "./name-map";
import type { CompanyState } from "./state";
import { inventoryLinesOf, postingsOf, type LedgerLine } from "./voucher-record";

/** Whether any voucher or master refers to this master. */
export function isReferenced(state: CompanyState, kind: MasterKind, name: string): boolean {
  const vouchers = state.vouchers();
  const items = (): ReturnType<typeof inventoryLinesOf> => vouchers.flatMap((v) => inventoryLinesOf(v));
  switch (kind) {
    case "LEDGER":
      return vouchers.some((v) => sameName(v.partyLedger, name) || postingsOf(v).some((p) => sameName(p.ledger, name)));
    case "GROUP":
      return [...state.groups.values(), ...state.ledgers.values()].some((m) => sameName(m.parent ?? undefined, name));
    case "STOCKGROUP":
      return [...state.stockGroups.values(), ...state.stockItems.values()].some((m) => sameName(m.parent ?? undefined, name));
    case "STOCKITEM":
      return items().some((l) => sameName(l.item, name));
    case "UNIT":
      return state.stockItems.values().some((i) => sameName(i.baseUnits, name));
    case "GODOWN":
      return items().some((l) => l.batches.some((b) => sameName(b.godown, name) || sameName(b.destinationGodown, name)));
    case "VOUCHERTYPE":
      return (
        vouchers.some((v) => sameName(v.type, name)) ||
        state.voucherTypes.values().some((t) => !sameName(t.name, name) && sameName(t.parent, name))
      );
  }
}

const swap = (value: string, from: string, to: string): string => (sameName(value, from) ? to : value);

function renameLedger(state: CompanyState, from: string, to: string): void {
  const fix = (l: LedgerLine): void => {
    l.ledger = swap(l.ledger, from, to);
  };
  for (const v of state.vouchers()) {
    v.ledgerLines.forEach(fix);
    v.inventory.forEach((i) => i.accounting.forEach(fix));
    if (v.partyLedger) v.partyLedger = swap(v.partyLedger, from, to);
  }
}

/** Rewrites every reference to a renamed master. */
export function renameReferences(state: CompanyState, kind: MasterKind, from: string, to: string): void {
  const parentOf = <T extends { parent: string | null }>(m: T): void => {
    if (m.parent !== null) m.parent = swap(m.parent, from, to);
  };
  const lines = state.vouchers().flatMap((v) => inventoryLinesOf(v));
  if (kind === "LEDGER") renameLedger(state, from, to);
  if (kind === "GROUP") [...state.groups.values(), ...state.ledgers.values()].forEach(parentOf);
  if (kind === "STOCKGROUP") [...state.stockGroups.values(), ...state.stockItems.values()].forEach(parentOf);
  if (kind === "GODOWN") state.godowns.values().forEach(parentOf);
  if (kind === "STOCKITEM") lines.forEach((l) => (l.item = swap(l.item, from, to)));
  if (kind === "UNIT") state.stockItems.values().forEach((i) => i.baseUnits && (i.baseUnits = swap(i.baseUnits, from, to)));
  if (kind === "GODOWN") {
    for (const b of lines.flatMap((l) => l.batches)) {
      b.godown = swap(b.godown, from, to);
      if (b.destinationGodown) b.destinationGodown = swap(b.destinationGodown, from, to);
    }
  }
  if (kind === "VOUCHERTYPE") {
    state.vouchers().forEach((v) => (v.type = swap(v.type, from, to)));
    state.voucherTypes.values().forEach((t) => (t.parent = swap(t.parent, from, to)));
  }
}
