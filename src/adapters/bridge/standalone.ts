/**
 * The downloaded bridge's process (tally-handoff-bridge.exe / .js, built by `npm run
 * package:bridge`) around the bridge's one entry, runBridgeCli (main.ts), which a checkout reaches
 * as `tally-handoff bridge`. It is bundled without the CLI, so the download carries no exceljs.
 * Opened with a double-click, its window would vanish with any error in it, so on failure it
 * waits for Enter before closing.
 */
import { runBridgeCli } from "./main";

function waitForEnter(): Promise<void> {
  return new Promise((resolve) => {
    process.stdout.write("\nPress Enter to close this window.\n");
    process.stdin.once("data", () => resolve());
    process.stdin.resume();
  });
}

runBridgeCli(process.argv.slice(2)).then(
  async (code) => {
    if (code !== 0 && process.stdin.isTTY) await waitForEnter();
    process.exit(code);
  },
  async (error: unknown) => {
    console.error(error);
    if (process.stdin.isTTY) await waitForEnter();
    process.exit(2);
  },
);
