import { readFileSync } from "node:fs";
import path from "node:path";
import { bridgeHarness } from "../../test/support/bridge-harness";
import { rejection } from "../../test/support/handoff-rejection";
import { closedPort, type FakeReply } from "../../test/support/fake-tally";
import { newPairingToken } from "./pairing-token";
import { startBridge, type BridgeOptions } from "./bridge/server";
import { bridgeTransport, pairBridgeByCode } from "./tally-bridge-client";

const TOKEN = newPairingToken();

const { live, start: startBoth } = bridgeHarness(TOKEN);

async function start(reply?: () => FakeReply, options: Partial<BridgeOptions> = {}) {
  const { bridge } = await startBoth(reply, options);
  return bridgeTransport({ url: bridge.url, token: TOKEN });
}

describe("bridgeTransport against the real bridge", () => {
  it("posts through the bridge and returns Tally's reply (Hindi round trip)", async () => {
    const transport = await start();
    const xml = '<LEDGER NAME="मोहन किराना"/>';
    await expect(transport.post(xml)).resolves.toBe(`<RESPONSE>${xml}</RESPONSE>`);
    expect(live.fake!.requests[0].text).toBe(xml);
  });

  it("maps 401 to bridge-unpaired", async () => {
    await start();
    const transport = bridgeTransport({ url: live.bridge!.url, token: newPairingToken() });
    const error = await rejection(transport.post("<A/>"));
    expect([error.code, error.outcomeUnknown]).toEqual(["bridge-unpaired", false]);
    expect(error.suggestion).toContain("pairing code shown in the bridge's window");
  });

  it("maps 403 (a foreign origin) and 413 (too large) to bridge-refused", async () => {
    await start(undefined, { maxBodyBytes: 100 });
    const foreign = bridgeTransport({
      url: live.bridge!.url,
      token: TOKEN,
      fetchImpl: (input, init) => fetch(input, { ...init, headers: { ...init?.headers, Origin: "https://evil.example" } }),
    });
    expect((await rejection(foreign.post("<A/>"))).code).toBe("bridge-refused");
    const tooLarge = bridgeTransport({ url: live.bridge!.url, token: TOKEN });
    expect((await rejection(tooLarge.post(`<A>${"x".repeat(200)}</A>`))).code).toBe("bridge-refused");
    expect(live.fake!.requests).toHaveLength(0);
  });

  it("maps 504 to tally-timeout with the outcome unknown", async () => {
    const transport = await start(() => ({ kind: "hang" }), { timeoutMs: 200 });
    const error = await rejection(transport.post("<A/>"));
    expect([error.code, error.outcomeUnknown]).toEqual(["tally-timeout", true]);
  });

  it("maps 502 to the Tally error the bridge reports: unreachable (nothing sent) or dropped (outcome unknown)", async () => {
    const dropping = await start(() => ({ kind: "drop" }));
    const dropped = await rejection(dropping.post("<A/>"));
    expect([dropped.code, dropped.outcomeUnknown]).toEqual(["tally-connection-dropped", true]);
    await live.bridge!.close();
    live.bridge = await startBridge({ port: 0, token: TOKEN, tallyUrl: `http://127.0.0.1:${await closedPort()}` });
    const down = await rejection(bridgeTransport({ url: live.bridge.url, token: TOKEN }).post("<A/>"));
    expect([down.code, down.outcomeUnknown]).toEqual(["tally-unreachable", false]);
    expect(down.suggestion).toContain("F1 > Settings > Connectivity");
  });

  it("says bridge-unreachable, with the command to start it, when no bridge listens", async () => {
    const transport = bridgeTransport({ url: `http://127.0.0.1:${await closedPort()}`, token: TOKEN });
    const error = await rejection(transport.post("<A/>"));
    expect([error.code, error.outcomeUnknown]).toEqual(["bridge-unreachable", false]);
    expect(error.suggestion).toContain("tally-handoff-bridge.exe");
    expect(error.suggestion).not.toContain("npx");
    expect((await rejection(transport.ping())).code).toBe("bridge-unreachable");
  });

  it("names the page's origin in its advice, since a browser reports a CORS refusal like an absent bridge", async () => {
    const page = globalThis as { location?: { origin: string } };
    page.location = { origin: "https://pane.example" };
    try {
      const transport = bridgeTransport({ url: `http://127.0.0.1:${await closedPort()}`, token: TOKEN });
      expect((await rejection(transport.post("<A/>"))).suggestion).toContain("--origin https://pane.example");
    } finally {
      delete page.location;
    }
  });

  it("times out on its own when the bridge is slower than the caller allows", async () => {
    const transport = await start(() => ({ kind: "hang" }), { timeoutMs: 5_000 });
    const error = await rejection(transport.post("<A/>", { timeoutMs: 200 }));
    expect([error.code, error.outcomeUnknown]).toEqual(["tally-timeout", true]);
  });

  it("pings Tally through the bridge, and refuses when the pairing token is wrong", async () => {
    const transport = await start();
    await expect(transport.ping()).resolves.toEqual({ running: true, product: "TallyPrime" });
    const stranger = bridgeTransport({ url: live.bridge!.url, token: newPairingToken() });
    expect((await rejection(stranger.ping())).code).toBe("bridge-unpaired");
  });

  it.each(["tally-bridge-client.ts", "tally-http.ts"])("%s uses nothing from Node, so the task pane can bundle it", (file) => {
    const source = readFileSync(path.join(__dirname, file), "utf8")
      .replace(/\/\*[\s\S]*?\*\//g, "")
      .replace(/\/\/.*$/gm, "");
    expect(source).not.toMatch(/from\s+["'](node:|http|https|net|fs)/);
    expect(source).not.toMatch(/\bBuffer\b|\bprocess\.|\brequire\(/);
  });
});

describe("pairBridgeByCode against the real bridge", () => {
  it("pairs with the code the bridge shows, after which the pane's token works; a wrong code is refused in words", async () => {
    const { bridge } = await startBoth(undefined, { token: undefined, announceCode: () => {} });
    const token = newPairingToken();
    const wrong = await rejection(pairBridgeByCode({ url: bridge.url, code: "ZZZZ-ZZZZ", token }));
    expect([wrong.code, wrong.message]).toEqual(["bridge-refused", "That is not the pairing code the bridge shows."]);
    await pairBridgeByCode({ url: bridge.url, code: bridge.pairingCode().toLowerCase(), token });
    await expect(bridgeTransport({ url: bridge.url, token }).post("<A/>")).resolves.toBe("<RESPONSE><A/></RESPONSE>");
  });
});
