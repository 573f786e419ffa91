/**
 * What the bridge's window says: the usage, and the welcome a bookkeeper reads after a
 * double-click (where it listens, the pairing code, what to do next).
 */
import { stat } from "node:fs/promises";
import { DEFAULT_TALLY_URL } from "../tally-http";
import { DEFAULT_ALLOWED_ORIGINS, DEFAULT_BRIDGE_PORT } from "./config";

export const USAGE = `Usage: tally-handoff bridge [options]   (the downloaded program: tally-handoff-bridge [options])

With no options the bridge starts, shows a pairing code and waits for the Excel task pane.

  --pair TOKEN         store a pairing token given on the command line (replaces the old one)
  --port N             port to listen on (default ${DEFAULT_BRIDGE_PORT})
  --tally URL          Tally's address (default ${DEFAULT_TALLY_URL})
  --origin URL         a task pane origin to accept; repeat for several (default ${DEFAULT_ALLOWED_ORIGINS.join(", ")})
  --timeout-ms N       how long Tally may take over one request (default 120000)
  --http-only          serve plain HTTP, without a certificate
  --serve-pane DIR     serve the built task pane from DIR (default: a "pane" folder beside the bridge)
  --install-startup    start the bridge (with these options) when you sign in to Windows
  --uninstall-startup  stop starting it with Windows
  --help               show this text`;

/** `dir` when it is a folder, else undefined. */
export async function existingFolder(dir: string | undefined): Promise<string | undefined> {
  if (!dir) return undefined;
  const info = await stat(dir).catch(() => undefined);
  return info?.isDirectory() ? dir : undefined;
}

export interface WelcomeFacts {
  url: string;
  tallyUrl: string;
  origins: string[];
  paired: boolean;
  code: string;
  paneDir?: string;
}

export function welcome(f: WelcomeFacts): string[] {
  return [
    `Tally Handoff bridge listening at ${f.url}, passing requests to Tally at ${f.tallyUrl}.`,
    `It accepts only these task pane origins: ${f.origins.join(", ")} (and the command line with the token).`,
    ...(f.paneDir ? [`It also serves the task pane from ${f.paneDir} at ${f.url}.`] : []),
    "",
    f.paired ? "Already paired. To pair a task pane again, use this code:" : "Not paired yet. To pair, use this code:",
    "",
    `    Pairing code: ${f.code}`,
    "",
    "In Excel open Tally Handoff > Settings > Connection to Tally, choose Pair and type the code.",
    "Keep this window open while you send to Tally (you may minimise it). Press Ctrl+C or close it to stop.",
  ];
}
