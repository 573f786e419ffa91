/**
 * Pairing without a terminal: the bridge shows a short code in its own window, the person types it
 * into the task pane, and the pane sends it with a token it made (POST /pair). Only someone who
 * can see this computer's screen learns the code; a web page that finds the port cannot, and five
 * wrong guesses replace the code, so guessing 8 of 31 symbols (~40 bits) is hopeless.
 */
import { createHash, timingSafeEqual } from "node:crypto";
import { isPairingToken } from "../pairing-token";

// No 0/O, 1/I/L or U: easy to read off a screen and type without mistakes.
const ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ";
const CODE_LENGTH = 8;
export const WRONG_CODES_ALLOWED = 5;

/** A fresh code like "K7QM-3XPA", unbiased (rejection sampling) from the CSPRNG. */
export function newPairingCode(random: (bytes: Uint8Array) => Uint8Array = (b) => globalThis.crypto.getRandomValues(b)): string {
  let code = "";
  while (code.length < CODE_LENGTH) {
    for (const byte of random(new Uint8Array(16))) {
      if (byte < 240 && code.length < CODE_LENGTH) code += ALPHABET[byte % ALPHABET.length];
    }
  }
  return `${code.slice(0, 4)}-${code.slice(4)}`;
}

/** What the person typed, without spaces, dashes or letter case. */
function normalised(code: string): string {
  return code.toUpperCase().replace(/[\s-]/g, "");
}

function sameCode(typed: string, code: string): boolean {
  const digest = (text: string) => createHash("sha256").update(normalised(text)).digest();
  return timingSafeEqual(digest(typed), digest(code));
}

export type PairAttempt = "paired" | "wrong-code" | "bad-token" | "codes-off";

/** The bridge's current token and the code that lets a pane replace it. */
export class PairingState {
  code: string;
  private wrong = 0;

  /**
   * `announce` shows a new code in the bridge's window (after a use or too many wrong tries).
   * Without it no code pairs: a code no one can see is a code no one typed.
   */
  constructor(
    public token: string | undefined,
    private readonly announce?: (code: string) => void,
    private readonly makeCode: () => string = newPairingCode,
  ) {
    this.code = makeCode();
  }

  private renew(): void {
    this.code = this.makeCode();
    this.wrong = 0;
    this.announce?.(this.code);
  }

  /** Accepts `token` when `code` is the one on screen; each code works once. */
  attempt(code: string, token: string): PairAttempt {
    if (!this.announce) return "codes-off";
    if (!isPairingToken(token)) return "bad-token";
    if (!sameCode(code, this.code)) {
      this.wrong += 1;
      if (this.wrong >= WRONG_CODES_ALLOWED) this.renew();
      return "wrong-code";
    }
    this.token = token;
    this.renew();
    return "paired";
  }
}
