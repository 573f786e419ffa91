/**
 * The one way pairing tokens are made and checked, for the task pane (a browser) and the bridge
 * (Node) alike: Web Crypto's getRandomValues exists in both (Node 20: globalThis.crypto), so the
 * two never disagree on length or alphabet (docs/bridge.md "Pairing").
 */

/** Bytes of randomness in a token: 256 bits, 43 base64url characters. */
export const PAIRING_TOKEN_BYTES = 32;

// 22 base64url characters carry 132 bits: the least a token may have.
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{22,128}$/;

/** base64url without padding, as the bridge's token rule expects. */
export function base64Url(bytes: Uint8Array): string {
  let binary = "";
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

/** A fresh pairing token from the platform's CSPRNG; `random` is for tests only. */
export function newPairingToken(random: (bytes: Uint8Array) => Uint8Array = (b) => globalThis.crypto.getRandomValues(b)): string {
  return base64Url(random(new Uint8Array(PAIRING_TOKEN_BYTES)));
}

/** True for base64url text of 22 to 128 characters (>= 128 bits when random). */
export function isPairingToken(text: string): boolean {
  return TOKEN_SHAPE.test(text);
}
