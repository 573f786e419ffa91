/**
 * The wire to TallyPrime. Two transports of one TallyPort (src/engine/ports.ts): `directTallyTransport` (here) posts
 * straight to Tally's HTTP server (the command line, and the bridge's own upstream);
 * `bridgeTransport` (tally-bridge-client.ts) goes through the local bridge (the task pane, which
 * cannot reach Tally itself: PROTOCOL.md 6.6). This file holds the deadline both use.
 *
 * Only fetch and AbortController are used here, never node:* or Buffer: the task pane bundles this
 * file through tally-bridge-client.ts (webpack.config.js keeps src/adapters/bridge out of the pane).
 */
import { HandoffError, handoffError } from "../core/handoff-error";
import { decodeTallyBody } from "../core/tally/decode";
import { checkTallyAddress } from "./tally-address";
import { encodeUtf16le } from "../core/tally/encode";
import type { PostOptions, TallyLink, TallyLiveness } from "../engine/ports";
import { boundedBytes, DEFAULT_REPLY_LIMIT_BYTES } from "./bounded-reply";

/** The fetch a transport uses; tests hand in their own. */
export type Fetch = typeof globalThis.fetch;

export const DEFAULT_TALLY_URL = "http://127.0.0.1:9000";
export const DEFAULT_TALLY_TIMEOUT_MS = 120_000;
/** How long a ping waits for Tally before saying it is not running. */
export const PING_TIMEOUT_MS = 3_000;

/** Why a deadline-guarded call was aborted, if it was. */
export type AbortReason = "timeout" | "cancelled" | undefined;

/**
 * Runs `work` with a signal that fires at the deadline or when the caller's signal does; any
 * failure goes to `onFailure` with the reason for the abort, if there was one.
 */
export async function withDeadline<T>(
  timeoutMs: number,
  callerSignal: AbortSignal | undefined,
  work: (signal: AbortSignal) => Promise<T>,
  onFailure: (reason: AbortReason, error: unknown) => never,
): Promise<T> {
  // Cancelled before anything was sent: the one cancellation that is known to be harmless.
  if (callerSignal?.aborted) throw handoffError("send.cancelled", {}, { outcomeUnknown: false });
  const controller = new AbortController();
  let reason: AbortReason;
  const abort = (why: AbortReason) => {
    reason ??= why;
    controller.abort();
  };
  const timer = setTimeout(() => abort("timeout"), timeoutMs);
  const onCallerAbort = () => abort("cancelled");
  callerSignal?.addEventListener("abort", onCallerAbort);
  try {
    return await work(controller.signal);
  } catch (error) {
    return onFailure(reason, error);
  } finally {
    clearTimeout(timer);
    callerSignal?.removeEventListener("abort", onCallerAbort);
  }
}

// Failures while connecting: the request never left, so it is safe to send again.
const CONNECT_FAILURES = new Set(["ECONNREFUSED", "ENOTFOUND", "EHOSTUNREACH", "ENETUNREACH", "EADDRNOTAVAIL", "UND_ERR_CONNECT_TIMEOUT"]);

/** Node's fetch puts the socket error in `cause` (an AggregateError when several addresses were tried). */
function causeCode(error: unknown): string | undefined {
  const cause = (error as { cause?: { code?: string; errors?: { code?: string }[] } })?.cause;
  return cause?.code ?? cause?.errors?.[0]?.code;
}

/** True when fetch failed before any byte was sent (the connection itself failed, or fetch refused the URL). */
export function failedBeforeSending(error: unknown): boolean {
  const code = causeCode(error);
  if (code) return CONNECT_FAILURES.has(code);
  return /bad port|invalid url/i.test(String((error as { cause?: unknown })?.cause ?? ""));
}

function portOf(url: string): string {
  try {
    return new URL(url).port || "80";
  } catch {
    return "9000";
  }
}

