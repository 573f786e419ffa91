import { mkdtemp, readFile, rm } from "node:fs/promises";
import http from "node:http";
import https from "node:https";
import os from "node:os";
import path from "node:path";
import { generateCertificates } from "office-addin-dev-certs";
import { HandoffError } from "../../core/handoff-error";
import { closedPort, eventually, startFakeTally, type FakeReply, type FakeTally } from "../../../test/support/fake-tally";
import { newPairingToken } from "../pairing-token";
import { startBridge, type BridgeOptions, type RunningBridge } from "./server";

const PANE = "https://localhost:3000";
const TOKEN = newPairingToken();
const AUTH = { Authorization: `Bearer ${TOKEN}` };
const HINDI_LEDGER = '<LEDGER NAME="श्री गणेश ट्रेडर्स"/>';

let fake: FakeTally | undefined;
let bridge: RunningBridge | undefined;
afterEach(async () => {
  await bridge?.close();
  await fake?.close();
  bridge = undefined;
  fake = undefined;
});

/** A fake Tally and a bridge in front of it, both on free loopback ports. */
async function start(reply?: (seen: unknown, n: number) => FakeReply, options: Partial<BridgeOptions> = {}) {
  let n = 0;
  fake = await startFakeTally(reply ? (seen) => reply(seen, n++) : undefined);
  bridge = await startBridge({ port: 0, token: TOKEN, tallyUrl: fake.url, timeoutMs: 2_000, ...options });
  return { fake, bridge };
}

function postTally(xml: string, headers: Record<string, string> = AUTH, signal?: AbortSignal) {
  return fetch(`${bridge!.url}/tally`, { method: "POST", headers: { ...headers, "Content-Type": "text/xml" }, body: xml, signal });
}

/** A request through node:http, for what fetch will not send (a foreign Host, a chunked body). */
function rawRequest(path: string, headers: Record<string, string>, chunks: string[] = []) {
  return new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = http.request(`${bridge!.url}${path}`, { method: chunks.length ? "POST" : "GET", headers }, (res) => {
      let body = "";
      res.on("data", (c: Buffer) => (body += c.toString("utf8")));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on("error", reject);
    for (const chunk of chunks) req.write(chunk);
    req.end();
  });
}

describe("who the bridge serves", () => {
  it("refuses a foreign origin even with the token, and Tally sees nothing", async () => {
    await start();
    const res = await postTally(HINDI_LEDGER, { ...AUTH, Origin: "https://evil.example" });
    expect(res.status).toBe(403);
    expect(res.headers.get("access-control-allow-origin")).toBeNull();
    expect((await res.json()).code).toBe("bridge-refused");
    expect(fake!.requests).toHaveLength(0);
  });

  it("answers a private-network preflight from the add-in's origin with CORS and PNA headers", async () => {
    await start();
    const res = await fetch(`${bridge!.url}/tally`, {
      method: "OPTIONS",
      headers: {
        Origin: PANE,
        "Access-Control-Request-Method": "POST",
        "Access-Control-Request-Headers": "authorization, content-type",
        "Access-Control-Request-Private-Network": "true",
      },
    });
    expect(res.status).toBe(204);
    expect(res.headers.get("access-control-allow-origin")).toBe(PANE);
    expect(res.headers.get("vary")).toBe("Origin");
    expect(res.headers.get("access-control-allow-methods")).toBe("GET, POST, OPTIONS");
    expect(res.headers.get("access-control-allow-headers")).toBe("authorization, content-type, x-tally-reply-limit");
    expect(res.headers.get("access-control-allow-private-network")).toBe("true");
    expect(Number(res.headers.get("access-control-max-age"))).toBeGreaterThan(0);
  });

  it("gives a preflight from a foreign origin no CORS or private-network header", async () => {
    await start();
    const res = await fetch(`${bridge!.url}/tally`, {
      method: "OPTIONS",
      headers: { Origin: "http://192.0.2.7.nip.example", "Access-Control-Request-Private-Network": "true" },
    });
    expect(res.status).toBe(403);
    const corsHeaders = [...res.headers.keys()].filter((name) => name.startsWith("access-control-"));
    expect(corsHeaders).toEqual([]);
  });

  it("answers 401 bridge-unpaired with no token and with a wrong one, forwarding nothing", async () => {
    await start();
    const none = await postTally(HINDI_LEDGER, {});
    const wrong = await postTally(HINDI_LEDGER, { Authorization: `Bearer ${newPairingToken()}` });
    expect([none.status, wrong.status]).toEqual([401, 401]);
    expect((await none.json()).code).toBe("bridge-unpaired");
    expect((await wrong.json()).code).toBe("bridge-unpaired");
    expect((await fetch(`${bridge!.url}/debug-log`)).status).toBe(401);
    expect(fake!.requests).toHaveLength(0);
  });

  it.each(["0.0.0.0", "::", "192.168.1.10", "10.0.0.5"])("will not bind to %s", async (host) => {
    const attempt = startBridge({ host, port: 0, token: TOKEN });
    await expect(attempt).rejects.toBeInstanceOf(HandoffError);
    await expect(attempt).rejects.toMatchObject({
      code: "bridge-refused",
      message: expect.stringContaining("non-loopback bind impossible"),
    });
  });

  it.each(["tally.evil.example:PORT", "[::1]evil.example", "localhost:PORT@evil", "127.0.0.1:80", "2130706433:PORT"])(
    "refuses a request with Host %s (DNS rebinding), and Tally sees nothing",
    async (host) => {
      await start();
      const res = await rawRequest("/tally", { ...AUTH, Host: host.replace("PORT", String(bridge!.port)) }, ["<ENVELOPE/>"]);
      expect(res.status).toBe(403);
      expect(JSON.parse(res.body).code).toBe("bridge-refused");
      expect(fake!.requests).toHaveLength(0);
    },
  );

  it("serves a request whose Host is localhost with its own port", async () => {
    await start();
    const res = await rawRequest("/health", { Host: `localhost:${bridge!.port}` });
    expect(res.status).toBe(200);
  });
});

