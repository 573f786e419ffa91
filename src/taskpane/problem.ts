/**
 * Any failure the pane catches, as two plain sentences: what went wrong and what to do. A
 * HandoffError already carries both; anything else is an unexpected fault of the add-in.
 */
import { handoffError, isHandoffError, type HandoffErrorCode } from "../core/handoff-error";

export interface Problem {
  message: string;
  suggestion: string;
  code?: HandoffErrorCode;
}

export function problemOf(error: unknown): Problem {
  if (isHandoffError(error)) return { message: error.message, suggestion: error.suggestion, code: error.code };
  // Only the words: an unforeseen fault has no HandoffError code for the pane to act on.
  const { message, suggestion } = handoffError("fault.in-pane", { detail: error instanceof Error ? error.message : String(error) });
  return { message, suggestion };
}
