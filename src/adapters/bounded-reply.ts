/**
 * Reads a reply's body up to a limit, so a Tally (or anything listening on its port) that answers
 * without end cannot exhaust our memory: today's 1.5 GB reply killed the command line inside V8.
 * Reading stops at the limit, the connection is dropped, and the caller gets a plain error.
 *
 * Only fetch streams are used, never node:* or Buffer: the task pane bundles this file.
 */
import { handoffError } from "../core/handoff-error";

/** The most any reply may hold when the caller names no limit: far above any read Tally can afford (PROTOCOL.md 11.5). */
export const DEFAULT_REPLY_LIMIT_BYTES = 256 * 1024 * 1024;

/** How the pane tells the bridge the limit of one request's reply (the bridge applies it upstream, at most the default). */
export const REPLY_LIMIT_HEADER = "X-Tally-Reply-Limit";

/** The limit a bridge request names, within the default; the default when it names none or nonsense. */
export function requestedLimit(header: string | string[] | undefined): number {
  const value = Number(Array.isArray(header) ? header[0] : header);
  return Number.isSafeInteger(value) && value > 0 ? Math.min(value, DEFAULT_REPLY_LIMIT_BYTES) : DEFAULT_REPLY_LIMIT_BYTES;
}

const tooLarge = (limit: number) => handoffError("tally.reply-too-large", { megabytes: Math.round(limit / (1024 * 1024)) || 1 });

/** The body's bytes; rejects with "tally.reply-too-large" as soon as more than `limit` bytes arrive. */
export async function boundedBytes(response: Response, limit = DEFAULT_REPLY_LIMIT_BYTES): Promise<Uint8Array> {
  const declared = Number(response.headers.get("content-length") ?? NaN);
  if (Number.isFinite(declared) && declared > limit) {
    await response.body?.cancel().catch(() => undefined);
    throw tooLarge(limit);
  }
  if (!response.body) return new Uint8Array(await response.arrayBuffer());
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge(limit);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    bytes.set(c, at);
    at += c.byteLength;
  }
  return bytes;
}