describe("forwarding to Tally", () => {
  it("sends UTF-16LE with charset=utf-16 and returns Tally's reply as UTF-8 XML (Hindi round trip)", async () => {
    await start();
    const res = await postTally(HINDI_LEDGER, { ...AUTH, Origin: PANE });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/xml; charset=utf-8");
    expect(res.headers.get("access-control-allow-origin")).toBe(PANE);
    expect(await res.text()).toBe(`<RESPONSE>${HINDI_LEDGER}</RESPONSE>`);
    expect(fake!.requests[0].contentType).toBe("text/xml; charset=utf-16");
    expect(fake!.requests[0].text).toBe(HINDI_LEDGER);
  });

  it("answers 413 to a body over the limit, declared or streamed, and forwards neither", async () => {
    await start(undefined, { maxBodyBytes: 1_000 });
    const declared = await postTally(`<A>${"x".repeat(5_000)}</A>`);
    expect(declared.status).toBe(413);
    expect((await declared.json()).code).toBe("bridge-refused");
    const streamed = await rawRequest("/tally", AUTH, ["<A>", "y".repeat(600), "y".repeat(600), "</A>"]);
    expect(streamed.status).toBe(413);
    expect(fake!.requests).toHaveLength(0);
  });

  it("answers 504 when Tally never answers, and the next request still goes through", async () => {
    await start((_seen, n) => (n === 0 ? { kind: "hang" } : { kind: "answer", text: "<RESPONSE>ok</RESPONSE>" }), { timeoutMs: 300 });
    const hung = await postTally("<A/>");
    expect(hung.status).toBe(504);
    expect(await hung.json()).toMatchObject({ code: "tally-timeout", outcomeUnknown: true });
    expect(await eventually(() => fake!.hungSocketsClosed === 1)).toBe(true);
    const next = await postTally("<B/>");
    expect(next.status).toBe(200);
    expect(await next.text()).toBe("<RESPONSE>ok</RESPONSE>");
  });

  it("answers 502 tally-unreachable when nothing listens at the Tally address", async () => {
    bridge = await startBridge({ port: 0, token: TOKEN, tallyUrl: `http://127.0.0.1:${await closedPort()}` });
    const res = await postTally("<A/>");
    expect(res.status).toBe(502);
    expect(await res.json()).toMatchObject({ code: "tally-unreachable", outcomeUnknown: false });
  });

  it("lets only one request at a time reach Tally", async () => {
    await start(() => ({ kind: "answer", text: "<RESPONSE/>", delayMs: 150 }));
    const replies = await Promise.all([postTally("<A/>"), postTally("<B/>"), postTally("<C/>")]);
    expect(replies.map((r) => r.status)).toEqual([200, 200, 200]);
    // Three connections may reach the bridge in any order; what matters is that each got through alone.
    expect(fake!.requests.map((r) => r.text).sort()).toEqual(["<A/>", "<B/>", "<C/>"]);
    expect(fake!.maxInFlight).toBe(1);
  });

  it("never forwards a request whose client left while it waited in the queue", async () => {
    await start(() => ({ kind: "hang" }), { timeoutMs: 500 });
    const first = postTally("<FIRST/>");
    expect(await eventually(() => fake!.requests.length === 1)).toBe(true);
    const controller = new AbortController();
    const second = postTally("<SECOND/>", AUTH, controller.signal).catch(() => "aborted");
    await new Promise((r) => setTimeout(r, 50));
    controller.abort();
    expect((await first).status).toBe(504);
    expect(await second).toBe("aborted");
    await new Promise((r) => setTimeout(r, 100));
    expect(fake!.requests.map((r) => r.text)).toEqual(["<FIRST/>"]);
  });
});

