import { mkdtemp, readFile, rm, stat } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { runBridgeCli, type BridgeCliIo } from "./main";
import { STARTUP_FILE_NAME, startupScript, thisBridgeCommand } from "./startup";

let appData: string;
beforeEach(async () => {
  appData = await mkdtemp(path.join(os.tmpdir(), "tally-handoff-appdata-"));
});
afterEach(() => rm(appData, { recursive: true, force: true }));

function io(env: NodeJS.ProcessEnv) {
  const out: string[] = [];
  const err: string[] = [];
  const value: BridgeCliIo = {
    out: (l) => out.push(l),
    err: (l) => err.push(l),
    env,
    stopped: new Promise(() => {}),
    loadHttps: () => Promise.reject(new Error("none")),
    startupCommand: ["C:\\Users\\Asha\\Downloads\\tally-handoff-bridge.exe"],
  };
  return { value, out, err };
}

const startupFile = () => path.join(appData, "Microsoft", "Windows", "Start Menu", "Programs", "Startup", STARTUP_FILE_NAME);

describe("starting the bridge with Windows", () => {
  it("--install-startup writes a .cmd in the user's Startup folder that starts this bridge minimised with the same options", async () => {
    const t = io({ APPDATA: appData });
    expect(await runBridgeCli(["--install-startup", "--port", "9401"], t.value)).toBe(0);
    const text = await readFile(startupFile(), "utf8");
    expect(text).toBe(startupScript(["C:\\Users\\Asha\\Downloads\\tally-handoff-bridge.exe", "--port", "9401"]));
    expect(text).toContain('start "Tally Handoff bridge" /min "C:\\Users\\Asha\\Downloads\\tally-handoff-bridge.exe" "--port" "9401"');
    expect(text.split("\r\n")[0]).toBe("@echo off");
    expect(t.out.join("\n")).toContain("will start when you sign in to Windows");
  });

  it("--uninstall-startup removes it, and says so when there was nothing to remove", async () => {
    await runBridgeCli(["--install-startup"], io({ APPDATA: appData }).value);
    const t = io({ APPDATA: appData });
    expect(await runBridgeCli(["--uninstall-startup"], t.value)).toBe(0);
    await expect(stat(startupFile())).rejects.toMatchObject({ code: "ENOENT" });
    expect(t.out.join("\n")).toContain("will no longer start with Windows");
    const again = io({ APPDATA: appData });
    await runBridgeCli(["--uninstall-startup"], again.value);
    expect(again.out.join("\n")).toContain("was not set to start with Windows");
  });

  it("says plainly that it works on Windows only when there is no %APPDATA%", async () => {
    const t = io({});
    expect(await runBridgeCli(["--install-startup"], t.value)).toBe(2);
    expect(t.err.join("\n")).toContain("Windows only");
  });

  it("refuses a path that cmd.exe would read as a variable", () => {
    expect(() => startupScript(["C:\\100%\\bridge.exe"])).toThrow(/percent/);
  });

  it("starts the .exe alone, but node with the bundled .js", () => {
    expect(thisBridgeCommand("C:\\b\\tally-handoff-bridge.exe", "C:\\b\\tally-handoff-bridge.exe")).toEqual([
      "C:\\b\\tally-handoff-bridge.exe",
    ]);
    expect(thisBridgeCommand("/usr/bin/node", "/opt/tally-handoff-bridge.js")).toEqual(["/usr/bin/node", "/opt/tally-handoff-bridge.js"]);
  });
});
