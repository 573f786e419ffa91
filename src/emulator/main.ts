/**
 * The emulator as a program, with one entry: runEmulatorCli, reached as `tally-handoff emulator`
 * (src/cli/commands/emulator.ts; `npm run emulator` runs that). It serves until stopped (Ctrl+C)
 * and says plainly that it is an emulator, not Tally. The CLI hands in its streams and Ctrl+C; the
 * emulator imports nothing from the CLI, so it stays apart from product code (docs/decisions/0002).
 */
import { displayDate } from "../core/dates";
import { parseEmulatorArgs, USAGE as OPTIONS_USAGE } from "./cli-options";
import { startEmulator, type EmulatorOptions, type RunningEmulator } from "./server";

/** Where the emulator talks and how it is stopped. */
export interface EmulatorCliIo {
  out(text: string): void;
  err(text: string): void;
  /** Resolves when the emulator should stop. */
  stopped: Promise<void>;
}

export const EMULATOR_USAGE = `${OPTIONS_USAGE.replace(/^Usage: .*$/m, "Usage: tally-handoff emulator [options]")}
  --help                show this text

An emulator for tests and demos, NOT TallyPrime: nothing sent to it reaches real books.
Exit codes: 0 stopped cleanly with Ctrl+C, 2 could not start.`;

/** The running emulator, or undefined (said on err) when its port is taken. */
async function start(options: EmulatorOptions, io: EmulatorCliIo): Promise<RunningEmulator | undefined> {
  try {
    return await startEmulator(options);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== "EADDRINUSE") throw e;
    io.err(`Port ${options.port} is in use (is TallyPrime or another emulator running?); choose another with --port.\n\n${EMULATOR_USAGE}`);
    return undefined;
  }
}

/** Runs the emulator command line (without node and the script); resolves with the exit code once it has stopped. */
export async function runEmulatorCli(argv: string[], io: EmulatorCliIo): Promise<0 | 2> {
  let options: ReturnType<typeof parseEmulatorArgs>;
  try {
    options = parseEmulatorArgs(argv);
  } catch (e) {
    io.err(`${(e as Error).message}\n\n${EMULATOR_USAGE}`);
    return 2;
  }
  if (options.help) {
    io.out(EMULATOR_USAGE);
    return 0;
  }
  const emulator = await start(options, io);
  if (!emulator) return 2;
  const { state } = emulator;
  io.out(
    `TallyPrime emulator listening on ${emulator.url} (profile ${options.profile}, company "${state.name}", books from ${displayDate(state.booksFrom)}).`,
  );
  io.out("This is an emulator for tests and demos, NOT TallyPrime. Nothing sent here reaches real books.");
  if (options.control) io.out(`Test control endpoint: ${emulator.url}/__emulator/faults and /__emulator/state`);
  io.out("Press Ctrl+C to stop.");
  await io.stopped;
  await emulator.close();
  io.out(emulator.time.summary());
  io.out("Emulator stopped.");
  return 0;
}
