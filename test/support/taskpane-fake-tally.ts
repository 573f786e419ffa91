/**
 * The pane tests' Tally: a bridge client backed by the Tally emulator in the same process (its
 * request router, no sockets), set up as one of its profiles, with an optional gate to hold imports
 * mid-push.
 */
import { HandoffError } from "../../src/core/handoff-error";
import type { TallyLink } from "../../src/engine/ports";
import { CompanyState } from "../../src/emulator/state";
import { Faults } from "../../src/emulator/faults";
import { planRequest, type Behaviour } from "../../src/emulator/request-router";
import { PROFILES, resolveSwitches, type ProfileName } from "../../src/emulator/profiles";
import { LIVENESS, UNKNOWN_REQUEST } from "../../src/emulator/responses";

export const COMPANY = "Tara Traders";
export interface FakeTally extends TallyLink {
  state: CompanyState;
  /** XML requests received, in order. */
  requests: string[];
  /** While set, each voucher import waits for release() before Tally "answers" (master imports pass). */
  holdImports: boolean;
  /** Lets held imports through; resolves the waiting ones. */
  release(): void;
  /** Resolves once an import is waiting at the gate. */
  importWaiting(): Promise<void>;
  /** Tokens the pane paired with, in order. */
  pairings: string[];
}

/**
 * The profiles every pane test that pushes runs on: a result that holds only on the friendly
 * profile is not a result. Factory first, as a real first run meets Tally.
 */
export const PANE_PROFILES: readonly ProfileName[] = ["factory", "configured", "legacy"];

/** Whether Tally, as the profile sets it up, keeps the workbook's numbers (Manual numbering, PROTOCOL.md 7 and 8). */
export const keepsWorkbookNumbers = (profile: ProfileName): boolean => PROFILES[profile].manualNumbering;

/** The code the fake bridge's "window" shows; any other code is refused. */
export const FAKE_PAIRING_CODE = "K7QM-3XPA";

/** A Tally that answers through the emulator's router, in-process, set up as one of its profiles. */
export function fakeTally(company = COMPANY, profile: ProfileName = "configured"): FakeTally {
  const switches = resolveSwitches({ profile });
  const state = new CompanyState({
    name: company,
    booksFrom: { y: 2026, m: 4, d: 1 },
    manualNumbering: switches.manualNumbering,
    preventDuplicates: switches.preventDuplicates,
  });
  const faults = new Faults();
  const behaviour: Behaviour = {
    ...switches,
    responseShape: "auto",
    prefixVersionTrap: false,
    tallyIdAlter: "duplicate",
    unknownReport: "lineerror",
  };
  let waiters: (() => void)[] = [];
  let arrivals: (() => void)[] = [];
  const fake: FakeTally = {
    state,
    requests: [],
    pairings: [],
    holdImports: false,
    release() {
      fake.holdImports = false;
      const open = waiters;
      waiters = [];
      open.forEach((go) => go());
    },
    importWaiting: () => new Promise((resolve) => arrivals.push(resolve)),
    async post(xml) {
      fake.requests.push(xml);
      const plan = planRequest(xml, state, faults, behaviour);
      if (plan.kind === "unknown") return UNKNOWN_REQUEST;
      if (plan.kind === "import" && fake.holdImports && /<(REPORTNAME|ID)>Vouchers</.test(xml)) {
        const arrived = arrivals;
        arrivals = [];
        arrived.forEach((a) => a());
        await new Promise<void>((resolve) => waiters.push(resolve));
      }
      const answer = plan.run();
      return typeof answer === "string" ? answer : answer.text;
    },
    async ping() {
      return { running: LIVENESS.includes("Running"), product: "TallyPrime" };
    },
    async pair(code, token) {
      if (code !== FAKE_PAIRING_CODE) throw new HandoffError("bridge-refused", "That is not the pairing code the bridge shows.");
      fake.pairings.push(token);
    },
  };
  return fake;
}
