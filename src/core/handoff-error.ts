/**
 * Operational failures (Tally down, time-outs, the bridge refusing) are one error type with a
 * code and a suggestion in plain words. Bookkeeping problems are Findings, never errors.
 * The words come from messages/ (tally-errors.ts, bridge-errors.ts, workbook-errors.ts).
 */
import { HANDOFF_ERRORS, type ErrorDef, type ErrorParamsOf, type HandoffErrorCode, type HandoffReason } from "./messages";

export type { HandoffErrorCode, HandoffReason, RefusalReason } from "./messages";

export class HandoffError extends Error {
  readonly code: HandoffErrorCode;
  readonly suggestion: string;
  /** True when the request may have reached Tally: the engine must read back before any resend. */
  readonly outcomeUnknown: boolean;

  constructor(code: HandoffErrorCode, message: string, suggestion = "", outcomeUnknown = false) {
    super(message);
    this.name = "HandoffError";
    this.code = code;
    this.suggestion = suggestion;
    this.outcomeUnknown = outcomeUnknown;
  }

  toJSON() {
    return { code: this.code, message: this.message, suggestion: this.suggestion, outcomeUnknown: this.outcomeUnknown };
  }
}

/** Only the site knows whether a request had already left (a cancel before sending is harmless). */
type Known = { outcomeUnknown?: boolean };
export type ErrorArgs<R extends HandoffReason> = [keyof ErrorParamsOf<R>] extends [never]
  ? [params?: ErrorParamsOf<R>, known?: Known]
  : [params: ErrorParamsOf<R>, known?: Known];

/** The HandoffError for a reason, its words from messages/. */
export function handoffError<R extends HandoffReason>(reason: R, ...[params, known]: ErrorArgs<R>): HandoffError {
  const entry = HANDOFF_ERRORS[reason] as ErrorDef<ErrorParamsOf<R>>;
  const p = (params ?? {}) as ErrorParamsOf<R>;
  const code = typeof entry.code === "function" ? entry.code(p) : entry.code;
  return new HandoffError(code, entry.message(p), entry.suggestion(p), known?.outcomeUnknown ?? entry.outcomeUnknown);
}

export function isHandoffError(e: unknown): e is HandoffError {
  return e instanceof HandoffError;
}
