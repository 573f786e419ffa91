/**
 * Deterministic identities (docs/workbook.md "Identity"): the same voucher in the same books
 * always gets the same Remote ID, whoever pushes it and however often, so Tally alters in place
 * instead of creating a duplicate (PROTOCOL.md section 7).
 */
import { sha256 } from "@noble/hashes/sha256";
import { bytesToHex, utf8ToBytes } from "@noble/hashes/utils";
import { fyLabel } from "./dates";
import type { VoucherKindName } from "./records/types";

/** The first `length` hex digits of the SHA-256 of the text's UTF-8. */
export function hex(text: string, length: number): string {
  return bytesToHex(sha256(utf8ToBytes(text))).slice(0, length);
}

/**
 * Remote ID from (company, voucher kind, financial year, voucher number). Company names are
 * compared the way Tally compares them: case- and space-insensitively.
 */
export function remoteIdOf(company: string, kind: VoucherKindName, fyStartYear: number, number: string): string {
  const key = [company.trim().replace(/\s+/g, " ").toLowerCase(), kind, fyLabel(fyStartYear), number.trim()].join("\u001f");
  const h = hex(key, 32);
  // Shaped like Tally's GUIDs so it sits naturally in REMOTEID.
  return `th-${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
}

/** Content hash of any JSON-able value with sorted keys: tells whether a voucher changed since the PostingLog says it was posted. */
export function contentHash(value: unknown): string {
  return hex(stableJson(value), 16);
}

export function stableJson(value: unknown): string {
  if (value === null || typeof value !== "object") return JSON.stringify(value) ?? "null";
  if (Array.isArray(value)) return `[${value.map(stableJson).join(",")}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(",")}}`;
}
