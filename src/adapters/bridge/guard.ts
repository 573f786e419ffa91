/**
 * Who may talk to the bridge. It listens on loopback only, answers browsers only from the
 * add-in's own origins (CORS and Private Network Access, PROTOCOL.md 6.6), and wants the pairing
 * token on everything but /health. Any web page can reach loopback, so the origin check stops
 * cross-site use and the token stops everything else (docs/bridge.md).
 */
import type { IncomingMessage } from "node:http";
import { HandoffError } from "../../core/handoff-error";

const LOOPBACK_BINDS = new Set(["127.0.0.1", "::1", "localhost"]);
const LOOPBACK_HOST_NAMES = new Set(["127.0.0.1", "[::1]", "localhost"]);

/** Throws before binding when `host` is not a loopback address: the bridge never faces a network. */
export function assertLoopbackBind(host: string): void {
  if (!LOOPBACK_BINDS.has(host)) {
    throw new HandoffError(
      "bridge-refused",
      `The bridge will not listen on ${host}: non-loopback bind impossible.`,
      "Use 127.0.0.1, ::1 or localhost: only programs on this computer may reach the bridge.",
    );
  }
}

/**
 * True when the Host header names loopback. A page on a DNS name rebound to 127.0.0.1 sends its
 * own name here, and for same-origin GETs browsers send no Origin, so this is the check that sees it.
 */
export function hostIsLoopback(hostHeader: string | undefined): boolean {
  if (!hostHeader) return false;
  const name = hostHeader.startsWith("[") ? hostHeader.slice(0, hostHeader.indexOf("]") + 1) : hostHeader.split(":")[0];
  return LOOPBACK_HOST_NAMES.has(name.toLowerCase());
}

/** The CORS and Private Network Access answer for an allowed origin (never for another one). */
export function corsHeaders(origin: string): Record<string, string> {
  return {
    "Access-Control-Allow-Origin": origin,
    Vary: "Origin",
    "Access-Control-Allow-Methods": "GET, POST, OPTIONS",
    "Access-Control-Allow-Headers": "authorization, content-type",
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
