/**
 * How this person reaches Tally: the local bridge's address and the pairing token. Kept in the
 * browser's localStorage, never in the workbook, because the consultant's Tally is not the owner's
 * (workbook.md "The hidden sheet": per-person settings stay on the person's machine).
 */

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

const TOKEN_PATTERN = /^[A-Za-z0-9_-]{22,128}$/;

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
    const token = typeof parsed.token === "string" && TOKEN_PATTERN.test(parsed.token) ? parsed.token : "";
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

/** base64url without padding, as the bridge's token rule expects (docs/bridge.md "Pairing"). */
export function base64Url(bytes: Uint8Array): string {
  let binary = "";
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

/** A fresh pairing token: 256 random bits from the browser's CSPRNG, 43 base64url characters. */
export function newPairingToken(random: (bytes: Uint8Array) => Uint8Array = (b) => crypto.getRandomValues(b)): string {
  return base64Url(random(new Uint8Array(32)));
}

/** The command the person runs once so the bridge accepts this token. */
export function pairCommand(token: string): string {
  return `npx tally-handoff bridge --pair ${token}`;
}

/** True when the token has the shape the bridge accepts. */
export function isPairingToken(token: string): boolean {
  return TOKEN_PATTERN.test(token);
}
