/**
 * For the benchmarks that run against the emulator's cost model: the emulator in its own process
 * (so its CPU is not ours), on a free port, with the control endpoint; and its modelled Tally time.
 */
import { spawn } from "node:child_process";
import { createServer } from "node:net";
import path from "node:path";

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, "127.0.0.1", () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

async function waitFor(url: string): Promise<void> {
  for (let i = 0; i < 600; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  throw new Error("emulator did not start");
}

/** `tally-handoff emulator --control ...args` on a free port; resolves once it answers. */
export async function emulatorChild(args: string[]): Promise<{ url: string; stop(): void }> {
  const port = await freePort();
  const root = path.resolve(__dirname, "..");
  const argv = ["--import", "tsx", path.join(root, "bin/tally-handoff.js"), "emulator", "--port", String(port), "--control", ...args];
  const child = spawn(process.execPath, argv, { stdio: "ignore", cwd: root });
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitFor(url);
  } catch (e) {
    child.kill();
    throw e;
  }
  return { url, stop: () => child.kill() };
}

export interface Cost {
  byKind: Record<string, { seconds: number; requests: number }>;
}

/** The emulator's modelled Tally time so far (GET /__emulator/cost); `reset` zeroes it first. */
export async function modelledCost(url: string, reset = false): Promise<Cost> {
  const res = await fetch(`${url}/__emulator/cost${reset ? "/reset" : ""}`, { method: reset ? "POST" : "GET" });
  return (await res.json()) as Cost;
}
