/**
 * Everything a command touches outside itself, passed in, so tests run commands in-process with
 * their own streams and Ctrl+C. Exit codes after ESLint (style-anchors.md 6): 0 ran without
 * errors, 1 ran and found errors, 2 could not run. Only bin/ turns them into process.exitCode.
 */
export type ExitCode = 0 | 1 | 2;

/** Ctrl+C for one command: the signal fires on the first press, `stopped` resolves then. */
export interface Interruption {
  signal: AbortSignal;
  stopped: Promise<void>;
  /** Gives Ctrl+C back to the default (end the process). */
  dispose(): void;
}

export interface CliIo {
  /** One line (or block) to stdout. */
  out(text: string): void;
  /** One line (or block) to stderr. */
  err(text: string): void;
  /** Replaces the current progress line on a terminal; called only when isTTY. */
  progress(text: string): void;
  /** stdout is a terminal: progress updates one line instead of printing many. */
  isTTY: boolean;
  /** Relative file names are read from here. */
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** Wall clock for PostingLog rows (the core reads no clock). */
  now(): Date;
  /** Commands that must finish cleanly on Ctrl+C (push, emulator, bridge) ask for it. */
  interruption(): Interruption;
}

/** A command of `tally-handoff`. */
export interface Command {
  name: string;
  /** One line for the overview. */
  summary: string;
  usage: string;
  run(argv: string[], io: CliIo): Promise<ExitCode>;
}

/** Runs a program that serves until Ctrl+C (the bridge, the emulator), handing it the moment to stop. */
export async function untilInterrupted<T>(io: CliIo, serve: (stopped: Promise<void>) => Promise<T>): Promise<T> {
  const interruption = io.interruption();
  try {
    return await serve(interruption.stopped);
  } finally {
    interruption.dispose();
  }
}
