import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import https from "node:https";
import os from "node:os";
import path from "node:path";
import { bridgeCertificate } from "./certificate";
import { startFakeTally, type FakeTally } from "../../../test/support/fake-tally";
import { newPairingToken } from "../pairing-token";
import { paneFilePath } from "./pane-files";
import { startBridge, type RunningBridge } from "./server";

let dir: string;
let fake: FakeTally | undefined;
let bridge: RunningBridge | undefined;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), "tally-handoff-pane-"));
});
afterEach(async () => {
  await bridge?.close();
  await fake?.close();
  bridge = fake = undefined;
  await rm(dir, { recursive: true, force: true });
});

/** An HTTPS request that trusts the bridge's certificate as a browser that had it installed would. */
function get(url: string, ca: string, headers: Record<string, string> = {}, method = "GET", body?: string) {
  return new Promise<{ status: number; type: string; body: string }>((resolve, reject) => {
    const req = https.request(url, { ca, method, headers, servername: "localhost" }, (res) => {
      let text = "";
      res.on("data", (c: Buffer) => (text += c.toString("utf8")));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, type: String(res.headers["content-type"]), body: text }));
    });
    req.on("error", reject);
    req.end(body);
  });
}

describe("serving the task pane from the bridge", () => {
  it("keeps every path inside the pane folder", () => {
    expect(paneFilePath("/p", "/")).toBe(path.resolve("/p/taskpane.html"));
    expect(paneFilePath("/p", "/taskpane.js")).toBe(path.resolve("/p/taskpane.js"));
    for (const escape of ["/../secret", "/%2e%2e/secret", "/a/../../secret", "/..%5csecret", "/%00", "/%E0%A4%A"]) {
      expect(paneFilePath("/p", escape)).toBeUndefined();
    }
  });

  it("serves the pane over HTTPS at localhost and lets that same origin call the API with the token", async () => {
    await mkdir(path.join(dir, "pane"));
    await writeFile(path.join(dir, "pane", "taskpane.html"), "<!doctype html><title>Tally Handoff</title>");
    await writeFile(path.join(dir, "secret.txt"), "not for the web");
    const certificate = await bridgeCertificate({ TALLY_HANDOFF_HOME: dir });
    const token = newPairingToken();
    fake = await startFakeTally();
    bridge = await startBridge({ port: 0, token, tallyUrl: fake.url, https: certificate, paneDir: path.join(dir, "pane") });
    const ca = certificate.cert;
    const page = await get(`${bridge.url}/`, ca);
    expect(page).toMatchObject({ status: 200, type: "text/html; charset=utf-8", body: expect.stringContaining("Tally Handoff") });
    expect((await get(`${bridge.url}/..%2fsecret.txt`, ca)).status).toBe(401);
    expect((await get(`${bridge.url}/missing.js`, ca)).status).toBe(401);
    const own = { Origin: bridge.url, Authorization: `Bearer ${token}` };
    const post = await get(`${bridge.url}/tally`, ca, own, "POST", "<ENVELOPE/>");
    expect(post.status).toBe(200);
    expect((await get(`${bridge.url}/tally`, ca, { ...own, Origin: "https://localhost:1" }, "POST", "<ENVELOPE/>")).status).toBe(403);
    expect((await get(`${bridge.url}/`, ca, { Host: "evil.example" })).status).toBe(403);
  });
});
