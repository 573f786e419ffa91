/**
 * Words of a fault nobody foresaw: a bug of the add-in, not of the books or of Tally. The task pane
 * and the command line say so, and what to do meanwhile.
 */
import { errorDef } from "./error-define";

export const FAULTS = {
  "fault.in-pane": errorDef<{ detail: string }>(
    "internal",
    (p) => `Something went wrong: ${p.detail}`,
    () => "Try again; if it keeps happening, close and reopen the task pane.",
  ),
  "fault.in-command-line": errorDef<{ detail: string }>(
    "internal",
    (p) => `Something went wrong inside tally-handoff: ${p.detail}`,
    () => "Run again with DEBUG=1 for details, and please report it.",
  ),
} as const;
