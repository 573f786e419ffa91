/**
 * CLI entry: starts the TallyPrime emulator for demos and manual tests, and says plainly that it is
 * an emulator, not Tally. Stops on Ctrl+C.
 */
import { displayDate } from "../core/dates";
import { parseEmulatorArgs, USAGE } from "./cli-options";
import { startEmulator } from "./server";

async function main(): Promise<number> {
  let options;
  try {
    options = parseEmulatorArgs(process.argv.slice(2));
  } catch (e) {
    console.error(`${(e as Error).message}\n${USAGE}`);
    return 2;
  }
  if (options.help) {
    console.log(USAGE);
    return 0;
  }
  const emulator = await startEmulator(options);
  const { state } = emulator;
  console.log(`TallyPrime emulator listening on ${emulator.url} (profile ${options.profile}, company "${state.name}", books from ${displayDate(state.booksFrom)})`);
  console.log("This is an emulator for tests and demos, NOT TallyPrime. Nothing sent here reaches real books.");
  if (options.control) console.log(`Test control endpoint: ${emulator.url}/__emulator/faults and /__emulator/state`);
  await new Promise<void>((resolve) => {
    process.once("SIGINT", resolve);
    process.once("SIGTERM", resolve);
  });
  await emulator.close();
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    console.error(e instanceof Error ? e.message : e);
    process.exitCode = 2;
  },
);
