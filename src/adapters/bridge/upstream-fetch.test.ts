import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { directTallyTransport, failedBeforeSending } from "../tally-http";
import { encodeUtf16le } from "../../core/tally/encode";
import { upstreamFetch } from "./upstream-fetch";

async function serve(handler: (req: IncomingMessage, res: ServerResponse) => void): Promise<{ server: Server; url: string }> {
  const server = createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

function close(server: Server): Promise<void> {
  server.closeAllConnections();
  return new Promise((resolve) => server.close(() => resolve()));
}

const bodyOf = (req: IncomingMessage) =>
  new Promise<Buffer>((resolve) => {
    const parts: Buffer[] = [];
    req.on("data", (c: Buffer) => parts.push(c)).on("end", () => resolve(Buffer.concat(parts)));
  });

it("posts the exact bytes and headers, and hands back status, headers and body", async () => {
  let seen: { method?: string; type?: string; length?: string; body?: Buffer } = {};
  const { server, url } = await serve(async (req, res) => {
    seen = { method: req.method, type: req.headers["content-type"], length: req.headers["content-length"], body: await bodyOf(req) };
    res.writeHead(200, { "Content-Type": "text/xml; charset=utf-8", "X-Two": ["a", "b"] });
    res.end("<RESPONSE>ok ₹</RESPONSE>");
  });
  try {
    const sent = encodeUtf16le("<ENVELOPE>राम & श्याम</ENVELOPE>", true);
    const response = await upstreamFetch(`${url}/`, {
      method: "POST",
      headers: { "Content-Type": "text/xml; charset=utf-16" },
      body: sent as Uint8Array<ArrayBuffer>,
    });
    expect(seen).toEqual({ method: "POST", type: "text/xml; charset=utf-16", length: String(sent.byteLength), body: Buffer.from(sent) });
    expect(response.status).toBe(200);
    expect(response.headers.get("x-two")).toBe("a, b");
    expect(await response.text()).toBe("<RESPONSE>ok ₹</RESPONSE>");
  } finally {
    await close(server);
  }
});

it("a refused connection rejects the way Node's fetch does, so the transport knows nothing left", async () => {
  const { server, url } = await serve(() => undefined);
  await close(server);
  const error = await upstreamFetch(`${url}/`).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(TypeError);
  expect((error as { cause?: { code?: string } }).cause?.code).toBe("ECONNREFUSED");
  expect(failedBeforeSending(error)).toBe(true);
  const transport = directTallyTransport({ url, fetchImpl: upstreamFetch });
  await expect(transport.post("<ENVELOPE/>")).rejects.toMatchObject({ code: "tally-unreachable", outcomeUnknown: false });
});

it("a Tally that never answers is cut off at the deadline, and one that hangs up mid-reply is a dropped connection", async () => {
  const hangs = await serve(() => undefined);
  const drops = await serve((_req, res) => {
    res.writeHead(200, { "Content-Length": "1000" });
    res.write("<ENVELOPE>");
    setTimeout(() => res.socket?.destroy(), 50);
  });
  try {
    await expect(directTallyTransport({ url: hangs.url, fetchImpl: upstreamFetch, timeoutMs: 300 }).post("<A/>")).rejects.toMatchObject({
      code: "tally-timeout",
      outcomeUnknown: true,
    });
    await expect(directTallyTransport({ url: drops.url, fetchImpl: upstreamFetch }).post("<A/>")).rejects.toMatchObject({
      code: "tally-connection-dropped",
      outcomeUnknown: true,
    });
  } finally {
    await Promise.all([close(hangs.server), close(drops.server)]);
  }
});

it("reading stops at the reply limit and the socket is closed, not drained", async () => {
  let written = 0;
  let closed = false;
  const { server, url } = await serve((_req, res) => {
    res.writeHead(200);
    const chunk = Buffer.alloc(64 * 1024, "x");
    const pump = () => {
      while (!res.destroyed && res.write(chunk)) written += chunk.length;
      if (!res.destroyed) res.once("drain", pump);
    };
    res.on("close", () => (closed = true));
    pump();
  });
  try {
    const transport = directTallyTransport({ url, fetchImpl: upstreamFetch });
    await expect(transport.post("<A/>", { maxReplyBytes: 1024 * 1024 })).rejects.toMatchObject({ code: "tally-reply-too-large" });
    await new Promise((r) => setTimeout(r, 100));
    expect(closed).toBe(true);
    expect(written).toBeLessThan(64 * 1024 * 1024);
  } finally {
    await close(server);
  }
});

it("a status with no body (204), a status that is not Tally's 200, and a non-http address each come back as such", async () => {
  const { server, url } = await serve((req, res) => {
    res.writeHead(req.method === "GET" ? 204 : 404);
    res.end(req.method === "GET" ? undefined : "not here");
  });
  try {
    const empty = await upstreamFetch(`${url}/`);
    expect([empty.status, await empty.text()]).toEqual([204, ""]);
    await expect(directTallyTransport({ url, fetchImpl: upstreamFetch }).post("<A/>")).rejects.toThrow(
      /Something other than Tally answered at .* \(HTTP 404\)/,
    );
    await expect(upstreamFetch("https://127.0.0.1:1/")).rejects.toBeInstanceOf(TypeError);
  } finally {
    await close(server);
  }
});
