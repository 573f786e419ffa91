/** Issue #13: the downloadable bridge, as `npm run package:bridge` makes it: sizes and build time. */
import { mkdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { buildBridgeExe, bundleBridgeJs } from "../scripts/package-bridge";

export async function benchBridgeArtifacts(): Promise<Record<string, number | string>> {
  const out = path.resolve(__dirname, "..", "dist-bridge");
  mkdirSync(out, { recursive: true });
  const t0 = performance.now();
  const js = await bundleBridgeJs(path.join(out, "tally-handoff-bridge.js"));
  const jsMs = performance.now() - t0;
  const t1 = performance.now();
  const exe = buildBridgeExe(js, path.join(out, "tally-handoff-bridge.exe"));
  const exeMs = performance.now() - t1;
  const kb = (file: string) => Math.round(statSync(file).size / 1024);
  return {
    bench: "bridge downloads",
    jsKb: kb(js),
    jsGzipKb: Math.round(gzipSync(readFileSync(js), { level: 9 }).length / 1024),
    jsBuildMs: Math.round(jsMs),
    exeMb: Math.round((statSync(exe).size / 1024 / 1024) * 10) / 10,
    exeGzipMb: Math.round((gzipSync(readFileSync(exe), { level: 6 }).length / 1024 / 1024) * 10) / 10,
    exeBuildMs: Math.round(exeMs),
  };
}

if (require.main === module) benchBridgeArtifacts().then((r) => console.log(JSON.stringify(r)));
