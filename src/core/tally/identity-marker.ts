/**
 * How our vouchers are recognised when Tally is read back. Licensed TallyPrime 7.1 exports its own
 * GUID in the REMOTEID attribute (PROTOCOL.md 11.1), so the Remote ID alone cannot find them; a
 * marker at the end of NARRATION, a field Tally does not own, comes back verbatim (11.1). The
 * REMOTEID still goes out: Tally keys upserts and deletes on it (11.2). docs/decisions/0006.
 */
import { hex } from "../identity";

const MARKER = /\[TH:([0-9a-f]{16})\]\s*$/;

/** The marker for a Remote ID: 16 hex digits of its hash, e.g. "[TH:1a2b3c4d5e6f7a8b]" (21 characters). */
export function identityMarker(remoteId: string): string {
  return `[TH:${hex(remoteId, 16)}]`;
}

/** The narration Tally is sent: the workbook's own text, then the marker. */
export function narrationWithMarker(narration: string | undefined, remoteId: string): string {
  const own = (narration ?? "").trimEnd();
  return own === "" ? identityMarker(remoteId) : `${own} ${identityMarker(remoteId)}`;
}

/** The marker a read-back narration ends with, or undefined for a voucher we did not send. */
export function markerIn(narration: string | undefined): string | undefined {
  const m = narration === undefined ? null : MARKER.exec(narration);
  return m ? `[TH:${m[1]}]` : undefined;
}
