/**
 * Named starting configurations of the emulator, and the one table that maps each to its switches
 * (PROTOCOL.md 8 "Profiles", 11). Every switch is also an option of its own; an option given
 * explicitly beats the profile's value.
 * - factory: a company as TallyPrime creates it (every predefined voucher type numbers
 *   Automatically, nothing prevents duplicates), behaving as licensed TallyPrime 7.1 was measured (11).
 * - configured: factory, with every predefined voucher type set to Manual + Prevent Duplicates, as
 *   the README asks users to configure their Tally.
 * - educational: factory plus Educational mode's date rule (1st, 2nd and 31st only, 11.6).
 * - legacy: the older Educational/Edit Log instances of section 7 (the emulator's behaviour before
 *   profiles existed): REMOTEID echoed, Alter by REMOTEID alters, "already exists!" with ERRORS 1,
 *   a write naming another company refused.
 */

export type ProfileName = "factory" | "configured" | "educational" | "legacy";

export const PROFILE_NAMES: readonly ProfileName[] = ["factory", "configured", "educational", "legacy"];

/**
 * The profile startEmulator() and the `emulator` CLI use when none is named: Tally as it comes
 * out of the box, what a real first run meets (PROTOCOL.md 8 "Profiles").
 */
export const DEFAULT_PROFILE: ProfileName = "factory";

/** One switch per behaviour that differs between Tally instances. */
export interface BehaviourSwitches {
  /** Every predefined voucher type numbered Manually (true) or Automatically (false). */
  manualNumbering: boolean;
  /** Prevent Duplicates on every predefined Manual type. */
  preventDuplicates: boolean;
  /** Educational mode: voucher dates only on the 1st, 2nd and 31st of a month (11.6). */
  educationalMode: boolean;
  /** REMOTEID on export and `$RemoteID` in formulas: the client's value ("client", 2.2/7) or Tally's GUID ("guid", 11.1). */
  exportRemoteId: "client" | "guid";
  /** ACTION="Alter" keyed by an existing client REMOTEID: alters it (8.1) or makes a duplicate (11.2). */
  alterByRemoteId: "alter" | "duplicate";
  /**
   * A reused or missing number on a Manual + Prevent Duplicates type: "already-exists" = ERRORS 1 with
   * `Voucher Number '<no>' already exists!` (7, 4.3; a missing number is taken); "silent" = EXCEPTIONS 1
   * without LINEERROR, and an upsert without a number ERRORS 1 `Voucher Number cannot be left BLANK!` (11.3).
   */
  duplicateNumber: "already-exists" | "silent";
  /** A write whose SVCURRENTCOMPANY names a company that is not loaded: refused (4.4) or posted into the loaded one (11.4). */
  companyMismatch: "refuse" | "post-to-loaded";
  /** PARTYLEDGERNAME of an exported Receipt or Payment: as sent, or its cash/bank ledger (11.1). */
  partyLedgerExport: "as-sent" | "cash-or-bank";
  /** EFFECTIVEDATE on export: as sent (else DATE), or always DATE (11.1). */
  effectiveDateExport: "as-sent" | "date";
}

const FACTORY: BehaviourSwitches = {
  manualNumbering: false,
  preventDuplicates: false,
  educationalMode: false,
  exportRemoteId: "guid",
  alterByRemoteId: "duplicate",
  duplicateNumber: "silent",
  companyMismatch: "post-to-loaded",
  partyLedgerExport: "cash-or-bank",
  effectiveDateExport: "date",
};

export const PROFILES: Readonly<Record<ProfileName, Readonly<BehaviourSwitches>>> = {
  factory: FACTORY,
  configured: { ...FACTORY, manualNumbering: true, preventDuplicates: true },
  educational: { ...FACTORY, educationalMode: true },
  legacy: {
    manualNumbering: true,
    preventDuplicates: true,
    educationalMode: false,
    exportRemoteId: "client",
    alterByRemoteId: "alter",
    duplicateNumber: "already-exists",
    companyMismatch: "refuse",
    partyLedgerExport: "as-sent",
    effectiveDateExport: "as-sent",
  },
};

export function isProfileName(name: string): name is ProfileName {
  return (PROFILE_NAMES as readonly string[]).includes(name);
}

/** The profile's switches, each replaced by the option of the same name when that option is given. */
export function resolveSwitches(options: Partial<BehaviourSwitches> & { profile?: ProfileName }): BehaviourSwitches {
  const profile = options.profile ?? DEFAULT_PROFILE;
  if (!isProfileName(profile)) throw new Error(`unknown emulator profile "${String(profile)}" (one of ${PROFILE_NAMES.join(", ")})`);
  const switches = { ...PROFILES[profile] };
  for (const key of Object.keys(switches) as (keyof BehaviourSwitches)[]) {
    const given = options[key];
    if (given !== undefined) (switches as Record<string, unknown>)[key] = given;
  }
  return switches;
}