/** A HandoffError for a direct post that did not come back. */
function directFailure(url: string, timeoutMs: number, reason: AbortReason, error: unknown): never {
  if (reason === "cancelled") {
    throw handoffError("send.cancelled");
  }
  const code = causeCode(error);
  if (reason === "timeout" || code === "UND_ERR_HEADERS_TIMEOUT" || code === "UND_ERR_BODY_TIMEOUT") {
    throw handoffError("tally.no-answer-in-time", { seconds: Math.round(timeoutMs / 1000) });
  }
  if (failedBeforeSending(error)) {
    throw handoffError("tally.nothing-answered", { url, port: portOf(url) });
  }
  throw handoffError("tally.connection-dropped", { cause: code ?? String(error) });
}

/** `<RESPONSE>TallyPrime Server is Running</RESPONSE>` (PROTOCOL.md 4.1 item 6) -> "TallyPrime". */
function productOf(text: string): string | undefined {
  return /([^<>]+?)\s+Server is Running/i.exec(text)?.[1].trim();
}

/**
 * Tally's reply as text, decoded by its bytes (PROTOCOL.md 6.2). Tally answers HTTP 200 to every
 * request it reads (4.1), so any other status comes from something else on its port.
 */
async function tallyText(response: Response, url: string, limit = DEFAULT_REPLY_LIMIT_BYTES): Promise<string> {
  if (!response.ok) {
    await response.body?.cancel().catch(() => undefined);
    throw handoffError("tally.not-tally", { url, status: response.status });
  }
  const bytes = await boundedBytes(response, limit);
  return decodeTallyBody(bytes, response.headers.get("content-type") ?? undefined);
}

/**
 * A transport that talks to Tally's HTTP server itself (Node: the command line and the bridge).
 * Body as UTF-16LE with BOM and `charset=utf-16` (PROTOCOL.md 6.2); the reply decoded by its bytes.
 * One connection per request (`Connection: close`), so a socket Tally has dropped is never reused.
 * Node's fetch gives up on its own after 300 s without headers; longer `timeoutMs` values stop there.
 */
export function directTallyTransport(
  options: { url?: string; timeoutMs?: number; pingTimeoutMs?: number; fetchImpl?: Fetch } = {},
): TallyLink {
  const url = (options.url ?? DEFAULT_TALLY_URL).replace(/\/+$/, "");
  const defaultTimeout = options.timeoutMs ?? DEFAULT_TALLY_TIMEOUT_MS;
  const doFetch: Fetch = options.fetchImpl ?? ((input, init) => globalThis.fetch(input, init));

  async function post(xml: string, opts: PostOptions = {}): Promise<string> {
    checkTallyAddress(url);
    const timeoutMs = opts.timeoutMs ?? defaultTimeout;
    return withDeadline(
      timeoutMs,
      opts.signal,
      async (signal) => {
        const response = await doFetch(`${url}/`, {
          method: "POST",
          headers: { "Content-Type": "text/xml; charset=utf-16", Connection: "close" },
          // UTF-16LE with BOM: the only encoding in which non-Latin names round-trip (PROTOCOL.md 6.2).
          // The cast only narrows ArrayBufferLike: encodeUtf16le allocates a plain ArrayBuffer.
          body: encodeUtf16le(xml, true) as Uint8Array<ArrayBuffer>,
          signal,
        });
        return tallyText(response, url, opts.maxReplyBytes);
      },
      (reason, error) => {
        if (error instanceof HandoffError) throw error;
        return directFailure(url, timeoutMs, reason, error);
      },
    );
  }

  async function ping(): Promise<TallyLiveness> {
    try {
      const text = await withDeadline(
        options.pingTimeoutMs ?? PING_TIMEOUT_MS,
        undefined,
        async (signal) => {
          const response = await doFetch(`${url}/`, { headers: { Connection: "close" }, signal });
          return tallyText(response, url, 64 * 1024);
        },
        (_reason, error) => {
          throw error;
        },
      );
      const product = productOf(text);
      return product ? { running: true, product } : { running: false };
    } catch {
      return { running: false };
    }
  }

  return { post, ping };
}
