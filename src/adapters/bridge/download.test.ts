/**
 * The downloaded bridge for Mac and Linux: the one bundled .js, alone in an empty folder, run by
 * plain node (no node_modules anywhere above it), pairs by its code and carries a request to the
 * emulator and Tally's answer back. Bundling takes about a second (esbuild).
 */
import { type ChildProcess, spawn } from "node:child_process";
import { copyFile, mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { bundleBridgeJs } from "../../../scripts/package-bridge";
import { startEmulator, type RunningEmulator } from "../../emulator/server";
import { ledgerXml, newImport } from "../../../test/support/tally-requests";
import { eventually } from "../../../test/support/fake-tally";
import { newPairingToken } from "../pairing-token";

const PANE = "https://localhost:3000";
let dir: string;
let emulator: RunningEmulator | undefined;
let child: ChildProcess | undefined;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), "tally-handoff-download-"));
  const built = await bundleBridgeJs(path.join(dir, "build", "tally-handoff-bridge.js"));
  await copyFile(built, path.join(dir, "tally-handoff-bridge.js"));
  await rm(path.join(dir, "build"), { recursive: true });
});
afterAll(async () => {
  child?.kill();
  await emulator?.close();
  await rm(dir, { recursive: true, force: true });
});

it("runs alone on plain node, pairs by the code in its window, and carries a request to Tally and the answer back", async () => {
  emulator = await startEmulator({ port: 0 });
  const output: string[] = [];
  child = spawn(process.execPath, ["tally-handoff-bridge.js", "--port", "0", "--http-only", "--tally", emulator.url], {
    cwd: dir,
    env: { PATH: process.env.PATH, TALLY_HANDOFF_HOME: path.join(dir, "home") },
  });
  child.stdout?.on("data", (chunk: Buffer) => output.push(chunk.toString("utf8")));
  child.stderr?.on("data", (chunk: Buffer) => output.push(chunk.toString("utf8")));
  expect(await eventually(() => /Pairing code: \S+/.test(output.join("")), 15_000)).toBe(true);
  const text = output.join("");
  const url = /listening at (\S+?),/.exec(text)?.[1] ?? "";
  const code = /Pairing code: (\S+)/.exec(text)?.[1] ?? "";
  expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);

  const token = newPairingToken();
  const paired = await fetch(`${url}/pair`, { method: "POST", headers: { Origin: PANE }, body: JSON.stringify({ code, token }) });
  expect(paired.status).toBe(200);

  const xml = newImport(ledgerXml("श्री गणेश ट्रेडर्स", "Sundry Debtors"));
  const res = await fetch(`${url}/tally`, { method: "POST", headers: { Origin: PANE, Authorization: `Bearer ${token}` }, body: xml });
  expect(res.status).toBe(200);
  const answer = await res.text();
  expect(answer).toMatch(/<CREATED>1<\/CREATED>/);
  // The name arrived intact: the bridge re-encoded it as UTF-16 (PROTOCOL.md 6.2).
  expect(emulator.state.ledgers.has("श्री गणेश ट्रेडर्स")).toBe(true);
});
