/**
 * Any failure the pane catches, as two plain sentences: what went wrong and what to do. A
 * HandoffError already carries both; anything else is an unexpected fault of the add-in.
 */
import { isHandoffError, type HandoffErrorCode } from "../core/handoff-error";

export interface Problem {
  message: string;
  suggestion: string;
  code?: HandoffErrorCode;
}

export function problemOf(error: unknown): Problem {
  if (isHandoffError(error)) return { message: error.message, suggestion: error.suggestion, code: error.code };
  const text = error instanceof Error ? error.message : String(error);
  return { message: `Something went wrong: ${text}`, suggestion: "Try again; if it keeps happening, close and reopen the task pane." };
}
