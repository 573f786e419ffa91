/**
 * Where the bridge keeps its settings: one small JSON file per user, outside the workbook, so a
 * shared workbook never carries the pairing token (docs/bridge.md).
 */
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { handoffError } from "../../core/handoff-error";

export const DEFAULT_BRIDGE_PORT = 9400;
/** The task pane's origin in development (webpack-dev-server, manifest.xml). */
export const DEFAULT_ALLOWED_ORIGINS = ["https://localhost:3000"];
export const DEFAULT_MAX_BODY_BYTES = 20 * 1024 * 1024;

/** What the bridge remembers between runs. */
export interface BridgeConfig {
  token?: string;
  /** ISO time of the last `--pair`, for the person reading the file. */
  pairedAt?: string;
}

/** The per-user folder: $TALLY_HANDOFF_HOME, else ~/.tally-handoff. */
export function handoffHome(env: NodeJS.ProcessEnv = process.env): string {
  return env.TALLY_HANDOFF_HOME || path.join(os.homedir(), ".tally-handoff");
}

export function bridgeConfigPath(env: NodeJS.ProcessEnv = process.env): string {
  return path.join(handoffHome(env), "bridge.json");
}

/** The stored config; empty when the bridge was never paired. */
export async function readBridgeConfig(env: NodeJS.ProcessEnv = process.env): Promise<BridgeConfig> {
  const file = bridgeConfigPath(env);
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return {};
    throw error;
  }
  try {
    return JSON.parse(text) as BridgeConfig;
  } catch {
    throw handoffError("bridge.config-not-json", { file });
  }
}

/** Writes the config readable by this user only (0600 in a 0700 folder); returns the file's path. */
export async function writeBridgeConfig(config: BridgeConfig, env: NodeJS.ProcessEnv = process.env): Promise<string> {
  const file = bridgeConfigPath(env);
  await mkdir(path.dirname(file), { recursive: true, mode: 0o700 });
  // Write then rename, so a crash never leaves half a token behind.
  const temporary = `${file}.${process.pid}.tmp`;
  await writeFile(temporary, `${JSON.stringify(config, null, 2)}\n`, { mode: 0o600 });
  await rename(temporary, file);
  return file;
}
