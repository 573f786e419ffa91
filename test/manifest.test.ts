/**
 * The manifest checked offline. `office-addin-manifest validate` always posts to Microsoft's online
 * service and the XSDs ship in no npm package, so the structure is asserted here (stack-notes.md "Manifest").
 */
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { XMLParser } from "fast-xml-parser";

const ROOT = path.resolve(__dirname, "..");
const MANIFEST = path.join(ROOT, "manifest.xml");
const ORIGIN = "https://localhost:3000/";

interface El {
  name: string;
  attrs: Record<string, string>;
  text: string;
  children: El[];
}

type Ordered = Record<string, unknown>;

function toEl(node: Ordered): El | undefined {
  const name = Object.keys(node).find((key) => key !== ":@" && key !== "#text" && !key.startsWith("?"));
  if (!name) return undefined;
  const kids = node[name] as Ordered[];
  const rawAttrs = (node[":@"] ?? {}) as Record<string, string>;
  const attrs = Object.fromEntries(Object.entries(rawAttrs).map(([k, v]) => [k.slice("@_".length), String(v)]));
  const text = kids
    .map((k) => (k["#text"] === undefined ? "" : String(k["#text"])))
    .join("")
    .trim();
  return { name, attrs, text, children: kids.map(toEl).filter((el): el is El => el !== undefined) };
}

function parseManifest(xml: string): El {
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: "@_",
    preserveOrder: true,
    parseAttributeValue: false,
    parseTagValue: false,
  });
  const root = (parser.parse(xml) as Ordered[]).map(toEl).find((el) => el?.name === "OfficeApp");
  if (!root) throw new Error("manifest.xml has no OfficeApp root");
  return root;
}

function descendants(el: El): El[] {
  return el.children.flatMap((child) => [child, ...descendants(child)]);
}

const named = (el: El, name: string): El[] => descendants(el).filter((d) => d.name === name);
const childOf = (el: El, name: string): El | undefined => el.children.find((c) => c.name === name);

const app = parseManifest(readFileSync(MANIFEST, "utf8"));
const resources = named(app, "Resources")[0];
/** resid -> DefaultValue, over bt:Images, bt:Urls, bt:ShortStrings and bt:LongStrings. */
const resourceValues = new Map(
  descendants(resources)
    .filter((el) => el.attrs.id)
    .map((el) => [el.attrs.id, el.attrs.DefaultValue]),
);
const resource = (resid: string): string => resourceValues.get(resid) ?? `<unresolved ${resid}>`;

