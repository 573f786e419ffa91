/** The production pane and the fake office.js, built by webpack in a child process (build.ts). */
import { spawn } from "node:child_process";
import path from "node:path";
import type { E2eBuild } from "./build";

const ROOT = path.resolve(__dirname, "..", "..");

/** Resolves with the build's folders; `onChild` gets a kill for the clean-up list. */
export function buildInChild(outDir: string, onChild: (kill: () => void) => void): Promise<E2eBuild> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [require.resolve("tsx/cli"), path.join(__dirname, "build.ts"), outDir], { cwd: ROOT });
    onChild(() => void (child.exitCode === null && child.kill()));
    let out = "";
    child.stdout.on("data", (d: Buffer) => (out += d));
    child.stderr.on("data", (d: Buffer) => (out += d));
    child.on("error", reject);
    child.on("close", (code) => {
      if (code !== 0) return reject(new Error(`the e2e build failed (exit ${code}):\n${out}`));
      resolve(JSON.parse(out.trim().split("\n").pop() as string) as E2eBuild);
    });
  });
}
