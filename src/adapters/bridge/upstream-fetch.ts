/**
 * The bridge's way to Tally: a fetch over node:http instead of Node's built-in fetch (undici).
 * undici turns on keep-alive before its socket has connected, which wine refuses ("connect UNKNOWN",
 * errno -4094), so the Windows .exe could not reach Tally under wine; node:http connects after the
 * socket is up. It does only what directTallyTransport asks: GET or POST with a byte body, a signal,
 * and the reply as a web stream, so bounded-reply can stop reading at its limit. Failures reject as
 * undici's do (a TypeError whose `cause` carries the socket's code), so tally-http reads them the same.
 */
import http from "node:http";
import { Readable } from "node:stream";
import type { Fetch } from "../tally-http";

/** Statuses a Response may not give a body (the Fetch standard's null body statuses). */
const NULL_BODY = new Set([101, 204, 205, 304]);

const failure = (cause: unknown) => new TypeError("fetch failed", { cause });

function headersOf(res: http.IncomingMessage): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(res.headers)) {
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(", ") : value);
  }
  return headers;
}

export const upstreamFetch: Fetch = (input, init = {}) =>
  new Promise<Response>((resolve, reject) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    if (url.protocol !== "http:") {
      reject(failure(Object.assign(new Error(`Only http:// reaches Tally, not ${url.protocol}`), { code: "ERR_INVALID_URL" })));
      return;
    }
    const body = init.body === undefined || init.body === null ? undefined : (init.body as Uint8Array);
    const headers: Record<string, string> = { ...(init.headers as Record<string, string> | undefined) };
    if (body) headers["Content-Length"] = String(body.byteLength);
    const request = http.request(url, { method: init.method ?? "GET", headers, agent: false, signal: init.signal ?? undefined }, (res) => {
      const status = res.statusCode ?? 0;
      if (status < 200 || status > 599) {
        res.destroy();
        reject(failure(Object.assign(new Error(`HTTP status ${status}`), { code: "HPE_INVALID_STATUS" })));
        return;
      }
      const stream = NULL_BODY.has(status) ? null : (Readable.toWeb(res) as ReadableStream<Uint8Array>);
      if (!stream) res.resume();
      resolve(new Response(stream, { status, statusText: res.statusMessage, headers: headersOf(res) }));
    });
    request.on("error", (e) => reject(failure(e)));
    request.end(body);
  });
