/**
 * A tiny stand-in for Tally's HTTP server, for the transport and bridge tests only: it answers,
 * hangs or drops as each test asks, and records what reached it. It answers like Tally does
 * over utf-16: UTF-16LE without a BOM, declared `charset=utf-16` (PROTOCOL.md 6.2). The real
 * emulator lives in src/emulator; this one knows nothing of vouchers.
 */
import http from "node:http";
import type { AddressInfo } from "node:net";

/** One request as the fake saw it. */
export interface SeenRequest {
  method: string;
  contentType?: string;
  bytes: Buffer;
  /** The body read as UTF-16LE, BOM removed. */
  text: string;
}

/** What the fake does with one POST. */
export type FakeReply = { kind: "answer"; text: string; delayMs?: number } | { kind: "hang" } | { kind: "drop" };

export interface FakeTally {
  url: string;
  requests: SeenRequest[];
  /** The most POSTs the fake was working on at once. */
  maxInFlight: number;
  /** Sockets of hung requests that the client closed. */
  hungSocketsClosed: number;
  close(): Promise<void>;
}

function utf16leText(bytes: Buffer): string {
  const start = bytes[0] === 0xff && bytes[1] === 0xfe ? 2 : 0;
  return bytes.subarray(start).toString("utf16le");
}

/** Default behaviour: answer with the request's text wrapped in RESPONSE, so tests can see the round trip. */
const echo = (seen: SeenRequest): FakeReply => ({ kind: "answer", text: `<RESPONSE>${seen.text}</RESPONSE>` });

/** Starts the fake on 127.0.0.1 and a free port. */
export async function startFakeTally(reply: (seen: SeenRequest) => FakeReply = echo): Promise<FakeTally> {
  let inFlight = 0;
  const fake: Omit<FakeTally, "url" | "close"> = { requests: [], maxInFlight: 0, hungSocketsClosed: 0 };
  const server = http.createServer((req, res) => {
    if (req.method === "GET") {
      res.end("<RESPONSE>TallyPrime Server is Running</RESPONSE>");
      return;
    }
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const bytes = Buffer.concat(chunks);
      const seen = { method: req.method ?? "", contentType: req.headers["content-type"], bytes, text: utf16leText(bytes) };
      fake.requests.push(seen);
      inFlight++;
      fake.maxInFlight = Math.max(fake.maxInFlight, inFlight);
      res.on("close", () => inFlight--);
      const plan = reply(seen);
      if (plan.kind === "drop") {
        req.socket.destroy();
      } else if (plan.kind === "hang") {
        req.socket.on("close", () => fake.hungSocketsClosed++);
      } else {
        setTimeout(() => {
          res.writeHead(200, { "Content-Type": "text/xml; charset=utf-16" });
          res.end(Buffer.from(plan.text, "utf16le"));
        }, plan.delayMs ?? 0);
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return Object.assign(fake, {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  });
}

/** A loopback port with nothing listening on it (bound, then released). */
export async function closedPort(): Promise<number> {
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** Polls `condition` every 20 ms for up to `ms`; resolves with its last value. */
export async function eventually(condition: () => boolean, ms = 10_000): Promise<boolean> {
  for (let waited = 0; waited < ms && !condition(); waited += 20) await new Promise((r) => setTimeout(r, 20));
  return condition();
}
