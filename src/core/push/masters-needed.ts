/**
 * Which Tally masters the vouchers use and Tally lacks (the pre-flight check), and which of them
 * the add-in may create. Tally rejects a voucher naming a missing master line by line ("Ledger
 * does not exist!", PROTOCOL.md 4.3), so this is checked before anything is sent.
 */
import type { GodownMaster, LedgerMaster, StockItemMaster, UnitMaster } from "../tally/masters";
import { nameKey } from "../mapping";
import { pushNote } from "../messages";
import type { LedgerEntry, Voucher } from "../vouchers/model";

export interface TallyLists {
  ledgers: string[];
  stockItems: string[];
  units: string[];
  godowns: string[];
  voucherTypes: string[];
}

export interface MastersToCreate {
  ledgers: LedgerMaster[];
  stockItems: StockItemMaster[];
  units: UnitMaster[];
  godowns: GodownMaster[];
}

export interface MissingMaster {
  kind: "Ledger" | "Stock Item" | "Unit" | "Godown" | "Voucher type";
  name: string;
  /** False for voucher types and journal ledgers: their group or numbering is the owner's choice. */
  creatable: boolean;
}

export interface MastersCheck {
  missing: MissingMaster[];
  create: MastersToCreate;
  /** Missing masters per voucher Remote ID. */
  byVoucher: Map<string, MissingMaster[]>;
}

const DEBTOR_KINDS = new Set(["Sales", "Receipt", "CreditNote"]);

function ledgerParent(v: Voucher, e: LedgerEntry): string | undefined {
  switch (e.role) {
    case "party":
      return DEBTOR_KINDS.has(v.kind) ? "Sundry Debtors" : "Sundry Creditors";
    case "sales":
      return "Sales Accounts";
    case "purchase":
      return "Purchase Accounts";
    case "tax":
      return "Duties & Taxes";
    case "roundoff":
    case "expense":
      return "Indirect Expenses";
    case "account":
      return /cash/i.test(e.ledger) ? "Cash-in-Hand" : "Bank Accounts";
    default:
      return undefined;
  }
}

function ledgerMaster(v: Voucher, e: LedgerEntry, parent: string): LedgerMaster {
  const base: LedgerMaster = { name: e.ledger, parent };
  if (e.role === "party") {
    return {
      ...base,
      billWise: true,
      gstin: v.gst?.partyGstin,
      stateName: v.gst?.partyState,
      registrationType: v.gst ? v.gst.registrationType : undefined,
    };
  }
  if (e.role === "tax" && e.taxHead) return { ...base, taxHead: e.taxHead, taxRate: e.taxRate };
  return base;
}

export function checkMasters(vouchers: readonly Voucher[], lists: TallyLists): MastersCheck {
  const have = (names: string[]) => new Set(names.map(nameKey));
  const known = {
    Ledger: have(lists.ledgers),
    "Stock Item": have(lists.stockItems),
    Unit: have(lists.units),
    Godown: have(lists.godowns),
    "Voucher type": have(lists.voucherTypes),
  };
  const missing = new Map<string, MissingMaster>();
  const create: MastersToCreate = { ledgers: [], stockItems: [], units: [], godowns: [] };
  const byVoucher = new Map<string, MissingMaster[]>();
  const note = (v: Voucher, m: MissingMaster, add?: () => void) => {
    if (known[m.kind].has(nameKey(m.name))) return;
    const key = `${m.kind}|${nameKey(m.name)}`;
    let found = missing.get(key);
    if (!found) {
      missing.set(key, (found = m));
      if (m.creatable) add?.();
    }
    const list = byVoucher.get(v.remoteId) ?? [];
    if (!list.includes(found)) list.push(found);
    byVoucher.set(v.remoteId, list);
  };
  for (const v of vouchers) {
    note(v, { kind: "Voucher type", name: v.voucherType, creatable: false });
    for (const e of v.ledgerEntries) {
      const parent = ledgerParent(v, e);
      note(v, { kind: "Ledger", name: e.ledger, creatable: parent !== undefined }, () => create.ledgers.push(ledgerMaster(v, e, parent!)));
    }
    for (const i of v.inventoryEntries) {
      note(v, { kind: "Unit", name: i.unit, creatable: true }, () => create.units.push({ name: i.unit }));
      note(v, { kind: "Godown", name: i.godown, creatable: true }, () => create.godowns.push({ name: i.godown }));
      note(v, { kind: "Stock Item", name: i.item, creatable: true }, () =>
        create.stockItems.push({ name: i.item, baseUnit: i.unit, hsn: i.hsn, gstRate: i.gstRate }),
      );
      if (i.ledger) {
        const parent = v.kind === "Sales" || v.kind === "CreditNote" ? "Sales Accounts" : "Purchase Accounts";
        note(v, { kind: "Ledger", name: i.ledger, creatable: true }, () => create.ledgers.push({ name: i.ledger!, parent }));
      }
    }
  }
  return { missing: [...missing.values()], create, byVoucher };
}

/** What a row held back by missing masters says. */
export function missingMessage(missing: readonly MissingMaster[]): string {
  return pushNote("held.masters-missing", { masters: missing });
}
