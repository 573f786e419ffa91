/**
 * Reads a request body into a small element tree with a generic parser (fast-xml-parser), never
 * through the product's own Tally reader, so a bug there is not mirrored here.
 * Tally accepts its own `&#4;` sentinel in requests (PROTOCOL.md 6.3) and rejects any request that
 * is not well-formed XML (6.4: a raw `&`, even inside an attribute such as `<LEDGER NAME="A & B">`).
 * fast-xml-parser's XMLValidator checks `&` and `<` in text but not in attribute values, so every
 * attribute value, read raw, is put through the same validator as element text.
 */
import { XMLParser, XMLValidator } from "fast-xml-parser";

/** One element: tag and attribute names are kept as written; look-ups ignore case. */
export interface XNode {
  readonly name: string;
  readonly attrs: Readonly<Record<string, string>>;
  readonly children: readonly XNode[];
  /** Concatenated direct text, untrimmed. */
  readonly text: string;
}

/** Tally's system-name sentinel, U+0004, written `&#4;` on the wire. */
export const SENTINEL = "\u0004";
// A private-use stand-in survives the parser, which drops control characters.
const STAND_IN = "\uE004";
const SENTINEL_REF = /&#(?:0*4|x0*4);/gi;

// Tag and attribute names as written, every value kept as text, white space untouched.
const ORDERED_TEXT = {
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: "",
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
} as const;

const parser = new XMLParser({ ...ORDERED_TEXT, processEntities: true, htmlEntities: true, commentPropName: "#comment" });
// Same reading, but attribute values left exactly as written, for the well-formedness check.
const rawParser = new XMLParser({ ...ORDERED_TEXT, processEntities: false });

type Ordered = Record<string, unknown>;

/** True when every attribute value is well-formed XML content (no raw `<`, every `&` a reference). */
function attributesWellFormed(items: Ordered[]): boolean {
  for (const item of items) {
    const attrs = (item[":@"] ?? {}) as Record<string, unknown>;
    for (const value of Object.values(attrs)) {
      if (typeof value === "string" && /[&<]/.test(value) && XMLValidator.validate(`<v>${value}</v>`) !== true) return false;
    }
    for (const [k, content] of Object.entries(item)) {
      if (k !== ":@" && Array.isArray(content) && !attributesWellFormed(content as Ordered[])) return false;
    }
  }
  return true;
}

/** Parses a request; undefined when the text is not well-formed XML (Tally: "Unknown Request"). */
export function parseXml(text: string): XNode | undefined {
  const prepared = text.replace(SENTINEL_REF, STAND_IN);
  if (XMLValidator.validate(prepared) !== true) return undefined;
  if (/[&<]/.test(prepared) && !attributesWellFormed(rawParser.parse(prepared) as Ordered[])) return undefined;
  const items = parser.parse(prepared) as Ordered[];
  const roots = items.map(toNode).filter((n): n is XNode => n !== undefined);
  return roots.length === 1 ? roots[0] : undefined;
}

function restore(text: string): string {
  return text.split(STAND_IN).join(SENTINEL);
}

function toNode(item: Ordered): XNode | undefined {
  const name = Object.keys(item).find((k) => k !== ":@");
  if (!name || name.startsWith("?") || name === "#comment" || name === "#text") return undefined;
  const rawAttrs = (item[":@"] ?? {}) as Record<string, string>;
  const attrs: Record<string, string> = {};
  for (const [k, v] of Object.entries(rawAttrs)) attrs[k] = restore(String(v));
  const content = (item[name] ?? []) as Ordered[];
  const children: XNode[] = [];
  let text = "";
  for (const c of content) {
    if ("#text" in c) text += restore(String(c["#text"]));
    else {
      const node = toNode(c);
      if (node) children.push(node);
    }
  }
  return { name, attrs, children, text };
}

const same = (a: string, b: string): boolean => a.toUpperCase() === b.toUpperCase();

/** First child with this tag (case-insensitive). */
export function child(node: XNode | undefined, name: string): XNode | undefined {
  return node?.children.find((c) => same(c.name, name));
}

/** All children with this tag (case-insensitive), in document order. */
export function childrenNamed(node: XNode | undefined, name: string): XNode[] {
  return node ? node.children.filter((c) => same(c.name, name)) : [];
}

/** Walks a path of child tags: at(env, "BODY", "DESC", "STATICVARIABLES"). */
export function at(node: XNode | undefined, ...path: string[]): XNode | undefined {
  let current = node;
  for (const name of path) current = child(current, name);
  return current;
}

/** Trimmed text of the child at a path, or undefined when the element is absent. */
export function textAt(node: XNode | undefined, ...path: string[]): string | undefined {
  const found = at(node, ...path);
  return found ? found.text.trim() : undefined;
}

/** Attribute value by case-insensitive name (OFF-CS1 writes `Action = "Create"`). */
export function attr(node: XNode | undefined, name: string): string | undefined {
  if (!node) return undefined;
  const key = Object.keys(node.attrs).find((k) => same(k, name));
  return key === undefined ? undefined : node.attrs[key];
}

/** Every element below this one with the tag, depth-first. */
export function descendants(node: XNode, name: string): XNode[] {
  const found: XNode[] = [];
  for (const c of node.children) {
    if (same(c.name, name)) found.push(c);
    found.push(...descendants(c, name));
  }
  return found;
}
