/**
 * `npm run build -- --env origin=...` writes dist/manifest.xml with every URL on that origin. The
 * manifest is taken from the project's own webpack config (the copy step's transform applied to
 * manifest.xml), so the wiring is tested without a full build; test/conformance builds for real.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { XMLParser } from "fast-xml-parser";
import { BRIDGE_SERVED_ORIGIN, DEV_ORIGIN, manifestForOrigin } from "../scripts/manifest-origin";

const ROOT = path.resolve(__dirname, "..");
const SOURCE = readFileSync(path.join(ROOT, "manifest.xml"), "utf8");

type Factory = (env: Record<string, unknown>, argv: { mode: string }) => Promise<{ plugins: object[] }>;
type CopyPattern = { from: string; transform?: (content: Buffer, file: string) => string };

/** The manifest the production build would write for `env`, from webpack.config.js's copy step. */
async function builtManifest(env: Record<string, unknown>): Promise<string> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const factory = require(path.join(ROOT, "webpack.config.js")) as Factory;
  const config = await factory(env, { mode: "production" });
  const copy = config.plugins.find((p) => p.constructor.name === "CopyPlugin") as { patterns: CopyPattern[] };
  const pattern = copy.patterns.find((p) => p.from === "manifest.xml");
  if (!pattern?.transform) throw new Error("webpack.config.js copies manifest.xml without rewriting it");
  return pattern.transform(Buffer.from(SOURCE), path.join(ROOT, "manifest.xml"));
}

/** Every absolute URL in the manifest, attribute or text, with where it stands. */
function urlsOf(xml: string): { where: string; url: string }[] {
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: "@_",
    preserveOrder: true,
    parseTagValue: false,
    parseAttributeValue: false,
  });
  const found: { where: string; url: string }[] = [];
  const walk = (nodes: Record<string, unknown>[]) => {
    for (const node of nodes) {
      const name = Object.keys(node).find((k) => k !== ":@");
      if (!name || name.startsWith("?")) continue;
      for (const [attr, value] of Object.entries((node[":@"] ?? {}) as Record<string, string>)) {
        if (!attr.startsWith("@_xmlns") && /^[a-z]+:\/\//i.test(value)) found.push({ where: `${name} ${attr.slice(2)}`, url: value });
      }
      if (name === "#text" && /^[a-z]+:\/\//i.test(String(node[name]).trim()))
        found.push({ where: "text", url: String(node[name]).trim() });
      else if (Array.isArray(node[name])) walk(node[name] as Record<string, unknown>[]);
    }
  };
  walk(parser.parse(xml) as Record<string, unknown>[]);
  return found;
}

const sourceUrls = urlsOf(SOURCE);

describe("the built manifest names only the origin it is built for", () => {
  it("keeps the development origin https://localhost:3000 without --env origin", async () => {
    expect(DEV_ORIGIN).toBe("https://localhost:3000");
    expect(urlsOf(await builtManifest({}))).toEqual(sourceUrls);
    expect(sourceUrls.length).toBeGreaterThan(15);
  });

  it.each([
    ["https://addin.example.org/th", "https://addin.example.org/th"],
    ["https://addin.example.org/th/", "https://addin.example.org/th"],
    [BRIDGE_SERVED_ORIGIN, "https://localhost:9400"],
  ])("moves every URL and the AppDomain onto %s", async (origin, base) => {
    const built = await builtManifest({ origin });
    const urls = urlsOf(built);
    expect(urls.map((u) => u.where)).toEqual(sourceUrls.map((u) => u.where));
    const moved = sourceUrls.map(({ where, url }) => ({
      where,
      url: url === DEV_ORIGIN ? new URL(base).origin : base + url.slice(DEV_ORIGIN.length),
    }));
    expect(urls).toEqual(moved);
    expect(urls.filter((u) => !u.url.startsWith(`${new URL(base).origin}`))).toEqual([]);
    expect(urls.find((u) => u.where === "SourceLocation DefaultValue")?.url).toBe(`${base}/taskpane.html`);
    expect(built).not.toContain("localhost:3000");
  });

  it("is built for the bridge-served pane by npm run build:bridge-served", () => {
    const scripts = JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8")).scripts as Record<string, string>;
    expect(scripts["build:bridge-served"]).toBe(`webpack --mode production --env origin=${BRIDGE_SERVED_ORIGIN}`);
  });

  it.each([
    ["http://addin.example.org", "is not https"],
    ["https://addin.example.org/th?v=2", "has a query or a fragment"],
    ["https://addin.example.org/th#pane", "has a query or a fragment"],
    ["addin.example.org", "is not a URL"],
  ])("refuses the origin %s before building, saying it %s", async (origin, message) => {
    await expect(builtManifest({ origin })).rejects.toThrow(message);
  });

  it("refuses a manifest URL that is not on the development origin, instead of leaving it behind", () => {
    const foreign = SOURCE.replace('https://localhost:3000/taskpane.html"/>', 'https://elsewhere.example/taskpane.html"/>');
    expect(() => manifestForOrigin(foreign, "https://addin.example.org")).toThrow("https://elsewhere.example/taskpane.html");
  });
});
