/**
 * Finds the Chromium-family browser this machine has, for playwright-core's executablePath (nothing
 * ever downloads one). CHROME_PATH wins when set; otherwise the usual names on PATH and in /usr/bin.
 */
import { existsSync } from "node:fs";
import path from "node:path";

/** The command that installs one on Debian (what .ci/run does). */
export const INSTALL_COMMAND = "apt-get install -y chromium";
export const BROWSER_NAMES = [
  "chromium",
  "chromium-browser",
  "google-chrome",
  "google-chrome-stable",
  "microsoft-edge",
  "microsoft-edge-stable",
];
const ALWAYS_SEARCHED = ["/usr/bin", "/usr/local/bin", "/snap/bin"];

export type BrowserSearch =
  | { found: true; executablePath: string }
  /** `misconfigured`: CHROME_PATH names a file that is not there, which fails on every machine. */
  | { found: false; misconfigured: boolean; message: string };

export function findBrowser(env: NodeJS.ProcessEnv = process.env, exists: (file: string) => boolean = existsSync): BrowserSearch {
  const chosen = env.CHROME_PATH?.trim();
  if (chosen) {
    if (exists(chosen)) return { found: true, executablePath: chosen };
    return {
      found: false,
      misconfigured: true,
      message: `CHROME_PATH is set to ${chosen}, but there is no file there. Fix or unset CHROME_PATH.`,
    };
  }
  const dirs = [...(env.PATH ?? "").split(path.delimiter).filter(Boolean), ...ALWAYS_SEARCHED];
  for (const name of BROWSER_NAMES) {
    for (const dir of dirs) {
      const file = path.join(dir, name);
      if (exists(file)) return { found: true, executablePath: file };
    }
  }
  return {
    found: false,
    misconfigured: false,
    message:
      `No Chromium-family browser found (looked for ${BROWSER_NAMES.join(", ")} on PATH and in ${ALWAYS_SEARCHED.join(", ")}). ` +
      `Install one with: ${INSTALL_COMMAND} (as root, after apt-get update), or set CHROME_PATH to a Chrome, Chromium or Edge executable.`,
  };
}
