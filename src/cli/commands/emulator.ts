/**
 * `tally-handoff emulator [options]`: the TallyPrime emulator (src/emulator) for demos and tests,
 * until Ctrl+C. The program is the emulator's own (runEmulatorCli in src/emulator/main.ts); this
 * command hands it the command line's streams and Ctrl+C.
 */
import { EMULATOR_USAGE, runEmulatorCli } from "../../emulator/main";
import { untilInterrupted, type Command } from "../cli-io";

export const emulatorCommand: Command = {
  name: "emulator",
  summary: "run the TallyPrime emulator for demos and tests",
  usage: EMULATOR_USAGE,
  run: (argv, io) => untilInterrupted(io, (stopped) => runEmulatorCli(argv, { out: io.out, err: io.err, stopped })),
};
