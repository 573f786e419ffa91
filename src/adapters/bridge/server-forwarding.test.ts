/** What the bridge does with a request it takes: forwards it to Tally one at a time, and keeps only sizes and outcomes. */
import { bridgeHarness } from "../../../test/support/bridge-harness";
import { closedPort, eventually } from "../../../test/support/fake-tally";
import { newPairingToken } from "../pairing-token";
import { startBridge } from "./server";

const PANE = "https://localhost:3000";
const TOKEN = newPairingToken();
const AUTH = { Authorization: `Bearer ${TOKEN}` };
const HINDI_LEDGER = '<LEDGER NAME="श्री गणेश ट्रेडर्स"/>';
const { live, start, postTally, rawRequest } = bridgeHarness(TOKEN);

describe("forwarding to Tally", () => {
  it("sends UTF-16LE with charset=utf-16 and returns Tally's reply as UTF-8 XML (Hindi round trip)", async () => {
    await start();
    const res = await postTally(HINDI_LEDGER, { ...AUTH, Origin: PANE });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/xml; charset=utf-8");
    expect(res.headers.get("access-control-allow-origin")).toBe(PANE);
    expect(await res.text()).toBe(`<RESPONSE>${HINDI_LEDGER}</RESPONSE>`);
    expect(live.fake!.requests[0].contentType).toBe("text/xml; charset=utf-16");
    expect(live.fake!.requests[0].text).toBe(HINDI_LEDGER);
  });

  it("answers 413 to a body over the limit, declared or streamed, and forwards neither", async () => {
    await start(undefined, { maxBodyBytes: 1_000 });
    const declared = await postTally(`<A>${"x".repeat(5_000)}</A>`);
    expect(declared.status).toBe(413);
    expect((await declared.json()).code).toBe("bridge-refused");
    const streamed = await rawRequest("/tally", AUTH, ["<A>", "y".repeat(600), "y".repeat(600), "</A>"]);
    expect(streamed.status).toBe(413);
    expect(live.fake!.requests).toHaveLength(0);
  });

  it("answers 504 when Tally never answers, and the next request still goes through", async () => {
    await start((_seen, n) => (n === 0 ? { kind: "hang" } : { kind: "answer", text: "<RESPONSE>ok</RESPONSE>" }), { timeoutMs: 300 });
    const hung = await postTally("<A/>");
    expect(hung.status).toBe(504);
    expect(await hung.json()).toMatchObject({ code: "tally-timeout", outcomeUnknown: true });
    expect(await eventually(() => live.fake!.hungSocketsClosed === 1)).toBe(true);
    const next = await postTally("<B/>");
    expect(next.status).toBe(200);
    expect(await next.text()).toBe("<RESPONSE>ok</RESPONSE>");
  });

  it("answers 502 tally-unreachable when nothing listens at the Tally address", async () => {
    live.bridge = await startBridge({ port: 0, token: TOKEN, tallyUrl: `http://127.0.0.1:${await closedPort()}` });
    const res = await postTally("<A/>");
    expect(res.status).toBe(502);
    expect(await res.json()).toMatchObject({ code: "tally-unreachable", outcomeUnknown: false });
  });

  it("lets only one request at a time reach Tally", async () => {
    await start(() => ({ kind: "answer", text: "<RESPONSE/>", delayMs: 150 }));
    const replies = await Promise.all([postTally("<A/>"), postTally("<B/>"), postTally("<C/>")]);
    expect(replies.map((r) => r.status)).toEqual([200, 200, 200]);
    // Three connections may reach the bridge in any order; what matters is that each got through alone.
    expect(live.fake!.requests.map((r) => r.text).sort()).toEqual(["<A/>", "<B/>", "<C/>"]);
    expect(live.fake!.maxInFlight).toBe(1);
  });

  it("never forwards a request whose client left while it waited in the queue", async () => {
    await start(() => ({ kind: "hang" }), { timeoutMs: 500 });
    const first = postTally("<FIRST/>");
    expect(await eventually(() => live.fake!.requests.length === 1)).toBe(true);
    const controller = new AbortController();
    const second = postTally("<SECOND/>", AUTH, controller.signal).catch(() => "aborted");
    await new Promise((r) => setTimeout(r, 50));
    controller.abort();
    expect((await first).status).toBe(504);
    expect(await second).toBe("aborted");
    await new Promise((r) => setTimeout(r, 100));
    expect(live.fake!.requests.map((r) => r.text)).toEqual(["<FIRST/>"]);
  });
});
describe("what the bridge tells and keeps", () => {
  it("reports health without a token, and pairing only to a caller that presents one", async () => {
    await start();
    const open = await (await fetch(`${live.bridge!.url}/health`)).json();
    expect(open).toMatchObject({ bridge: "ok", tally: { running: true, product: "TallyPrime" } });
    expect(typeof open.version).toBe("string");
    expect(open).not.toHaveProperty("paired");
    const wrong = await (await fetch(`${live.bridge!.url}/health`, { headers: { Authorization: "Bearer x".padEnd(30, "x") } })).json();
    expect(wrong.paired).toBe(false);
    expect((await (await fetch(`${live.bridge!.url}/health`, { headers: AUTH })).json()).paired).toBe(true);
  });

  it("keeps sizes and outcomes in its debug log, never the XML", async () => {
    await start();
    await postTally(HINDI_LEDGER);
    await postTally("<B/>", {});
    const log = await (await fetch(`${live.bridge!.url}/debug-log`, { headers: AUTH })).json();
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
