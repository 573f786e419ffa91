/**
 * `npm run smoke:bridge-wine`: the Windows bridge (.exe) under wine on this Linux machine. It
 * starts the .exe, asks GET /health, pairs by the code the .exe prints, and forwards a POST to
 * the emulator. Prints how long each step took; exits 1, saying so loudly, when it cannot run.
 * Wine is not Windows: certutil, the Startup folder at sign-in and SmartScreen need a real host.
 * Measured with wine 8.0 (Debian 12): every step passes in 1-2 s once the prefix exists. The bridge
 * reaches Tally over node:http (adapters/bridge/upstream-fetch.ts): Node's own fetch failed to
 * connect inside wine ("connect UNKNOWN"; docs/bridge.md "Download and start-up").
 */
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, openSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { startEmulator } from "../src/emulator/server";
import { ledgerXml, newImport } from "../test/support/tally-requests";

const ROOT = path.resolve(__dirname, "..");
const EXE = path.join(ROOT, "dist-bridge", "tally-handoff-bridge.exe");
const PANE = "https://localhost:3000";
const started = Date.now();
const seconds = () => `${((Date.now() - started) / 1000).toFixed(1)} s`;

function notRun(why: string): never {
  console.error(`\n*** WINE SMOKE TEST NOT RUN: ${why} ***\n`);
  process.exit(1);
}

async function until<T>(what: string, ms: number, probe: () => T | undefined): Promise<T> {
  for (const end = Date.now() + ms; Date.now() < end; await new Promise((r) => setTimeout(r, 100))) {
    const value = probe();
    if (value !== undefined) return value;
  }
  throw new Error(`Timed out after ${ms} ms waiting for ${what}.`);
}

async function main(): Promise<void> {
  if (spawnSync("wine", ["--version"]).status !== 0) notRun("wine is not on PATH (apt-get install -y wine64)");
  if (!existsSync(EXE) || process.argv.includes("--rebuild")) {
    const build = spawnSync("npx", ["tsx", "scripts/package-bridge.ts"], { cwd: ROOT, stdio: "inherit" });
    if (build.status !== 0) notRun("npm run package:bridge failed");
  }
  const work = path.join(os.tmpdir(), `tally-handoff-wine-${process.pid}`);
  mkdirSync(work, { recursive: true });
  const prefix = process.env.WINEPREFIX ?? path.join(ROOT, ".cache", "wine-prefix");
  const env = { ...process.env, WINEPREFIX: prefix, WINEDEBUG: "-all", TALLY_HANDOFF_HOME: `Z:${work.replace(/\//g, "\\")}\\home` };
  // Node refuses Windows older than 8.1, and a new wine prefix says Windows 7.
  if (!existsSync(prefix)) spawnSync("wine", ["winecfg", "-v", "win10"], { env, stdio: "ignore" });
  console.log(`wine prefix ready: ${seconds()}`);

  const emulator = await startEmulator({ port: 0 });
  const port = 20_000 + (process.pid % 20_000);
  const log = path.join(work, "bridge-output.txt");
  // Node under wine fails on a pipe for stdout (EBADF), so the .exe writes to a file.
  const out = openSync(log, "w");
  const bridge = spawn("wine", [EXE, "--port", String(port), "--http-only", "--tally", emulator.url], { env, stdio: ["ignore", out, out] });
  const url = `http://127.0.0.1:${port}`;
  const failures: string[] = [];
  /** One step: says how it went and when, and keeps going so one run shows every step. */
  const step = (name: string, ok: boolean, detail = "") => {
    console.log(`${ok ? "ok  " : "FAIL"} ${name} (${seconds()})${detail ? `: ${detail}` : ""}`);
    if (!ok) failures.push(name);
  };
  try {
    const code = await until("the pairing code", 60_000, () => /Pairing code: (\S+)/.exec(readFileSync(log, "utf8"))?.[1]);
    step("bridge.exe started and printed its pairing code", true);
    const health = (await (await fetch(`${url}/health`)).json()) as { bridge?: string; tally?: { running?: boolean } };
    step("GET /health answered", health.bridge === "ok");
    step("the bridge reached Tally for /health", health.tally?.running === true, JSON.stringify(health.tally));
    const token = globalThis.crypto.randomUUID().replace(/-/g, "") + "abcdefgh";
    const paired = await fetch(`${url}/pair`, { method: "POST", headers: { Origin: PANE }, body: JSON.stringify({ code, token }) });
    step("POST /pair with the printed code", paired.status === 200, String(paired.status));
    const res = await fetch(`${url}/tally`, {
      method: "POST",
      headers: { Origin: PANE, Authorization: `Bearer ${token}` },
      body: newImport(ledgerXml("श्री गणेश ट्रेडर्स", "Sundry Debtors")),
    });
    const answer = await res.text();
    const created = res.status === 200 && answer.includes("<CREATED>1</CREATED>") && emulator.state.ledgers.has("श्री गणेश ट्रेडर्स");
    step("POST /tally reached the emulator and Tally's answer came back", created, created ? "" : `${res.status} ${answer.slice(0, 200)}`);
  } catch (error) {
    step("the smoke test ran to the end", false, (error as Error).message);
  }
  if (failures.length > 0) {
    console.error(`WINE SMOKE TEST FAILED (${failures.length} step(s)) after ${seconds()}. bridge.exe said:\n${readFileSync(log, "utf8")}`);
    process.exitCode = 1;
  } else {
    console.log(`WINE SMOKE TEST PASSED in ${seconds()}`);
  }
  bridge.kill();
  spawnSync("wineserver", ["-k"], { env });
  await emulator.close();
  rmSync(work, { recursive: true, force: true });
}

void main();
