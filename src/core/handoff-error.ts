/**
 * Operational failures (Tally down, time-outs, the bridge refusing) are one error type with a
 * code and a suggestion in plain words. Bookkeeping problems are Findings, never errors.
 */
export type HandoffErrorCode =
  | "tally-unreachable" // nothing answers at the Tally address
  | "tally-timeout" // Tally took the request but did not answer in time (it may still commit it)
  | "tally-connection-dropped" // the connection closed before an answer (it may have committed)
  | "tally-no-company" // no company is open in Tally, or another one than Settings names
  | "tally-other-company" // the open company has the name but not the identity this workbook was sent to
  | "tally-unknown-request" // Tally could not read what we sent
  | "bridge-unreachable"
  | "bridge-unpaired" // missing or wrong pairing token
  | "bridge-refused" // origin not allowed, body too large, bad request
  | "cancelled"
  | "internal";

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

export function isHandoffError(e: unknown): e is HandoffError {
  return e instanceof HandoffError;
}
