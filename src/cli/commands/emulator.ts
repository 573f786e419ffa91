/**
 * `tally-handoff emulator [options]`: the TallyPrime emulator (src/emulator) for demos and tests,
 * until Ctrl+C. Its options are the emulator's own (src/emulator/cli-options.ts).
 */
import { displayDate } from "../../core/dates";
import { parseEmulatorArgs, USAGE as EMULATOR_USAGE } from "../../emulator/cli-options";
import { startEmulator, type RunningEmulator } from "../../emulator/server";
import type { Command } from "../cli-io";
import { UsageError } from "../handle-error";

const USAGE = `${EMULATOR_USAGE.replace(/^Usage: .*$/m, "Usage: tally-handoff emulator [options]")}
  --help                show this text

An emulator for tests and demos, NOT TallyPrime: nothing sent to it reaches real books.
Exit codes: 0 stopped cleanly with Ctrl+C, 2 could not start.`;

async function start(options: ReturnType<typeof parseEmulatorArgs>): Promise<RunningEmulator> {
  try {
    return await startEmulator(options);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "EADDRINUSE") throw new UsageError(`Port ${options.port} is in use (is TallyPrime or another emulator running?); choose another with --port.`, USAGE);
    throw e;
  }
}

export const emulatorCommand: Command = {
  name: "emulator",
  summary: "run the TallyPrime emulator for demos and tests",
  usage: USAGE,
  async run(argv, io) {
    let options: ReturnType<typeof parseEmulatorArgs>;
    try {
      options = parseEmulatorArgs(argv);
    } catch (e) {
      throw new UsageError((e as Error).message, USAGE);
    }
    if (options.help) {
      io.out(USAGE);
      return 0;
    }
    const interruption = io.interruption();
    try {
      const emulator = await start(options);
      const { state } = emulator;
      io.out(`TallyPrime emulator listening on ${emulator.url} (profile ${options.profile}, company "${state.name}", books from ${displayDate(state.booksFrom)}).`);
      io.out("This is an emulator for tests and demos, NOT TallyPrime. Nothing sent here reaches real books.");
      if (options.control) io.out(`Test control endpoint: ${emulator.url}/__emulator/faults and /__emulator/state`);
      io.out("Press Ctrl+C to stop.");
      await interruption.stopped;
      await emulator.close();
      io.out("Emulator stopped.");
      return 0;
    } finally {
      interruption.dispose();
    }
  },
};
