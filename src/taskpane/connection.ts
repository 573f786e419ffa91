/**
 * How this person reaches Tally: the local bridge's address and the pairing token. Kept in the
 * browser's localStorage, never in the workbook, because the consultant's Tally is not the owner's
 * (workbook.md "The hidden sheet": per-person settings stay on the person's machine).
 */
import { isPairingToken } from "../adapters/pairing-token";

/** The bridge's HTTPS address when it runs with the development certificate (docs/bridge.md "HTTPS"). */
export const DEFAULT_BRIDGE_URL = "https://localhost:9400";

/** The localStorage key; versioned so a later shape can be read side by side. */
export const CONNECTION_STORAGE_KEY = "tally-handoff.connection.v1";

export interface BridgeConnection {
  /** Bridge address, e.g. https://localhost:9400. */
  url: string;
  /** Pairing token, "" until the person pairs. */
  token: string;
}

/** The subset of Storage used here, so tests can hand in a plain object. */
export type ConnectionStorage = Pick<Storage, "getItem" | "setItem">;

function defaultStorage(): ConnectionStorage | undefined {
  try {
    return globalThis.localStorage ?? undefined;
  } catch {
    // Some hosts throw on localStorage access when storage is blocked.
    return undefined;
  }
}

/** The saved connection, or the default address with no token. Never throws. */
export function loadConnection(storage: ConnectionStorage | undefined = defaultStorage()): BridgeConnection {
  const fallback: BridgeConnection = { url: DEFAULT_BRIDGE_URL, token: "" };
  try {
    const raw = storage?.getItem(CONNECTION_STORAGE_KEY);
    if (!raw) return fallback;
    const parsed = JSON.parse(raw) as Partial<BridgeConnection>;
    const url = typeof parsed.url === "string" && parsed.url.trim() !== "" ? parsed.url.trim() : DEFAULT_BRIDGE_URL;
    const token = typeof parsed.token === "string" && isPairingToken(parsed.token) ? parsed.token : "";
    return { url, token };
  } catch {
    return fallback;
  }
}

/** Stores the connection; returns false when the browser refuses (storage full or blocked). */
export function saveConnection(connection: BridgeConnection, storage: ConnectionStorage | undefined = defaultStorage()): boolean {
  if (!storage) return false;
  try {
    storage.setItem(CONNECTION_STORAGE_KEY, JSON.stringify({ url: connection.url.trim(), token: connection.token }));
    return true;
  } catch {
    return false;
  }
}

/** What the pane calls the bridge: the program a bookkeeper downloads and double-clicks. */
export const BRIDGE_PROGRAM = "the Tally Handoff bridge (tally-handoff-bridge.exe)";
