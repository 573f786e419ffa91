/**
 * The home view's reading of the workbook, pure: whether it is set up, what the check on open
 * found, how many vouchers Tally does not hold yet (the PostingLog, as the push plans it), the last
 * push, and the one next step. Findings are read by code and params, never by their sentences.
 */
import type { Finding } from "../core/findings";
import { planPush } from "../core/push/plan";
import type { PostingLogEntry } from "../core/push/posting-log";
import { pushesInLog } from "../core/reconcile/pushes";
import { countPerTable, type TableCount } from "../core/table-counts";
import type { ValidationResult } from "./hooks/useValidation";

/** The tables setup adds on the hidden sheet; without them the workbook is not set up. */
const SETUP_TABLES = ["HandoffSettings", "LedgerMap"] as const;

export type NextStep =
  | { step: "checking" }
  | { step: "set-up" }
  | { step: "pair" }
  | { step: "fix"; finding: Finding }
  | { step: "send"; vouchers: number }
  /** Everything valid is sent and the PostingLog holds a push: do Tally's books say the same? */
  | { step: "reconcile" }
  | { step: "check-again" };

export interface LastPush {
  at: string;
  posted: number;
  failed: number;
  unknown: number;
}

export interface HomeState {
  checked: boolean;
  setUp: boolean;
  /** The ops tables the workbook has, with their rows. */
  tables: TableCount[];
  errors: number;
  warnings: number;
  /** Valid vouchers the workbook makes. */
  ready: number;
  /** Of those, the ones the PostingLog does not show in Tally as they are now. */
  toSend: number;
  lastPush?: LastPush;
  next: NextStep;
  checklist: { setUp: boolean; paired: boolean; clean: boolean; sent: boolean; reconciled: boolean };
}

export interface HomeInputs {
  result?: ValidationResult;
  log: readonly PostingLogEntry[];
  paired: boolean;
  /** The last reconcile in this pane found Tally in step with the workbook. */
  reconciled?: boolean;
}

/** True when the workbook has the hidden sheet's tables and the check found none of them missing. */
export function isSetUp(result: ValidationResult): boolean {
  const tables = result.input.tables;
  const missing = result.handoff.findings.some((f) => f.code === "table.missing");
  return SETUP_TABLES.every((t) => tables[t] !== undefined) && !missing;
}

/**
 * What the PostingLog says of the pushes so far: when it was last written, and each voucher's
 * latest outcome (a voucher that failed and was then posted counts as posted).
 */
export function lastPushOf(log: readonly PostingLogEntry[]): LastPush | undefined {
  const outcomes = log.filter((e) => e.result !== "Sending");
  if (outcomes.length === 0) return undefined;
  const at = outcomes.reduce((latest, e) => (e.postedAt > latest ? e.postedAt : latest), outcomes[0].postedAt);
  const latest = new Map<string, PostingLogEntry>();
  for (const e of outcomes) latest.set(e.remoteId, e);
  const count = (r: string) => [...latest.values()].filter((e) => e.result === r).length;
  return { at, posted: count("Posted"), failed: count("Failed"), unknown: count("Unknown") };
}

/** The pane re-reads the PostingLog after every push, so the log is the one record of what was sent. */
export function homeState({ result, log, paired, reconciled = false }: HomeInputs): HomeState {
  const lastPush = lastPushOf(log);
  if (!result) {
    const checklist = { setUp: false, paired, clean: false, sent: lastPush !== undefined && lastPush.posted > 0, reconciled };
    return {
      checked: false,
      setUp: false,
      tables: [],
      errors: 0,
      warnings: 0,
      ready: 0,
      toSend: 0,
      lastPush,
      next: { step: "checking" },
      checklist,
    };
  }
  const { handoff } = result;
  const errorFindings = handoff.findings.filter((f) => f.severity === "error");
  const warnings = handoff.findings.length - errorFindings.length;
  const setUp = isSetUp(result);
  const toSend = planPush(handoff.vouchers, log).filter((p) => p.action === "send").length;
  const sentBefore = log.some((e) => e.result === "Posted");
  const clean = setUp && errorFindings.length === 0;
  const next: NextStep = !setUp
    ? { step: "set-up" }
    : !paired
      ? { step: "pair" }
      : errorFindings.length > 0
        ? { step: "fix", finding: errorFindings[0] }
        : toSend > 0
          ? { step: "send", vouchers: toSend }
          : pushesInLog(log).length > 0
            ? { step: "reconcile" }
            : { step: "check-again" };
  return {
    checked: true,
    setUp,
    tables: countPerTable(handoff).filter((t) => (handoff.books.present as readonly string[]).includes(t.table)),
    errors: errorFindings.length,
    warnings,
    ready: handoff.vouchers.length,
    toSend,
    lastPush,
    next,
    checklist: { setUp, paired, clean, sent: sentBefore || (lastPush?.posted ?? 0) > 0, reconciled },
  };
}
