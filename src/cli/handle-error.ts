/**
 * The one place failures become words and exit code 2 (style-anchors.md 6: one handleError that
 * prints by kind). A wrong command line shows the command's usage; a workbook or Tally problem
 * shows its message and what to do; anything else is a bug and says so.
 */
import { handoffError, isHandoffError } from "../core/handoff-error";
import { isWorkbookFileError } from "../adapters/xlsx/workbook-file-error";
import type { CliIo, ExitCode } from "./cli-io";

/** The command line itself is wrong: unknown option, missing file name, bad number. */
export class UsageError extends Error {
  readonly usage: string;

  constructor(message: string, usage: string) {
    super(message);
    this.name = "UsageError";
    this.usage = usage;
  }
}

export function handleError(io: CliIo, error: unknown): ExitCode {
  if (error instanceof UsageError) {
    io.err(`${error.message}\n\n${error.usage}`);
  } else if (isWorkbookFileError(error) || isHandoffError(error)) {
    io.err(error.suggestion ? `${error.message}\n${error.suggestion}` : error.message);
  } else {
    const fault = handoffError("fault.in-command-line", { detail: error instanceof Error ? error.message : String(error) });
    io.err(fault.message);
    if (io.env.DEBUG && error instanceof Error && error.stack) io.err(error.stack);
    else io.err(fault.suggestion);
  }
  return 2;
}
