/**
 * manifest.xml, and the dist/manifest.xml of both production builds (a hosted origin with a path
 * prefix, and the bridge-served pane), against Microsoft's XSDs in ../shared/office-manifest-schemas
 * (its README says how they were patched to load). Validated by xmllint compiled to WebAssembly.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { validateXML, type XMLValidationResult } from "xmllint-wasm";
import { BRIDGE_SERVED_ORIGIN } from "../../scripts/manifest-origin";

const ROOT = path.resolve(__dirname, "..", "..");
const SCHEMAS = path.resolve(ROOT, "../shared/office-manifest-schemas");
const MAIN_SCHEMA = "OfficeAppManifestV1_1.xsd";
const HOSTED_ORIGIN = "https://addin.example.org/th";

async function checkManifest(xml: string): Promise<XMLValidationResult> {
  const schemaFile = (name: string) => ({ fileName: name, contents: readFileSync(path.join(SCHEMAS, name), "utf8") });
  const imported = readdirSync(SCHEMAS).filter((f) => f.endsWith(".xsd") && f !== MAIN_SCHEMA);
  return validateXML({
    xml: [{ fileName: "manifest.xml", contents: xml }],
    schema: [schemaFile(MAIN_SCHEMA)],
    preload: imported.map(schemaFile),
  });
}

const problems = (result: XMLValidationResult) => result.errors.map((e) => e.rawMessage);

/** A real production build (`webpack --mode production --env origin=...`) into a temp folder; its manifest. */
function builtManifest(origin: string): string {
  const out = mkdtempSync(path.join(os.tmpdir(), "th-manifest-build-"));
  try {
    const cli = require.resolve("webpack-cli/bin/cli.js");
    const args = [cli, "--mode", "production", "--env", `origin=${origin}`, "--output-path", out];
    const run = spawnSync(process.execPath, args, { cwd: ROOT, encoding: "utf8", timeout: 170000 });
    if (run.status !== 0) throw new Error(`the build for ${origin} failed (exit ${run.status}):\n${run.stdout}\n${run.stderr}`);
    return readFileSync(path.join(out, "manifest.xml"), "utf8");
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

describe("manifest.xml against the Office add-in manifest XSDs", () => {
  const source = readFileSync(path.join(ROOT, "manifest.xml"), "utf8");

  it("passes as written (development origin)", async () => {
    expect(problems(await checkManifest(source))).toEqual([]);
  });

  it("fails when an element is misspelt or a required one is missing, so the check can fail", async () => {
    const misspelt = await checkManifest(source.replace("<ProviderName>", "<ProviderNme>").replace("</ProviderName>", "</ProviderNme>"));
    expect(misspelt.valid).toBe(false);
    expect(problems(misspelt).join("\n")).toContain("ProviderNme");
    const noId = await checkManifest(source.replace(/<Id>[^<]*<\/Id>/, ""));
    expect(noId.valid).toBe(false);
  });

  it.each([
    ["a hosted origin with a path prefix", HOSTED_ORIGIN],
    ["the bridge-served pane", BRIDGE_SERVED_ORIGIN],
  ])("passes in the production build for %s (%s)", async (_what, origin) => {
    const built = builtManifest(origin);
    expect(built).toContain(`DefaultValue="${origin}/taskpane.html"`);
    expect(built).not.toContain("localhost:3000");
    expect(problems(await checkManifest(built))).toEqual([]);
  });
});
