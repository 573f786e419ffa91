import http from "node:http";
import type { AddressInfo } from "node:net";
import { HandoffError } from "../core/handoff-error";
import { closedPort, eventually, startFakeTally, type FakeTally } from "../../test/support/fake-tally";
import { directTallyTransport } from "./tally-http";

let fake: FakeTally | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

/** The HandoffError a promise rejects with (fails the test when it resolves). */
async function rejection(promise: Promise<unknown>): Promise<HandoffError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(HandoffError);
  return error as HandoffError;
}

const HINDI_LEDGER = '<LEDGER NAME="राम ट्रेडर्स"/>';

describe("directTallyTransport", () => {
  it("posts UTF-16LE with a BOM and charset=utf-16, and decodes Tally's UTF-16 reply (Hindi round trip)", async () => {
    fake = await startFakeTally();
    const reply = await directTallyTransport({ url: fake.url }).post(HINDI_LEDGER);
    expect(fake.requests).toHaveLength(1);
    const [seen] = fake.requests;
    expect(seen.contentType).toBe("text/xml; charset=utf-16");
    expect([...seen.bytes.subarray(0, 4)]).toEqual([0xff, 0xfe, 0x3c, 0x00]);
    expect(seen.text).toBe(HINDI_LEDGER);
    expect(reply).toBe(`<RESPONSE>${HINDI_LEDGER}</RESPONSE>`);
  });

  it("says Tally is unreachable, and that nothing was sent, when the connection is refused", async () => {
    const port = await closedPort();
    const error = await rejection(directTallyTransport({ url: `http://127.0.0.1:${port}` }).post("<ENVELOPE/>"));
    expect(error.code).toBe("tally-unreachable");
    expect(error.outcomeUnknown).toBe(false);
    expect(error.suggestion).toContain("F1 > Settings > Connectivity");
    expect(error.suggestion).toContain(`port ${port}`);
  });

  it("times out on a Tally that never answers, closes the socket, and marks the outcome unknown", async () => {
    fake = await startFakeTally(() => ({ kind: "hang" }));
    const started = Date.now();
    const error = await rejection(directTallyTransport({ url: fake.url, timeoutMs: 300 }).post("<ENVELOPE/>"));
    expect(error.code).toBe("tally-timeout");
    expect(error.outcomeUnknown).toBe(true);
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(await eventually(() => fake!.hungSocketsClosed === 1)).toBe(true);
  });

  it("reports a dropped connection, outcome unknown, when Tally closes after reading the request", async () => {
    fake = await startFakeTally(() => ({ kind: "drop" }));
    const error = await rejection(directTallyTransport({ url: fake.url }).post("<ENVELOPE/>"));
    expect(fake.requests).toHaveLength(1);
    expect(error.code).toBe("tally-connection-dropped");
    expect(error.outcomeUnknown).toBe(true);
  });

  it("lets a per-request time-out override the transport's", async () => {
    fake = await startFakeTally(() => ({ kind: "answer", text: "<RESPONSE/>", delayMs: 400 }));
    const transport = directTallyTransport({ url: fake.url, timeoutMs: 50 });
    await expect(transport.post("<A/>", { timeoutMs: 5_000 })).resolves.toBe("<RESPONSE/>");
    expect((await rejection(transport.post("<A/>"))).code).toBe("tally-timeout");
  });

  it("turns a caller's abort into 'cancelled', known harmless only when it came before sending", async () => {
    fake = await startFakeTally(() => ({ kind: "hang" }));
    const transport = directTallyTransport({ url: fake.url });
    const early = await rejection(transport.post("<A/>", { signal: AbortSignal.abort() }));
    expect([early.code, early.outcomeUnknown]).toEqual(["cancelled", false]);
    expect(fake.requests).toHaveLength(0);
    const controller = new AbortController();
    const pending = transport.post("<A/>", { signal: controller.signal });
    expect(await eventually(() => fake!.requests.length === 1)).toBe(true);
    controller.abort();
    const late = await rejection(pending);
    expect([late.code, late.outcomeUnknown]).toEqual(["cancelled", true]);
  });

  it("refuses to take a non-200 answer for Tally's: Tally answers 200 to all it reads", async () => {
    const notTally = http.createServer((_req, res) => res.writeHead(404).end("Not Found"));
    await new Promise<void>((resolve) => notTally.listen(0, "127.0.0.1", resolve));
    try {
      const { port } = notTally.address() as AddressInfo;
      const error = await rejection(directTallyTransport({ url: `http://127.0.0.1:${port}` }).post("<A/>"));
      expect([error.code, error.outcomeUnknown]).toEqual(["tally-unreachable", false]);
      expect(error.message).toContain("HTTP 404");
    } finally {
      await new Promise((resolve) => notTally.close(resolve));
    }
  });

  it("pings: running with the product name Tally states, not running when nothing listens", async () => {
    fake = await startFakeTally();
    await expect(directTallyTransport({ url: fake.url }).ping()).resolves.toEqual({ running: true, product: "TallyPrime" });
    const port = await closedPort();
    await expect(directTallyTransport({ url: `http://127.0.0.1:${port}` }).ping()).resolves.toEqual({ running: false });
  });
});
