/**
 * The bridge's four answers: preflights, GET /health, POST /tally (to Tally, one at a time) and
 * GET /debug-log. Every refusal is JSON shaped like HandoffError.toJSON(), which bridgeTransport
 * in ../tally-bridge-client.ts turns back into a HandoffError.
 */
import type { IncomingMessage, RequestListener, ServerResponse } from "node:http";
import { handoffError, isHandoffError, type ErrorArgs, type HandoffError, type RefusalReason } from "../../core/handoff-error";
import type { TallyLink, TallyLiveness } from "../../engine/ports";
import { BRIDGE_ROUTES, type DebugLog, loggedPath } from "./debug-log";
import { bearerToken, corsHeaders, hostIsLoopback, originVerdict } from "./guard";
import { tokenMatches } from "./pairing";
import type { PairingState } from "./pairing-code";
import { servePaneFile } from "./pane-files";
import { hangUpIfStillSending, readLimitedBody } from "./request-body";
import { REPLY_LIMIT_HEADER, requestedLimit } from "../bounded-reply";
import type { oneAtATime } from "./tally-queue";

/** What the routes need from the running bridge. */
export interface BridgeContext {
  tally: TallyLink;
  queue: ReturnType<typeof oneAtATime>;
  allowedOrigins: ReadonlySet<string>;
  /** The token every request but /health and /pair carries, and the code that replaces it. */
  pairing: PairingState;
  /** Stores a token a pane paired with (bridge.json), so the next start knows it. */
  savePairing(token: string): Promise<void>;
  /** The built task pane to serve, if any (pane-files.ts). */
  paneDir?: string;
  maxBodyBytes: number;
  log: DebugLog;
  version: string;
  /** The port the bridge listens on; a Host header must name it (set once listening). */
  port: number;
}

/** One request and what the debug log will say about it. */
interface Exchange {
  req: IncomingMessage;
  res: ServerResponse;
  cors: Record<string, string>;
  bytesIn: number;
  bytesOut: number;
  code?: string;
  /** The client hung up before it got an answer. */
  gone: boolean;
}

function send(x: Exchange, status: number, contentType: string, body: string): void {
  const bytes = Buffer.from(body, "utf8");
  x.bytesOut = bytes.length;
  x.res.writeHead(status, { ...x.cors, "Content-Type": contentType, "Cache-Control": "no-store" });
  x.res.end(bytes);
}

function sendJson(x: Exchange, status: number, body: unknown): void {
  send(x, status, "application/json; charset=utf-8", JSON.stringify(body));
}

function sendError(x: Exchange, status: number, error: HandoffError): void {
  x.code = error.code;
  sendJson(x, status, error.toJSON());
}

function refuse<R extends RefusalReason>(x: Exchange, status: number, reason: R, ...params: ErrorArgs<R>): void {
  sendError(x, status, handoffError(reason, ...params));
}

// Tally never answering is a gateway time-out; refused or dropped, a bad gateway (PROTOCOL.md 4.1 item 7).
function statusFor(code: string): number {
  if (code === "tally-timeout") return 504;
  return code.startsWith("tally-") ? 502 : 500;
}

async function forwardToTally(ctx: BridgeContext, x: Exchange): Promise<void> {
  const body = await readLimitedBody(x.req, ctx.maxBodyBytes);
  if ("tooLarge" in body) {
    x.bytesIn = body.bytesRead;
    refuse(x, 413, "bridge.request-too-large", { maxBytes: ctx.maxBodyBytes });
    hangUpIfStillSending(x.req);
    return;
  }
  x.bytesIn = body.bytes.length;
  let xml: string;
  try {
    xml = new TextDecoder("utf-8", { fatal: true }).decode(body.bytes);
  } catch {
    return refuse(x, 400, "bridge.request-not-utf8");
  }
  if (xml.trim() === "") return refuse(x, 400, "bridge.request-empty");
  try {
    // A client that left while queued is skipped: nothing of it ever reaches Tally.
    const reply = await ctx.queue.run(() =>
      x.gone
        ? Promise.reject(new Error("client left"))
        : ctx.tally.post(xml, { maxReplyBytes: requestedLimit(x.req.headers[REPLY_LIMIT_HEADER.toLowerCase()]) }),
    );
    send(x, 200, "text/xml; charset=utf-8", reply);
  } catch (error) {
    if (x.gone) {
      x.code = "cancelled";
      return;
    }
    const handoff = isHandoffError(error) ? error : handoffError("bridge.post-failed", { detail: String(error) });
    sendError(x, statusFor(handoff.code), handoff);
  }
}

