/**
 * "Start with Windows": a small .cmd in this user's Startup folder starts the bridge minimised
 * at sign-in. A file there needs no administrator and is easy to see and delete, unlike a
 * scheduled task; --uninstall-startup removes it.
 */
import { mkdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";

export const STARTUP_FILE_NAME = "Tally Handoff bridge.cmd";

/** This user's Startup folder, from %APPDATA%; undefined when there is none (not Windows). */
export function startupFolder(env: NodeJS.ProcessEnv): string | undefined {
  if (!env.APPDATA) return undefined;
  return path.join(env.APPDATA, "Microsoft", "Windows", "Start Menu", "Programs", "Startup");
}

/** cmd.exe quoting: double quotes around, and no quote or percent sign may hide inside. */
function quoted(word: string): string {
  if (/["%\r\n]/.test(word)) throw new Error(`Cannot start "${word}" from a .cmd file: it contains a quote or a percent sign.`);
  return `"${word}"`;
}

/** The .cmd text that starts `command` (the bridge and its options) minimised. */
export function startupScript(command: string[]): string {
  return [
    "@echo off",
    "rem Starts the Tally Handoff bridge when you sign in. To stop that, run the bridge with --uninstall-startup or delete this file.",
    `start "Tally Handoff bridge" /min ${command.map(quoted).join(" ")}`,
    "",
  ].join("\r\n");
}

/** The command line that starts this same bridge again: the .exe alone, or node and the .js. */
export function thisBridgeCommand(
  execPath = process.execPath,
  script = process.argv[1],
  isExe = !/node(\.exe)?$/i.test(execPath),
): string[] {
  return isExe || !script ? [execPath] : [execPath, path.resolve(script)];
}

/** Writes the Startup file; returns its path. Throws in words when there is no Startup folder. */
export async function installStartup(env: NodeJS.ProcessEnv, command: string[]): Promise<string> {
  const folder = startupFolder(env);
  if (!folder) throw new Error("Starting with the computer is set up on Windows only (no %APPDATA% here).");
  await mkdir(folder, { recursive: true });
  const file = path.join(folder, STARTUP_FILE_NAME);
  await writeFile(file, startupScript(command));
  return file;
}

/** Removes the Startup file; returns its path, or undefined when there was none. */
export async function uninstallStartup(env: NodeJS.ProcessEnv): Promise<string | undefined> {
  const folder = startupFolder(env);
  if (!folder) return undefined;
  const file = path.join(folder, STARTUP_FILE_NAME);
  const existed = await rm(file).then(
    () => true,
    () => false,
  );
  return existed ? file : undefined;
}
