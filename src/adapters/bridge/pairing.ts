/**
 * The pairing token: a secret the task pane makes and shows once, which the person hands to the
 * bridge with `npx tally-handoff bridge --pair <token>`. Every request but /health must carry
 * it, so a web page that finds the bridge on loopback still cannot use it (docs/bridge.md).
 */
import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import { HandoffError } from "../../core/handoff-error";
import { readBridgeConfig, writeBridgeConfig } from "./config";

// 22 base64url characters carry 132 bits: the least a token may have.
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{22,128}$/;

/** A fresh token: 24 random bytes (192 bits) as base64url. */
export function newPairingToken(): string {
  return randomBytes(24).toString("base64url");
}

/** True for base64url text of at least 22 characters (>= 128 bits when random). */
export function isPairingToken(text: string): boolean {
  return TOKEN_SHAPE.test(text);
}

/** Stores `token` as the bridge's token, replacing any earlier one; returns the config file's path. */
export async function pairBridge(token: string, env: NodeJS.ProcessEnv = process.env, now = new Date()): Promise<string> {
  if (!isPairingToken(token)) {
    throw new HandoffError(
      "bridge-unpaired",
      "That is not a pairing token: it should be at least 22 letters, digits, '-' or '_'.",
      "Copy the whole command from the task pane again.",
    );
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
export function tokenMatches(presented: string | undefined, token: string): boolean {
  if (presented === undefined) return false;
  const digest = (text: string) => createHash("sha256").update(text, "utf8").digest();
  return timingSafeEqual(digest(presented), digest(token));
}
