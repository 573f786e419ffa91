/**
 * A bridge in front of a fake Tally, both on free loopback ports, for the bridge's own tests and
 * the pane's client: each test starts what it needs and the harness closes it after the test.
 */
import http from "node:http";
import { startBridge, type BridgeOptions, type RunningBridge } from "../../src/adapters/bridge/server";
import { startFakeTally, type FakeReply, type FakeTally, type SeenRequest } from "./fake-tally";

export interface Live {
  fake?: FakeTally;
  bridge?: RunningBridge;
}

/** Call at the top of a test file: registers the clean-up and gives the starters bound to `live`. */
export function bridgeHarness(token?: string) {
  const live: Live = {};
  afterEach(async () => {
    await live.bridge?.close();
    await live.fake?.close();
    live.bridge = live.fake = undefined;
  });

  /** `reply` is told how many requests came before this one. */
  async function start(reply?: (seen: SeenRequest, n: number) => FakeReply, options: Partial<BridgeOptions> = {}) {
    let n = 0;
    const fake = (live.fake = await startFakeTally(reply ? (seen) => reply(seen, n++) : undefined));
    const bridge = (live.bridge = await startBridge({ port: 0, token, tallyUrl: fake.url, timeoutMs: 2_000, ...options }));
    return { fake, bridge };
  }

  function postTally(
    xml: string,
    headers: Record<string, string> = token ? { Authorization: `Bearer ${token}` } : {},
    signal?: AbortSignal,
  ) {
    return fetch(`${live.bridge!.url}/tally`, { method: "POST", headers: { ...headers, "Content-Type": "text/xml" }, body: xml, signal });
  }

  /** A request through node:http, for what fetch will not send (a foreign Host, a chunked body). */
  function rawRequest(path: string, headers: Record<string, string>, chunks: string[] = []) {
    return new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = http.request(`${live.bridge!.url}${path}`, { method: chunks.length ? "POST" : "GET", headers }, (res) => {
        let body = "";
        res.on("data", (c: Buffer) => (body += c.toString("utf8")));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
      });
      req.on("error", reject);
      for (const chunk of chunks) req.write(chunk);
      req.end();
    });
  }

  return { live, start, postTally, rawRequest };
}