describe("HTTPS", () => {
  it("serves HTTPS at https://localhost when given a key and certificate", async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), "tally-handoff-certs-"));
    try {
      const [ca, cert, key] = ["ca.crt", "localhost.crt", "localhost.key"].map((name) => path.join(dir, name));
      const quiet = jest.spyOn(console, "log").mockImplementation(() => undefined);
      await generateCertificates(ca, cert, key, 1, ["localhost", "127.0.0.1"]).finally(() => quiet.mockRestore());
      await start(undefined, { https: { key: await readFile(key), cert: await readFile(cert) } });
      expect(bridge!.url).toBe(`https://localhost:${bridge!.port}`);
      expect(bridge!.httpsUrl).toBe(bridge!.url);
      const caPem = await readFile(ca);
      const body = await new Promise<string>((resolve, reject) => {
        https
          .get(`${bridge!.url}/health`, { ca: caPem }, (res) => {
            let text = "";
            res.on("data", (c: Buffer) => (text += c.toString("utf8")));
            res.on("end", () => resolve(text));
          })
          .on("error", reject);
      });
      expect(JSON.parse(body)).toMatchObject({ bridge: "ok" });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe("what the bridge tells and keeps", () => {
  it("reports health without a token, and pairing only to a caller that presents one", async () => {
    await start();
    const open = await (await fetch(`${bridge!.url}/health`)).json();
    expect(open).toMatchObject({ bridge: "ok", tally: { running: true, product: "TallyPrime" } });
    expect(typeof open.version).toBe("string");
    expect(open).not.toHaveProperty("paired");
    const wrong = await (await fetch(`${bridge!.url}/health`, { headers: { Authorization: "Bearer x".padEnd(30, "x") } })).json();
    expect(wrong.paired).toBe(false);
    expect((await (await fetch(`${bridge!.url}/health`, { headers: AUTH })).json()).paired).toBe(true);
  });

  it("keeps sizes and outcomes in its debug log, never the XML", async () => {
    await start();
    await postTally(HINDI_LEDGER);
    await postTally("<B/>", {});
    const log = await (await fetch(`${bridge!.url}/debug-log`, { headers: AUTH })).json();
    const tallyEntries = log.entries.filter((e: { path: string }) => e.path === "/tally");
    expect(tallyEntries).toMatchObject([
      { method: "POST", status: 200, bytesIn: Buffer.byteLength(HINDI_LEDGER) },
      { method: "POST", status: 401, code: "bridge-unpaired" },
    ]);
    expect(tallyEntries[0].bytesOut).toBeGreaterThan(0);
    const text = JSON.stringify(log);
    for (const secret of ["LEDGER", "गणेश", "<B/>", TOKEN]) expect(text).not.toContain(secret);
  });
});
