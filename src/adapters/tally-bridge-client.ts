/**
 * The task pane's wire to Tally: through the local bridge, since a page cannot reach Tally's HTTP
 * server itself (PROTOCOL.md 6.6). Same shape and deadline as the direct transport (tally-http.ts).
 *
 * Only fetch and AbortController are used here, never node:* or Buffer: the task pane bundles this file.
 */
import { HandoffError, handoffError, type HandoffErrorCode } from "../core/handoff-error";
import { DEFAULT_TALLY_TIMEOUT_MS, PING_TIMEOUT_MS, failedBeforeSending, withDeadline, type AbortReason, type Fetch } from "./tally-http";
import type { TallyLink, TallyLiveness } from "../engine/ports";
import { boundedBytes, REPLY_LIMIT_HEADER } from "./bounded-reply";

/** The JSON body of a bridge error reply (bridge/server.ts). */
interface BridgeErrorBody {
  code?: string;
  message?: string;
  suggestion?: string;
  outcomeUnknown?: boolean;
}

const TALLY_CODES = new Set(["tally-unreachable", "tally-timeout", "tally-connection-dropped", "tally-reply-too-large"]);

/** A HandoffError for a bridge reply that is not 200. */
function bridgeRefusal(status: number, body: BridgeErrorBody): HandoffError {
  const { message, suggestion } = body;
  if (status === 401) return handoffError("bridge.unpaired-reply", { status, message });
  if (status === 400 || status === 403 || status === 404 || status === 405 || status === 413) {
    return handoffError("bridge.reply", { code: "bridge-refused", status, message, suggestion });
  }
  if ((status === 502 || status === 504) && body.code && TALLY_CODES.has(body.code)) {
    const code = body.code as HandoffErrorCode;
    return handoffError("bridge.reply", { code, status, message, suggestion }, { outcomeUnknown: body.outcomeUnknown ?? true });
  }
  // Anything else is a bridge fault after the request may have gone on to Tally.
  return handoffError(
    "bridge.reply",
    { code: "internal", status, message, suggestion },
    { outcomeUnknown: body.outcomeUnknown ?? status >= 500 },
  );
}

async function readErrorBody(response: Response): Promise<BridgeErrorBody> {
  try {
    return (await response.json()) as BridgeErrorBody;
  } catch {
    return {};
  }
}

/** A HandoffError for a bridge request that got no HTTP answer at all. */
function bridgeFailure(url: string, timeoutMs: number, reason: AbortReason, error: unknown): never {
  if (reason === "cancelled") throw handoffError("send.cancelled");
  if (reason === "timeout") {
    throw handoffError("bridge.no-answer-in-time", { seconds: Math.round(timeoutMs / 1000) });
  }
  // A browser says only "Failed to fetch": it may have broken after the bridge passed the request on.
  // A browser hides a CORS refusal behind the same failure, so the suggestion names this page's origin.
  const origin = globalThis.location?.origin;
  throw handoffError("bridge.unreachable", { url, origin }, { outcomeUnknown: !failedBeforeSending(error) });
}

/**
 * A transport through the local bridge (the task pane): POST `${url}/tally` with the XML as UTF-8
 * and the pairing token; the bridge re-encodes for Tally and serialises requests (PROTOCOL.md 6.6).
 * `ping` also checks the pairing when the bridge reports it; it rejects when the bridge is away.
 * `timeoutMs` should exceed the bridge's own, so the bridge's clearer time-out reply arrives first.
 */
export function bridgeTransport(options: { url: string; token: string; timeoutMs?: number; fetchImpl?: Fetch }): TallyLink {
  const url = options.url.replace(/\/+$/, "");
  const defaultTimeout = options.timeoutMs ?? DEFAULT_TALLY_TIMEOUT_MS + 10_000;
  const doFetch: Fetch = options.fetchImpl ?? ((input, init) => globalThis.fetch(input, init));
  const auth = { Authorization: `Bearer ${options.token}` };

  /** One bridge call; `read` runs under the same deadline, so a stalled body also times out. */
  function call<T>(path: string, init: RequestInit, timeoutMs: number, read: (r: Response) => Promise<T>, signal?: AbortSignal) {
    return withDeadline(
      timeoutMs,
      signal,
      async (s) => {
        const response = await doFetch(`${url}${path}`, { ...init, signal: s });
        if (!response.ok) throw bridgeRefusal(response.status, await readErrorBody(response));
        return read(response);
      },
      (reason, error) => {
        if (error instanceof HandoffError) throw error;
        return bridgeFailure(url, timeoutMs, reason, error);
      },
    );
  }

  return {
    post(xml, opts = {}) {
      const limit: Record<string, string> = opts.maxReplyBytes === undefined ? {} : { [REPLY_LIMIT_HEADER]: String(opts.maxReplyBytes) };
      const init = { method: "POST", headers: { ...auth, ...limit, "Content-Type": "text/xml; charset=utf-8" }, body: xml };
      const text = async (r: Response) => new TextDecoder().decode(await boundedBytes(r, opts.maxReplyBytes));
      return call("/tally", init, opts.timeoutMs ?? defaultTimeout, text, opts.signal);
    },
    async ping() {
      const health = await call("/health", { headers: auth }, PING_TIMEOUT_MS + 2_000, (r) => r.json());
      const { paired, tally } = health as { paired?: boolean; tally?: TallyLiveness };
      if (paired === false) throw bridgeRefusal(401, { message: "The bridge is paired with another token." });
      return tally ?? { running: false };
    },
  };
}

/**
 * Pairs through POST /pair: `code` is what the bridge's window shows, `token` the one this pane
 * made (src/adapters/pairing-token.ts) and keeps. Rejects with a HandoffError in words.
 */
export async function pairBridgeByCode(options: { url: string; code: string; token: string; fetchImpl?: Fetch }): Promise<void> {
  const url = options.url.replace(/\/+$/, "");
  const doFetch: Fetch = options.fetchImpl ?? ((input, init) => globalThis.fetch(input, init));
  await withDeadline(
    PING_TIMEOUT_MS + 2_000,
    undefined,
    async (signal) => {
      const body = JSON.stringify({ code: options.code, token: options.token });
      const response = await doFetch(`${url}/pair`, { method: "POST", headers: { "Content-Type": "application/json" }, body, signal });
      if (!response.ok) throw bridgeRefusal(response.status === 401 ? 403 : response.status, await readErrorBody(response));
    },
    (reason, error) => {
      if (error instanceof HandoffError) throw error;
      return bridgeFailure(url, PING_TIMEOUT_MS + 2_000, reason, error);
    },
  );
}
