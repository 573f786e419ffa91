/** Who the bridge serves: the add-in's origin with the pairing token, on loopback, over HTTP or HTTPS. */
import { mkdtemp, readFile, rm } from "node:fs/promises";
import https from "node:https";
import os from "node:os";
import path from "node:path";
import { generateCertificates } from "office-addin-dev-certs";
import { HandoffError } from "../../core/handoff-error";
import { bridgeHarness } from "../../../test/support/bridge-harness";
import { newPairingToken } from "../pairing-token";
import { startBridge } from "./server";

const PANE = "https://localhost:3000";
const TOKEN = newPairingToken();
const AUTH = { Authorization: `Bearer ${TOKEN}` };
const HINDI_LEDGER = '<LEDGER NAME="श्री गणेश ट्रेडर्स"/>';
const { live, start, postTally, rawRequest } = bridgeHarness(TOKEN);

describe("who the bridge serves", () => {
  it("refuses a foreign origin even with the token, and Tally sees nothing", async () => {
    await start();
    const res = await postTally(HINDI_LEDGER, { ...AUTH, Origin: "https://evil.example" });
    expect(res.status).toBe(403);
    expect(res.headers.get("access-control-allow-origin")).toBeNull();
    expect((await res.json()).code).toBe("bridge-refused");
    expect(live.fake!.requests).toHaveLength(0);
  });

  it("answers a private-network preflight from the add-in's origin with CORS and PNA headers", async () => {
    await start();
    const res = await fetch(`${live.bridge!.url}/tally`, {
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
    const res = await fetch(`${live.bridge!.url}/tally`, {
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
    expect((await fetch(`${live.bridge!.url}/debug-log`)).status).toBe(401);
    expect(live.fake!.requests).toHaveLength(0);
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
      const res = await rawRequest("/tally", { ...AUTH, Host: host.replace("PORT", String(live.bridge!.port)) }, ["<ENVELOPE/>"]);
      expect(res.status).toBe(403);
      expect(JSON.parse(res.body).code).toBe("bridge-refused");
      expect(live.fake!.requests).toHaveLength(0);
    },
  );

  it("serves a request whose Host is localhost with its own port", async () => {
    await start();
    const res = await rawRequest("/health", { Host: `localhost:${live.bridge!.port}` });
    expect(res.status).toBe(200);
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
      expect(live.bridge!.url).toBe(`https://localhost:${live.bridge!.port}`);
      expect(live.bridge!.httpsUrl).toBe(live.bridge!.url);
      const caPem = await readFile(ca);
      const body = await new Promise<string>((resolve, reject) => {
        https
          .get(`${live.bridge!.url}/health`, { ca: caPem }, (res) => {
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
