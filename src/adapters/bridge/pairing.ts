/**
 * The pairing token: a secret the task pane makes and hands to the bridge with the code the
 * bridge's window shows (pairing-code.ts), or that a command line stores with `--pair <token>`.
 * Every request but /health and /pair must carry it, so a web page that finds the bridge on
 * loopback still cannot use it (docs/bridge.md).
 */
import { createHash, timingSafeEqual } from "node:crypto";
import { handoffError } from "../../core/handoff-error";
import { isPairingToken } from "../pairing-token";
import { readBridgeConfig, writeBridgeConfig } from "./config";

/** Stores `token` as the bridge's token, replacing any earlier one; returns the config file's path. */
export async function pairBridge(token: string, env: NodeJS.ProcessEnv = process.env, now = new Date()): Promise<string> {
  if (!isPairingToken(token)) {
    throw handoffError("bridge.not-a-token");
  }
  const config = await readBridgeConfig(env);
  return writeBridgeConfig({ ...config, token, pairedAt: now.toISOString() }, env);
}

/** The stored token, if the bridge was ever paired. */
export async function pairedToken(env: NodeJS.ProcessEnv = process.env): Promise<string | undefined> {
  const { token } = await readBridgeConfig(env);
  return token && isPairingToken(token) ? token : undefined;
}

/**
 * Compares a presented token with the bridge's in constant time. Both are hashed first, so
 * timingSafeEqual sees equal lengths and the length of the real token does not leak either.
 */
export function tokenMatches(presented: string | undefined, token: string | undefined): boolean {
  if (presented === undefined || token === undefined) return false;
  const digest = (text: string) => createHash("sha256").update(text, "utf8").digest();
  return timingSafeEqual(digest(presented), digest(token));
}
