/** Issue #5: the task pane's production JavaScript, minified and gzipped (target under 400 KB gzip). */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";

export async function benchBundle(): Promise<Record<string, number | string>> {
  const out = mkdtempSync(path.join(os.tmpdir(), "tally-handoff-dist-"));
  try {
    const root = path.resolve(__dirname, "..");
    const t0 = performance.now();
    const run = spawnSync("npx", ["webpack", "--mode", "production", "--output-path", out], { cwd: root, encoding: "utf8" });
    if (run.status !== 0) throw new Error(`webpack failed:\n${run.stdout}\n${run.stderr}`);
    const buildMs = performance.now() - t0;
    const js = readdirSync(out).filter((f) => /^taskpane.*\.js$/.test(f));
    const bytes = js.map((f) => readFileSync(path.join(out, f)));
    const minified = bytes.reduce((s, b) => s + b.length, 0);
    const gzip = bytes.reduce((s, b) => s + gzipSync(b, { level: 9 }).length, 0);
    return {
      bench: "task pane bundle",
      files: js.join(" "),
      minifiedKb: Math.round(minified / 1024),
      gzipKb: Math.round(gzip / 1024),
      buildMs: Math.round(buildMs),
      target: "gzipKb < 400",
    };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

if (require.main === module) benchBundle().then((r) => console.log(JSON.stringify(r)));