/** POST /pair {code, token}: the pane's token replaces the bridge's when the code is the one on screen. */
async function pairWithCode(ctx: BridgeContext, x: Exchange): Promise<void> {
  const body = await readLimitedBody(x.req, 1024);
  if ("tooLarge" in body) return refuse(x, 413, "bridge.pairing-too-large");
  let sent: { code?: unknown; token?: unknown };
  try {
    sent = JSON.parse(new TextDecoder().decode(body.bytes)) as typeof sent;
  } catch {
    return refuse(x, 400, "bridge.pairing-not-json");
  }
  const outcome = ctx.pairing.attempt(String(sent?.code ?? ""), String(sent?.token ?? ""));
  if (outcome === "codes-off") return refuse(x, 403, "bridge.pairing-codes-off");
  if (outcome === "bad-token") return refuse(x, 400, "bridge.pairing-bad-token");
  if (outcome === "wrong-code") return refuse(x, 403, "bridge.pairing-wrong-code");
  await ctx.savePairing(ctx.pairing.token ?? "");
  sendJson(x, 200, { paired: true });
}

/** Liveness without data; while a request is with Tally, a GET would only queue behind it (6.5). */
function healthRoute(ctx: BridgeContext): (x: Exchange) => Promise<void> {
  let last: TallyLiveness = { running: false };
  return async (x) => {
    const tally = ctx.queue.busy ? { ...last, running: true, busy: true } : (last = await ctx.tally.ping());
    const presented = bearerToken(x.req);
    const paired = presented === undefined ? {} : { paired: tokenMatches(presented, ctx.pairing.token) };
    sendJson(x, 200, { bridge: "ok", version: ctx.version, tally, ...paired });
  };
}

async function route(ctx: BridgeContext, x: Exchange, health: (x: Exchange) => Promise<void>): Promise<void> {
  const { req } = x;
  if (!hostIsLoopback(req.headers.host, ctx.port)) return refuse(x, 403, "bridge.host-not-loopback");
  const verdict = originVerdict(req, ctx.allowedOrigins);
  if (verdict === "foreign") {
    return refuse(x, 403, "bridge.foreign-origin", { origin: req.headers.origin });
  }
  if (verdict === "allowed") x.cors = corsHeaders(req.headers.origin ?? "");
  if (req.method === "OPTIONS") {
    if (verdict !== "allowed") return refuse(x, 403, "bridge.foreign-preflight");
    x.res.writeHead(204, x.cors).end();
    return;
  }
  const path = (req.url ?? "").split("?")[0];
  if (path === "/health" && req.method === "GET") return health(x);
  if (path === "/pair" && req.method === "POST") return pairWithCode(ctx, x);
  if (ctx.paneDir && !BRIDGE_ROUTES.includes(path) && (await servePaneFile(ctx.paneDir, req, x.res))) return;
  if (!tokenMatches(bearerToken(req), ctx.pairing.token)) {
    return sendError(x, 401, handoffError("bridge.needs-token"));
  }
  if (path === "/tally" && req.method === "POST") return forwardToTally(ctx, x);
  if (path === "/debug-log" && req.method === "GET") return sendJson(x, 200, { entries: ctx.log.entries() });
  if (BRIDGE_ROUTES.includes(path)) return refuse(x, 405, "bridge.method-not-accepted", { method: req.method, path });
  refuse(x, 404, "bridge.no-such-path");
}

/** The bridge's request listener; it records every exchange in `ctx.log` when the response closes. */
export function bridgeHandler(ctx: BridgeContext): RequestListener {
  const health = healthRoute(ctx);
  return (req, res) => {
    const started = Date.now();
    const x: Exchange = { req, res, cors: {}, bytesIn: 0, bytesOut: 0, gone: false };
    res.on("close", () => {
      x.gone = !res.writableFinished;
      ctx.log.add({
        time: new Date(started).toISOString(),
        method: req.method ?? "",
        path: loggedPath(req.url),
        status: res.headersSent ? res.statusCode : 0,
        bytesIn: x.bytesIn,
        bytesOut: x.bytesOut,
        ms: Date.now() - started,
        ...(x.code || x.gone ? { code: x.code ?? "cancelled" } : {}),
      });
    });
    route(ctx, x, health).catch((error: unknown) => {
      if (res.headersSent) res.destroy();
      else sendError(x, 500, handoffError("bridge.failed", { detail: String(error) }));
    });
  };
}
