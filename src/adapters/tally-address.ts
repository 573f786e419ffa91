/**
 * Whether a Tally address can be Tally's HTTP server at all: http(s), a host, a port from 1 to
 * 65535, no user name or password. Checked before anything is sent, so a wrong address is never
 * reported as a dropped connection that "may have saved" a request.
 */
import { handoffError } from "../core/handoff-error";

const PORT = /^[a-z][a-z0-9+.-]*:\/\/(?:[^/@]*@)?(?:\[[^\]]*\]|[^/:?#]*):(\d+)/i;

/** Throws the HandoffError that says what is wrong with `url`; returns when it may be Tally's. */
export function checkTallyAddress(typed: string): void {
  // A password typed into the address is not repeated on screen or in a log.
  const url = typed.replace(/^([a-z][a-z0-9+.-]*:\/\/[^/@:]*):[^/@]*@/i, "$1:***@");
  const port = PORT.exec(url)?.[1];
  if (port !== undefined && (Number(port) < 1 || Number(port) > 65535)) throw handoffError("tally.address-port", { url, port });
  let parsed: URL;
  try {
    parsed = new URL(typed);
  } catch {
    throw handoffError("tally.address-not-web", { url });
  }
  // "localhost:9000" parses as the scheme "localhost:": a scheme without "//" is not a web address.
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(typed)) throw handoffError("tally.address-not-web", { url });
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:") {
    throw handoffError("tally.address-scheme", { url, scheme: parsed.protocol });
  }
  if (parsed.username !== "" || parsed.password !== "") throw handoffError("tally.address-credentials", { url });
  if (parsed.hostname === "") throw handoffError("tally.address-not-web", { url });
}
