/**
 * What the loaded company looks like at start, and the masters a fresh company already holds
 * (PROTOCOL.md 3.1, 8.1): predefined groups, Cash and Profit & Loss A/c, the predefined voucher
 * types numbered as the setup (or profile) says, and Main Location unless it is switched off.
 */
import type { CalendarDate } from "../core/dates";
import { MAIN_LOCATION, PREDEFINED_LEDGERS, PREDEFINED_VOUCHER_TYPES, predefinedGroups } from "./masters";
import { DEFAULT_PROFILE, PROFILES } from "./profiles";
import type { CompanyState } from "./state";

/** How each voucher type numbers and guards its vouchers. */
export interface VoucherTypeSetting {
  manualNumbering?: boolean;
  preventDuplicates?: boolean;
}

/** What the loaded company looks like at start. */
export interface CompanySetup {
  name: string;
  booksFrom: CalendarDate;
  /** Last day vouchers may carry; default: 31 March closing the financial year of booksFrom. */
  booksTo?: CalendarDate;
  guid?: string;
  /** Whether the godown "Main Location" exists (missing in some Educational companies, 8.1). */
  mainLocation?: boolean;
  /** Default for every voucher type: Manual numbering (true) or Automatic; unset: DEFAULT_PROFILE's. */
  manualNumbering?: boolean;
  /** Default for every voucher type: Prevent Duplicates on a Manual type. */
  preventDuplicates?: boolean;
  /** Per-type overrides, by voucher type name. */
  voucherTypes?: Record<string, VoucherTypeSetting>;
}

/** Seeds a new company with the predefined masters. */
export function seedPredefinedMasters(state: CompanyState, setup: CompanySetup): void {
  for (const [name, parent, nature] of predefinedGroups()) {
    state.groups.put({ ...state.newIds(name, name), parent, nature });
  }
  for (const [name, parent] of PREDEFINED_LEDGERS) {
    const reserved = parent === null ? name : "";
    state.ledgers.put({ ...state.newIds(name, reserved), parent, openingBalance: 0 });
  }
  for (const name of PREDEFINED_VOUCHER_TYPES) {
    const own = setup.voucherTypes?.[name] ?? {};
    const manual = own.manualNumbering ?? setup.manualNumbering ?? PROFILES[DEFAULT_PROFILE].manualNumbering;
    const numbering = manual ? "Manual" : "Automatic";
    const preventDuplicates = own.preventDuplicates ?? setup.preventDuplicates ?? PROFILES[DEFAULT_PROFILE].preventDuplicates;
    state.voucherTypes.put({ ...state.newIds(name, name), parent: name, numbering, preventDuplicates, lastAutoNumber: 0 });
  }
  if (setup.mainLocation ?? true) state.godowns.put({ ...state.newIds(MAIN_LOCATION, MAIN_LOCATION), parent: null });
  state.revision = 0;
}
