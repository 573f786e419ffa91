/**
 * Who may talk to the bridge. It listens on loopback only, answers browsers only from the
 * add-in's own origins (CORS and Private Network Access, PROTOCOL.md 6.6), and wants the pairing
 * token on everything but /health. Any web page can reach loopback, so the origin check stops
 * cross-site use and the token stops everything else (docs/bridge.md).
 */
import type { IncomingMessage } from "node:http";
import { handoffError } from "../../core/handoff-error";

const LOOPBACK_BINDS = new Set(["127.0.0.1", "::1", "localhost"]);
const LOOPBACK_HOST_NAMES = new Set(["127.0.0.1", "[::1]", "localhost"]);

/** Throws before binding when `host` is not a loopback address: the bridge never faces a network. */
export function assertLoopbackBind(host: string): void {
  if (!LOOPBACK_BINDS.has(host)) {
    throw handoffError("bridge.non-loopback-bind", { host });
  }
}

/**
 * True only when the Host header is exactly a loopback name with the bridge's own port:
 * localhost, 127.0.0.1 or [::1], then `:port`. A page on a DNS name rebound to 127.0.0.1 sends its
 * own name here, and for same-origin GETs browsers send no Origin, so this is the check that sees it.
 * The URL parser normalises what it can (2130706433, 0x7f000001, 127.1, default ports, userinfo);
 * anything it had to change, or that keeps a path, is refused. Letter case is ignored, as DNS does.
 */
export function hostIsLoopback(hostHeader: string | undefined, port: number): boolean {
  if (!hostHeader) return false;
  const written = hostHeader.toLowerCase();
  let parsed: URL;
  try {
    parsed = new URL(`http://${written}`);
  } catch {
    return false;
  }
  // The parser moves "user@" into username and "/x" into pathname, and drops ":80": all refused.
  if (parsed.host !== written || parsed.username !== "" || parsed.password !== "" || parsed.pathname !== "/") return false;
  if (parsed.search !== "" || parsed.hash !== "" || parsed.port !== String(port)) return false;
  return LOOPBACK_HOST_NAMES.has(parsed.hostname);
}

/** The CORS and Private Network Access answer for an allowed origin (never for another one). */
export function corsHeaders(origin: string): Record<string, string> {
  return {
    "Access-Control-Allow-Origin": origin,
    Vary: "Origin",
    "Access-Control-Allow-Methods": "GET, POST, OPTIONS",
    "Access-Control-Allow-Headers": "authorization, content-type, x-tally-reply-limit",
    "Access-Control-Allow-Private-Network": "true",
    "Access-Control-Max-Age": "600",
  };
}

/** The token of an `Authorization: Bearer <token>` header. */
export function bearerToken(req: IncomingMessage): string | undefined {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(req.headers.authorization ?? "");
  return match?.[1];
}

/** How a request stands with the origin rule: no Origin (a command line), an allowed one, or a foreign one. */
export function originVerdict(req: IncomingMessage, allowed: ReadonlySet<string>): "none" | "allowed" | "foreign" {
  const origin = req.headers.origin;
  if (origin === undefined) return "none";
  return allowed.has(origin) ? "allowed" : "foreign";
}
