/**
 * The masters a company holds, and what a fresh TallyPrime company already has (PROTOCOL.md 3.1,
 * 8.1): the 28 predefined groups, the ledgers Cash and Profit & Loss A/c, the predefined voucher
 * types, and the godown Main Location.
 */
import type { Paise } from "../core/money";

export type Nature = "Assets" | "Liabilities" | "Income" | "Expenses";

export interface MasterIds {
  name: string;
  masterId: number;
  alterId: number;
  guid: string;
  /** Tally's RESERVEDNAME: set on predefined masters, which cannot be deleted. */
  reservedName: string;
}

export interface Group extends MasterIds {
  /** null = top level ("&#4; Primary"). */
  parent: string | null;
  nature: Nature;
}

export interface Ledger extends MasterIds {
  /** null only for Profit & Loss A/c, which sits at the top level. */
  parent: string | null;
  /** Debit negative (PROTOCOL.md 3.2, OFF-CS1 "-12500" for a bank). */
  openingBalance: Paise;
  gstin?: string;
  gstRegistrationType?: string;
  taxType?: string;
  gstDutyHead?: string;
  stateName?: string;
  billWise?: boolean;
}

export interface StockGroup extends MasterIds {
  parent: string | null;
}

export interface StockItem extends MasterIds {
  parent: string | null;
  baseUnits?: string;
  hsnCode?: string;
  gstApplicable?: string;
}

export interface Unit extends MasterIds {
  formalName?: string;
  decimals: number;
}

export interface Godown extends MasterIds {
  parent: string | null;
}

/** NUMBERINGMETHOD as Tally writes it; "Automatic (Manual Override)" keeps a number sent [inferred]. */
export type Numbering = "Manual" | "Automatic" | "Automatic (Manual Override)";

export interface VoucherType extends MasterIds {
  /** The predefined type it derives from; a predefined type is its own parent. */
  parent: string;
  numbering: Numbering;
  preventDuplicates: boolean;
  /** Last number handed out under automatic numbering. */
  lastAutoNumber: number;
}

/** The kinds of master an import can create, keyed by Tally's tag. */
export type MasterKind = "GROUP" | "LEDGER" | "STOCKGROUP" | "STOCKITEM" | "UNIT" | "GODOWN" | "VOUCHERTYPE";

const PRIMARY_GROUPS: readonly [string, Nature][] = [
  ["Branch / Divisions", "Liabilities"],
  ["Capital Account", "Liabilities"],
  ["Current Assets", "Assets"],
  ["Current Liabilities", "Liabilities"],
  ["Direct Expenses", "Expenses"],
  ["Direct Incomes", "Income"],
  ["Fixed Assets", "Assets"],
  ["Indirect Expenses", "Expenses"],
  ["Indirect Incomes", "Income"],
  ["Investments", "Assets"],
  ["Loans (Liability)", "Liabilities"],
  ["Misc. Expenses (ASSET)", "Assets"],
  ["Purchase Accounts", "Expenses"],
  ["Sales Accounts", "Income"],
  ["Suspense A/c", "Liabilities"],
];

const SUB_GROUPS: readonly [string, string][] = [
  ["Bank Accounts", "Current Assets"],
  ["Bank OD A/c", "Loans (Liability)"],
  ["Cash-in-Hand", "Current Assets"],
  ["Deposits (Asset)", "Current Assets"],
  ["Duties & Taxes", "Current Liabilities"],
  ["Loans & Advances (Asset)", "Current Assets"],
  ["Provisions", "Current Liabilities"],
  ["Reserves & Surplus", "Capital Account"],
  ["Secured Loans", "Loans (Liability)"],
  ["Stock-in-Hand", "Current Assets"],
  ["Sundry Creditors", "Current Liabilities"],
  ["Sundry Debtors", "Current Assets"],
  ["Unsecured Loans", "Loans (Liability)"],
];

/** Predefined groups as [name, parent or null, nature]. */
export function predefinedGroups(): [string, string | null, Nature][] {
  const natureOf = new Map(PRIMARY_GROUPS);
  return [
    ...PRIMARY_GROUPS.map(([name, nature]): [string, null, Nature] => [name, null, nature]),
    ...SUB_GROUPS.map(([name, parent]): [string, string, Nature] => [name, parent, natureOf.get(parent) as Nature]),
  ];
}

/** Accounting and inventory types of a fresh company, each its own base type ("Pre-defined Voucher Types"). */
export const PREDEFINED_VOUCHER_TYPES: readonly string[] = [
  "Contra",
  "Payment",
  "Receipt",
  "Journal",
  "Sales",
  "Credit Note",
  "Purchase",
  "Debit Note",
  "Stock Journal",
  "Reversing Journal",
  "Memorandum",
  "Sales Order",
  "Purchase Order",
  "Delivery Note",
  "Receipt Note",
  "Rejections In",
  "Rejections Out",
  "Physical Stock",
  "Material In",
  "Material Out",
  "Job Work In Order",
  "Job Work Out Order",
  "Attendance",
  "Payroll",
];

/** Ledgers every new company starts with (PROTOCOL.md 8.1). */
export const PREDEFINED_LEDGERS: readonly [string, string | null][] = [
  ["Cash", "Cash-in-Hand"],
  ["Profit & Loss A/c", null],
];

export const MAIN_LOCATION = "Main Location";
