import { base64Url, isPairingToken, newPairingToken } from "./pairing-token";

// The task pane and the bridge both import these, so they never disagree on length or alphabet.
describe("pairing tokens, for the task pane and the bridge alike", () => {
  it("makes base64url tokens of at least 128 bits, different every time", () => {
    const tokens = Array.from({ length: 50 }, () => newPairingToken());
    for (const token of tokens) {
      expect(token).toMatch(/^[A-Za-z0-9_-]+$/);
      expect(Buffer.from(token, "base64url").length * 8).toBeGreaterThanOrEqual(128);
      expect(isPairingToken(token)).toBe(true);
    }
    expect(new Set(tokens).size).toBe(tokens.length);
  });

  it("makes 256-bit tokens: 32 bytes, 43 characters", () => {
    const a = newPairingToken();
    expect(a).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(a).not.toBe(newPairingToken());
  });

  it("encodes the random bytes as base64url without padding", () => {
    const bytes = new Uint8Array(32).fill(0xff);
    expect(newPairingToken((b) => (b.set(bytes), b))).toBe("_".repeat(42) + "8");
    expect(base64Url(new Uint8Array([0xfb, 0xff]))).toBe("-_8");
  });

  it("rejects short tokens and tokens with other characters", () => {
    expect(isPairingToken("abc")).toBe(false);
    expect(isPairingToken("a".repeat(21))).toBe(false);
    expect(isPairingToken(`${"a".repeat(30)}=`)).toBe(false);
    expect(isPairingToken(`${"a".repeat(30)} b`)).toBe(false);
  });
});
