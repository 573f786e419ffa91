/**
 * The one place failures become words and exit code 2 (style-anchors.md 6: one handleError that
 * prints by kind). A wrong command line shows the command's usage; a workbook or Tally problem
 * shows its message and what to do; anything else is a bug and says so. With --json the same
 * words are also one JSON document on stdout, so a script always gets JSON.
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

/** What a failure says: the code a script decides by, the sentence and what to do. */
export interface ErrorWords {
  code: string;
  message: string;
  suggestion: string;
}

export function errorWords(error: unknown): ErrorWords {
  if (error instanceof UsageError) return { code: "usage", message: error.message, suggestion: "" };
  if (isWorkbookFileError(error) || isHandoffError(error))
    return { code: error.code, message: error.message, suggestion: error.suggestion };
  const fault = handoffError("fault.in-command-line", { detail: error instanceof Error ? error.message : String(error) });
  return { code: fault.code, message: fault.message, suggestion: fault.suggestion };
}

/** The failure's words on stderr (a bug's stack too under DEBUG), and exit code 2. */
export function reportError(io: CliIo, error: unknown): void {
  const words = errorWords(error);
  if (error instanceof UsageError) {
    io.err(`${error.message}\n\n${error.usage}`);
  } else if (words.code === "internal" && !isHandoffError(error) && io.env.DEBUG && error instanceof Error && error.stack) {
    io.err(`${words.message}\n${error.stack}`);
  } else {
    io.err(words.suggestion ? `${words.message}\n${words.suggestion}` : words.message);
  }
}

export function handleError(io: CliIo, error: unknown, json = false): ExitCode {
  reportError(io, error);
  if (json) io.out(JSON.stringify({ exitCode: 2, error: errorWords(error) }, null, 2));
  return 2;
}
