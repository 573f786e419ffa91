import { createHash } from "node:crypto";
import { contentHash, remoteIdOf, stableJson } from "./identity";

const sha256Hex = (text: string) => createHash("sha256").update(text, "utf8").digest("hex");

describe("voucher identity", () => {
  it("makes the Remote ID from the SHA-256 of company, kind, financial year and number, shaped like a GUID", () => {
    const h = sha256Hex(["demo trading co", "Sales", "2026-27", "INV-1"].join("\u001f"));
    expect(remoteIdOf("Demo Trading Co", "Sales", 2026, "INV-1")).toBe(
      `th-${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`,
    );
  });

  it("compares company names case- and space-insensitively and trims the number", () => {
    expect(remoteIdOf("  demo   TRADING co ", "Sales", 2026, " INV-1 ")).toBe(remoteIdOf("Demo Trading Co", "Sales", 2026, "INV-1"));
    expect(remoteIdOf("Demo Trading Co", "Sales", 2027, "INV-1")).not.toBe(remoteIdOf("Demo Trading Co", "Sales", 2026, "INV-1"));
  });

  it("gives every text its own hash however many came before, long and non-ASCII ones too", () => {
    const texts = ["a", "₹".repeat(40), "x".repeat(200), "", "शर्मा ट्रेडर्स".repeat(9)];
    for (const round of [1, 2]) {
      for (const text of texts) {
        expect({ round, text, hash: contentHash(text) }).toEqual({ round, text, hash: sha256Hex(stableJson(text)).slice(0, 16) });
      }
    }
  });
});
