/**
 * `tally-handoff <command>`: one file per command in commands/, one handleError, and an exit
 * code as the result (0 ran without errors, 1 ran and found errors, 2 could not run). Only
 * bin/tally-handoff.js turns it into process.exitCode.
 */
import { parseArgs } from "node:util";
import type { CliIo, Command, ExitCode } from "./cli-io";
import { bridgeCommand } from "./commands/bridge";
import { emulatorCommand } from "./commands/emulator";
import { exportCommand } from "./commands/export";
import { pushCommand } from "./commands/push";
import { reconcileCommand } from "./commands/reconcile";
import { validateCommand } from "./commands/validate";
import { handleError, UsageError } from "./handle-error";

export const COMMANDS: readonly Command[] = [validateCommand, exportCommand, pushCommand, reconcileCommand, emulatorCommand, bridgeCommand];

export function overview(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return [
    "Usage: tally-handoff <command> [options]",
    "",
    "Checks an Excel workbook of a business's sales, purchases, receipts and more, and hands its",
    "vouchers to TallyPrime (docs/workbook.md describes the workbook).",
    "",
    "Commands:",
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    "",
    "'tally-handoff <command> --help' explains a command.",
    "Exit codes: 0 ran without errors, 1 ran and found errors, 2 could not run.",
  ].join("\n");
}

/** Whether --json was asked for, also when the rest of the command line is wrong (a script still gets JSON). */
function asksForJson(argv: readonly string[]): boolean {
  const { values } = parseArgs({ args: [...argv], options: { json: { type: "boolean" } }, strict: false, allowPositionals: true });
  return values.json === true;
}

/** Runs one command line (without node and the script name); resolves with its exit code. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<ExitCode> {
  const [name, ...rest] = argv;
  if (name === undefined) {
    io.err(overview());
    return 2;
  }
  if (name === "--help" || name === "-h" || name === "help") {
    const topic = name === "help" ? COMMANDS.find((c) => c.name === rest[0]) : undefined;
    io.out(topic ? topic.usage : overview());
    return 0;
  }
  const command = COMMANDS.find((c) => c.name === name);
  try {
    if (!command) throw new UsageError(`Unknown command "${name}".`, overview());
    return await command.run(rest, io);
  } catch (error) {
    return handleError(io, error, asksForJson(rest));
  }
}

// `npm run cli -- <command>` runs this file with tsx: hand over to the bin entry, which sets the exit code.
if (typeof require !== "undefined" && require.main === module) {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- the bin entry is CommonJS and runs on load
  require("../../bin/tally-handoff.js");
}
