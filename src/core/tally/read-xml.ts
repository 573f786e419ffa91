/**
 * Tally XML as a small plain tree: cleaned (clean.ts), checked for well-formedness, parsed with
 * fast-xml-parser (a DOM builder was ten times slower on read-back replies of 50 vouchers), then
 * copied into names, attributes and text only. Element and attribute names are upper-cased: Tally
 * writes them so, and matches them case-insensitively itself (PROTOCOL.md 8.1; OFF-CS1 writes
 * `Action = "Create"`).
 */
import { XMLParser } from "fast-xml-parser";
import { cleanTallyXml } from "./clean";
import { wellFormedProblem } from "./read-well-formed";

export interface XmlElement {
  readonly name: string;
  readonly attrs: Readonly<Record<string, string>>;
  readonly children: readonly XmlElement[];
  /** The element's own text and CDATA, entities decoded, not trimmed (Tally pads numbers). */
  readonly text: string;
}

/** `empty` tells a blank body (no company open, PROTOCOL.md 4.4) from text that is not XML. */
export type ParsedXml = { ok: true; root: XmlElement } | { ok: false; empty: boolean; reason: string };

const ATTRS = ":@";
const TEXT = "#text";
const CDATA = "#cdata";
const COMMENT = "#comment";

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: "",
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  processEntities: true,
  htmlEntities: true,
  ignoreDeclaration: true,
  ignorePiTags: true,
  cdataPropName: CDATA,
  commentPropName: COMMENT,
});

// fast-xml-parser's ordered form: each node is { NAME: children[], ":@"?: attributes } or { "#text": text }.
type OrderedNode = Record<string, unknown>;

function nodeName(node: OrderedNode): string | undefined {
  for (const key in node) if (key !== ATTRS) return key;
  return undefined;
}

function textOf(nodes: OrderedNode[]): string {
  let text = "";
  for (const n of nodes) if (TEXT in n) text += String(n[TEXT]);
  return text;
}

function toElement(name: string, node: OrderedNode): XmlElement {
  const attrs: Record<string, string> = {};
  const rawAttrs = node[ATTRS] as Record<string, unknown> | undefined;
  if (rawAttrs) for (const key in rawAttrs) attrs[key.toUpperCase()] = String(rawAttrs[key]);
  const children: XmlElement[] = [];
  let text = "";
  for (const child of node[name] as OrderedNode[]) {
    const childName = nodeName(child);
    if (childName === TEXT) text += String(child[TEXT]);
    else if (childName === CDATA) text += textOf(child[CDATA] as OrderedNode[]);
    else if (childName !== undefined && childName !== COMMENT) children.push(toElement(childName, child));
  }
  return { name: name.toUpperCase(), attrs, children, text };
}

// The engine asks readExportError and then readVouchers about the same reply: remember the last one.
let last: { text: string; parsed: ParsedXml } | undefined;

/** Cleans and parses a Tally reply; says why when it cannot be read as a single XML tree. */
export function parseTallyXml(text: string): ParsedXml {
  if (last && last.text === text) return last.parsed;
  const parsed = parseUncached(text);
  last = { text, parsed };
  return parsed;
}

function parseUncached(text: string): ParsedXml {
  const cleaned = cleanTallyXml(text);
  if (cleaned.trim() === "") return { ok: false, empty: true, reason: "is empty" };
  const problem = wellFormedProblem(cleaned);
  if (problem) return { ok: false, empty: false, reason: problem };
  try {
    const nodes = parser.parse(cleaned) as OrderedNode[];
    const rootNode = nodes.find((n) => {
      const name = nodeName(n);
      return name !== undefined && name !== TEXT && name !== COMMENT;
    });
    if (!rootNode) return { ok: false, empty: false, reason: "has no root element" };
    return { ok: true, root: toElement(nodeName(rootNode)!, rootNode) };
  } catch (error) {
    const reason = error instanceof Error ? error.message.split("\n")[0] : "could not be parsed";
    return { ok: false, empty: false, reason };
  }
}

/** Direct children with this (upper-case) name. */
export function childrenNamed(el: XmlElement, name: string): XmlElement[] {
  return el.children.filter((c) => c.name === name);
}

export function firstChild(el: XmlElement, name: string): XmlElement | undefined {
  return el.children.find((c) => c.name === name);
}

/** Trimmed text of the first direct child with this name; undefined when absent or blank. */
export function childText(el: XmlElement, name: string): string | undefined {
  const text = firstChild(el, name)?.text.trim();
  return text ? text : undefined;
}

/** Every element with this name below `el`, in document order. */
export function descendantsNamed(el: XmlElement, name: string): XmlElement[] {
  const found: XmlElement[] = [];
  const walk = (node: XmlElement): void => {
    for (const c of node.children) {
      if (c.name === name) found.push(c);
      walk(c);
    }
  };
  walk(el);
  return found;
}

/**
 * Exported objects (LEDGER, VOUCHER, COMPANY...) wherever Tally puts them: a collection read
 * gives BODY/DATA/COLLECTION/<OBJECT>, reports and List of Accounts give .../TALLYMESSAGE/<OBJECT>
 * (PROTOCOL.md 4.1 item 5). Nested namesakes (a COMPANY inside CMPINFO) are not objects.
 */
export function exportedObjects(root: XmlElement, tag: string): XmlElement[] {
  const found: XmlElement[] = [];
  const walk = (node: XmlElement): void => {
    for (const c of node.children) {
      if (c.name === tag && (node.name === "COLLECTION" || node.name === "TALLYMESSAGE")) found.push(c);
      else walk(c);
    }
  };
  walk(root);
  return found;
}