/** The width and height an image file says it has, read from its PNG header. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  expect(bytes.subarray(1, 4).toString("ascii")).toBe("PNG");
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

function assetPath(url: string): string {
  expect(url.startsWith(ORIGIN)).toBe(true);
  return path.join(ROOT, url.slice(ORIGIN.length));
}

describe("manifest.xml", () => {
  it("is a task pane add-in for Excel workbooks with a GUID id and the product's names", () => {
    expect(app.attrs["xsi:type"]).toBe("TaskPaneApp");
    expect(childOf(app, "Id")?.text).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
    expect(childOf(app, "ProviderName")?.text).toBe("Tally Handoff");
    expect(childOf(app, "DisplayName")?.attrs.DefaultValue).toBe("Tally Handoff");
    expect(childOf(childOf(app, "Hosts")!, "Host")?.attrs.Name).toBe("Workbook");
  });

  it("asks to read and write the document and needs ExcelApi 1.9", () => {
    expect(childOf(app, "Permissions")?.text).toBe("ReadWriteDocument");
    const sets = named(childOf(app, "Requirements")!, "Set").map((s) => `${s.attrs.Name} ${s.attrs.MinVersion}`);
    expect(sets).toEqual(["ExcelApi 1.9"]);
  });

  it("resolves every resid to a resource, and every resource id is unique", () => {
    const used = descendants(app).filter((el) => el.attrs.resid !== undefined);
    const unresolved = used.filter((el) => !resourceValues.has(el.attrs.resid));
    expect(unresolved.map((el) => `${el.name} resid=${el.attrs.resid}`)).toEqual([]);
    const ids = descendants(resources)
      .map((el) => el.attrs.id)
      .filter(Boolean);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("uses only https URLs", () => {
    const valuesOf = (el: El) =>
      Object.entries(el.attrs)
        .filter(([k]) => !k.startsWith("xmlns"))
        .map(([, v]) => v);
    const urls = descendants(app)
      .flatMap((el) => [el.text, ...valuesOf(el)])
      .filter((value) => /^[a-z][a-z0-9+.-]*:\/\//i.test(value));
    expect(urls.length).toBeGreaterThan(10);
    expect(urls.filter((url) => !url.startsWith("https://"))).toEqual([]);
  });

  it("has Validate and Send to Tally buttons that open the pane on their action", () => {
    const buttons = named(app, "Control").filter((c) => c.attrs["xsi:type"] === "Button");
    const summary = buttons.map((button) => {
      const action = childOf(button, "Action")!;
      return {
        label: resource(childOf(button, "Label")!.attrs.resid),
        tooltip: resource(named(button, "Description")[0].attrs.resid).length > 20,
        action: action.attrs["xsi:type"],
        pane: childOf(action, "TaskpaneId")?.text,
        url: resource(childOf(action, "SourceLocation")!.attrs.resid),
      };
    });
    const opensPane = { tooltip: true, action: "ShowTaskpane", pane: "TallyHandoff.Pane" };
    expect(summary).toEqual([
      { label: "Validate", ...opensPane, url: `${ORIGIN}taskpane.html?action=validate` },
      { label: "Send to Tally", ...opensPane, url: `${ORIGIN}taskpane.html?action=send` },
    ]);
    expect(resource(childOf(named(app, "Group")[0], "Label")!.attrs.resid)).toBe("Tally Handoff");
  });

  it("loads the pane and the ribbon functions from pages the build emits", () => {
    const webpackConfig = readFileSync(path.join(ROOT, "webpack.config.js"), "utf8");
    const pane = named(app, "SourceLocation")[0].attrs.DefaultValue;
    const functionFile = resource(named(app, "FunctionFile")[0].attrs.resid);
    const pages = [pane, functionFile];
    expect(pages).toEqual([`${ORIGIN}taskpane.html`, `${ORIGIN}commands.html`]);
    for (const page of pages) expect(webpackConfig).toContain(`filename: "${page.slice(ORIGIN.length)}"`);
  });

  it("points every icon at a PNG in assets/ of the size the manifest claims", () => {
    const sized: [string, number][] = named(app, "bt:Image")
      .filter((img) => img.attrs.size)
      .map((img) => [resource(img.attrs.resid), Number(img.attrs.size)]);
    const store: [string, number][] = [
      [childOf(app, "IconUrl")!.attrs.DefaultValue, 32],
      [childOf(app, "HighResolutionIconUrl")!.attrs.DefaultValue, 64],
    ];
    expect(sized.length).toBeGreaterThanOrEqual(9);
    for (const [url, size] of [...sized, ...store]) {
      const file = assetPath(url);
      expect(existsSync(file)).toBe(true);
      expect(pngSize(file)).toEqual({ width: size, height: size });
    }
  });

  // Run as a separate process: the package's JS API pulls in an ES module that jest's runtime cannot require.
  it("is read by `office-addin-manifest info`, the Office tooling's own parser, which works offline", () => {
    const cli = path.join(ROOT, "node_modules", "office-addin-manifest", "cli.js");
    const run = spawnSync(process.execPath, [cli, "info", MANIFEST], { encoding: "utf8", timeout: 20000 });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(`Id: ${childOf(app, "Id")?.text}`);
    expect(run.stdout).toContain("Hosts: Workbook");
    expect(run.stdout).toContain("Permissions: ReadWriteDocument");
  });
});
