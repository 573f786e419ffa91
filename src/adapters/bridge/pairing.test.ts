import { mkdtemp, readFile, rm, stat, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { bridgeConfigPath, handoffHome, readBridgeConfig } from "./config";
import { newPairingToken } from "../pairing-token";
import { pairBridge, pairedToken, tokenMatches } from "./pairing";

let home: string;
let env: NodeJS.ProcessEnv;
beforeEach(async () => {
  home = await mkdtemp(path.join(os.tmpdir(), "tally-handoff-pairing-"));
  env = { TALLY_HANDOFF_HOME: path.join(home, "settings") };
});
afterEach(() => rm(home, { recursive: true, force: true }));

describe("a presented pairing token", () => {
  it("matches only the exact token", () => {
    const token = newPairingToken();
    expect(tokenMatches(token, token)).toBe(true);
    expect(tokenMatches(`${token}x`, token)).toBe(false);
    expect(tokenMatches(token.slice(1), token)).toBe(false);
    expect(tokenMatches(undefined, token)).toBe(false);
  });
});

describe("the bridge's stored token", () => {
  it("lives in bridge.json under TALLY_HANDOFF_HOME, else under ~/.tally-handoff", () => {
    expect(bridgeConfigPath(env)).toBe(path.join(home, "settings", "bridge.json"));
    expect(handoffHome({})).toBe(path.join(os.homedir(), ".tally-handoff"));
  });

  it("is absent before pairing, stored by --pair, and replaced by a second --pair", async () => {
    expect(await pairedToken(env)).toBeUndefined();
    const first = newPairingToken();
    const file = await pairBridge(first, env, new Date("2026-04-01T10:00:00Z"));
    expect(await pairedToken(env)).toBe(first);
    expect(await readBridgeConfig(env)).toEqual({ token: first, pairedAt: "2026-04-01T10:00:00.000Z" });
    const second = newPairingToken();
    await pairBridge(second, env);
    expect(await pairedToken(env)).toBe(second);
    expect(await readFile(file, "utf8")).not.toContain(first);
  });

  it("is readable by this user only", async () => {
    const file = await pairBridge(newPairingToken(), env);
    if (process.platform !== "win32") {
      expect((await stat(file)).mode & 0o777).toBe(0o600);
      expect((await stat(path.dirname(file))).mode & 0o777).toBe(0o700);
    }
  });

  it("refuses to store something that is not a token", async () => {
    await expect(pairBridge("short", env)).rejects.toMatchObject({ code: "bridge-unpaired" });
    expect(await pairedToken(env)).toBeUndefined();
  });

  it("reports a damaged settings file in words instead of a JSON stack trace", async () => {
    await pairBridge(newPairingToken(), env);
    await writeFile(bridgeConfigPath(env), "{ not json");
    await expect(pairedToken(env)).rejects.toMatchObject({ code: "internal", message: expect.stringContaining("not valid JSON") });
  });
});
