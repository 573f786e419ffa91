/**
 * The local bridge: a small HTTP(S) server on loopback that lets the task pane reach Tally,
 * which sends no CORS headers and cannot be called from an HTTPS page (PROTOCOL.md 6.6). It
 * re-encodes requests as UTF-16LE, sends them to Tally one at a time with a time-out, and only
 * serves the add-in's origins and holders of the pairing token. See docs/bridge.md.
 */
import http from "node:http";
import https from "node:https";
import type { AddressInfo } from "node:net";
import packageJson from "../../../package.json";
import { handoffError } from "../../core/handoff-error";
import { DEFAULT_TALLY_TIMEOUT_MS, DEFAULT_TALLY_URL, directTallyTransport } from "../tally-http";
import { upstreamFetch } from "./upstream-fetch";
import { DEFAULT_ALLOWED_ORIGINS, DEFAULT_BRIDGE_PORT, DEFAULT_MAX_BODY_BYTES } from "./config";
import { DebugLog } from "./debug-log";
import { assertLoopbackBind } from "./guard";
import { isPairingToken } from "../pairing-token";
import { PairingState } from "./pairing-code";
import { type BridgeContext, bridgeHandler } from "./routes";
import { oneAtATime } from "./tally-queue";

export interface BridgeOptions {
  /** 127.0.0.1 (default), ::1 or localhost; anything else throws before binding. */
  host?: string;
  /** 9400 by default; 0 picks a free port (tests). */
  port?: number;
  tallyUrl?: string;
  /** Browser origins served; requests with any other Origin are refused. */
  allowedOrigins?: string[];
  /** The pairing token every request but /health and /pair must carry; none until a pane pairs. */
  token?: string;
  /** Shows a new pairing code in the bridge's window; without it the bridge takes no code pairing. */
  announceCode?: (code: string) => void;
  /** Keeps a token a pane paired with (main.ts writes bridge.json). */
  savePairing?: (token: string) => Promise<void>;
  /** The built task pane to serve from this folder; its own origin is then allowed too. */
  paneDir?: string;
  /** How long Tally may take over one request before the bridge answers 504. */
  timeoutMs?: number;
  maxBodyBytes?: number;
  /** Key and certificate to serve HTTPS (the per-user one from certificate.ts, or the dev certificate). */
  https?: { key: string | Buffer; cert: string | Buffer };
}

export interface RunningBridge {
  /** Where clients reach the bridge, e.g. https://localhost:9400 or http://127.0.0.1:9400. */
  url: string;
  /** Set when the bridge serves HTTPS (then equal to `url`). */
  httpsUrl?: string;
  port: number;
  close(): Promise<void>;
  log: DebugLog;
  /** The code a pane may pair with now (shown in the bridge's window). */
  pairingCode(): string;
}

function listen(server: http.Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once("error", (error: NodeJS.ErrnoException) => {
      const inUse = error.code === "EADDRINUSE";
      reject(inUse ? handoffError("bridge.port-in-use", { port, host }) : handoffError("bridge.cannot-listen", { detail: error.message }));
    });
    server.listen(port, host, () => resolve());
  });
}

/** Starts the bridge; resolves once it listens. */
export async function startBridge(options: BridgeOptions): Promise<RunningBridge> {
  const host = options.host ?? "127.0.0.1";
  assertLoopbackBind(host);
  const pairsByCode = options.announceCode !== undefined;
  if (!pairsByCode && !isPairingToken(options.token ?? "")) {
    throw handoffError("bridge.no-token");
  }
  const pairing = new PairingState(options.token, options.announceCode);
  const timeoutMs = options.timeoutMs ?? DEFAULT_TALLY_TIMEOUT_MS;
  const log = new DebugLog();
  const context: BridgeContext = {
    // The time-out aborts the upstream socket, so a Tally that never answers cannot wedge the queue.
    tally: directTallyTransport({ url: options.tallyUrl ?? DEFAULT_TALLY_URL, timeoutMs, fetchImpl: upstreamFetch }),
    queue: oneAtATime(),
    allowedOrigins: new Set(options.allowedOrigins ?? DEFAULT_ALLOWED_ORIGINS),
    pairing,
    savePairing: options.savePairing ?? (async () => {}),
    ...(options.paneDir ? { paneDir: options.paneDir } : {}),
    maxBodyBytes: options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES,
    log,
    version: packageJson.version,
    // Known once listening (port 0 picks one); nothing is served before then.
    port: -1,
  };
  const handler = bridgeHandler(context);
  const server = options.https ? https.createServer(options.https, handler) : http.createServer(handler);
  await listen(server, options.port ?? DEFAULT_BRIDGE_PORT, host);
  const { port } = server.address() as AddressInfo;
  context.port = port;
  // The pane served from here calls the API from the bridge's own origin (same-origin POSTs carry it).
  if (options.paneDir && options.https) (context.allowedOrigins as Set<string>).add(`https://localhost:${port}`);
  // The development certificate names localhost; over plain HTTP the literal address avoids a lookup.
  const url = options.https ? `https://localhost:${port}` : `http://${host === "::1" ? "[::1]" : host}:${port}`;
  return {
    url,
    ...(options.https ? { httpsUrl: url } : {}),
    port,
    log,
    pairingCode: () => pairing.code,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
