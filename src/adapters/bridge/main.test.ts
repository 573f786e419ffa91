import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { eventually } from "../../../test/support/fake-tally";
import { runBridgeCli, userCertificate, type BridgeCliIo } from "./main";
import { newPairingToken } from "../pairing-token";
import { pairedToken } from "./pairing";

let home: string;
beforeEach(async () => {
  home = await mkdtemp(path.join(os.tmpdir(), "tally-handoff-cli-"));
});
afterEach(() => rm(home, { recursive: true, force: true }));

/** An IO that records lines, is stopped by `stop()`, and has no certificate unless given one. */
function testIo() {
  const out: string[] = [];
  const err: string[] = [];
  let stop = () => {};
  const io: BridgeCliIo = {
    out: (line) => out.push(line),
    err: (line) => err.push(line),
    env: { TALLY_HANDOFF_HOME: home },
    stopped: new Promise<void>((resolve) => (stop = resolve)),
    loadHttps: () => Promise.reject(new Error("no certificate on this machine")),
  };
  return { io, out, err, stop: () => stop() };
}

/** The URL the CLI says it listens at, once it says so. */
async function listeningUrl(out: string[]): Promise<string> {
  const said = await eventually(() => out.some((l) => l.includes("listening at")), 20_000);
  if (!said) throw new Error(`The bridge did not say where it listens within 20 s; it said: ${out.join(" | ")}`);
  return /listening at (\S+?),/.exec(out.find((l) => l.includes("listening at")) ?? "")?.[1] ?? "";
}

describe("tally-handoff bridge", () => {
  it("exits 2 with the usage on an unknown option or a bad number", async () => {
    const unknown = testIo();
    expect(await runBridgeCli(["--colour"], unknown.io)).toBe(2);
    expect(unknown.err.join("\n")).toContain("Usage: tally-handoff bridge");
    const badPort = testIo();
    expect(await runBridgeCli(["--port", "ninety"], badPort.io)).toBe(2);
  });

  it("prints the usage for --help and exits 0", async () => {
    const t = testIo();
    expect(await runBridgeCli(["--help"], t.io)).toBe(0);
    expect(t.out.join("\n")).toContain("--pair TOKEN");
  });

  it("starts unpaired with no options, shows a pairing code and what to do, and pairs by that code", async () => {
    const t = testIo();
    const exit = runBridgeCli(["--port", "0", "--http-only"], t.io);
    const url = await listeningUrl(t.out);
    const text = t.out.join("\n");
    expect(text).toContain("Not paired yet");
    expect(text).toContain("choose Pair and type the code");
    expect(text).not.toContain("npx");
    const code = /Pairing code: (\S+)/.exec(text)?.[1] ?? "";
    const token = newPairingToken();
    const res = await fetch(`${url}/pair`, {
      method: "POST",
      headers: { Origin: "https://localhost:3000" },
      body: JSON.stringify({ code, token }),
    });
    expect(res.status).toBe(200);
    expect(await pairedToken(t.io.env)).toBe(token);
    expect(t.out.join("\n")).toContain("Paired with the task pane.");
    t.stop();
    expect(await exit).toBe(0);
  });

  it("refuses a --pair value that is not a token, storing nothing", async () => {
    const t = testIo();
    expect(await runBridgeCli(["--pair", "1234", "--port", "0"], t.io)).toBe(2);
    expect(await pairedToken(t.io.env)).toBeUndefined();
  });

  it("pairs, listens for the listed origins only, and stops cleanly on request", async () => {
    const token = newPairingToken();
    const t = testIo();
    const args = ["--pair", token, "--port", "0", "--http-only", "--origin", "https://a.example", "--origin", "https://b.example"];
    const exit = runBridgeCli(args, t.io);
    const url = await listeningUrl(t.out);
    expect(await pairedToken(t.io.env)).toBe(token);
    expect(t.out.join("\n")).toContain("only these task pane origins: https://a.example, https://b.example");
    const statusFrom = async (origin: string) => (await fetch(`${url}/health`, { headers: { Origin: origin } })).status;
    expect([await statusFrom("https://a.example"), await statusFrom("https://b.example")]).toEqual([200, 200]);
    expect(await statusFrom("https://localhost:3000")).toBe(403);
    t.stop();
    expect(await exit).toBe(0);
  });

  it("falls back to plain HTTP with a warning when no certificate can be had", async () => {
    const t = testIo();
    const exit = runBridgeCli(["--pair", newPairingToken(), "--port", "0"], t.io);
    const url = await listeningUrl(t.out);
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(t.err.join("\n")).toContain("no certificate on this machine");
    t.stop();
    expect(await exit).toBe(0);
  });

  (process.platform === "linux" ? it : it.skip)(
    "on Linux makes its own certificate and says plainly that it is NOT trusted (Linux only: elsewhere it would run certutil or security)",
    async () => {
      const t = testIo();
      const certificate = await userCertificate(t.io);
      expect(String(certificate.cert)).toContain("BEGIN CERTIFICATE");
      expect(t.err.join("\n")).toContain("is NOT trusted");
      expect(t.out.join("\n")).not.toContain("now trusted");
      const again = testIo();
      await userCertificate({ ...again.io, env: t.io.env });
      expect(again.err).toEqual([]); // offered for trust once, when made
    },
  );
});
