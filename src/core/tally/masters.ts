/**
 * The masters the add-in may create when the vouchers need them and Tally lacks them ("Create
 * Missing Masters"): parties and other ledgers, stock items, units, godowns. Tally's tag names stay
 * in write-masters.ts; these records use the trade's words (PROTOCOL.md 3.1-3.3).
 */
import type { GstDetails, GstHead } from "../vouchers/model";

/** GST registration type in TallyPrime 3.0+ words (PROTOCOL.md 3.2). */
export type RegistrationType = GstDetails["registrationType"];

/**
 * Tally's built-in groups a created ledger goes under (PROTOCOL.md 3.1). Any other group name the
 * company has works too; "Primary" means the top level and is written as an empty PARENT.
 */
export type LedgerGroup =
  | "Sundry Debtors"
  | "Sundry Creditors"
  | "Duties & Taxes"
  | "Sales Accounts"
  | "Purchase Accounts"
  | "Direct Expenses"
  | "Indirect Expenses"
  | "Direct Incomes"
  | "Indirect Incomes"
  | "Bank Accounts"
  | "Cash-in-Hand"
  | "Current Assets"
  | "Current Liabilities";

export interface LedgerMaster {
  name: string;
  parent: LedgerGroup | (string & {});
  /** A party's GSTIN (registered parties). */
  gstin?: string;
  /** The party's state, as Tally spells it ("Maharashtra"). */
  stateName?: string;
  registrationType?: RegistrationType;
  /** Bill-by-bill details: on for parties, so receipts can settle invoices (PROTOCOL.md 2.6). */
  billWise?: boolean;
  /** For a GST tax ledger under Duties & Taxes: its head and its own rate (9 for CGST on 18%). */
  taxHead?: GstHead;
  taxRate?: number;
}

export interface StockItemMaster {
  name: string;
  /** The unit's Tally name ("Nos"). */
  baseUnit: string;
  hsn?: string;
  /** Total GST rate (18); written as CGST and SGST halves and IGST in full. */
  gstRate?: number;
}

export interface UnitMaster {
  /** The unit's symbol, which is its name in Tally ("Nos", "Kg"). */
  name: string;
  /** Tally rounds quantities to these many places; give it whenever quantities can be fractional. */
  decimalPlaces?: number;
}

export interface GodownMaster {
  name: string;
  /** A parent godown; absent or "Primary" means the top level. */
  parent?: string;
}

/** Everything one "All Masters" import creates, written in Tally's dependency order. */
export interface Masters {
  ledgers?: readonly LedgerMaster[];
  stockItems?: readonly StockItemMaster[];
  units?: readonly UnitMaster[];
  godowns?: readonly GodownMaster[];
}
