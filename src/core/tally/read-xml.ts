/**
 * Tally XML as a small plain tree: cleaned (clean.ts), checked for well-formedness, parsed with
 * xmlbuilder2, then copied out of its DOM so readers deal with names, attributes and text only.
 * Element and attribute names are upper-cased: Tally writes them so, and matches them
 * case-insensitively itself (PROTOCOL.md 8.1; OFF-CS1 writes `Action = "Create"`).
 */
import { create } from "xmlbuilder2";
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

// The structural subset of xmlbuilder2's DOM this file reads (its types live in a sub-package).
interface DomNode {
  nodeType: number;
  nodeName: string;
  nodeValue: string | null;
  childNodes: ArrayLike<DomNode>;
  attributes?: ArrayLike<{ name: string; value: string }>;
}

const ELEMENT = 1;
const TEXT = 3;
const CDATA = 4;

function toElement(node: DomNode): XmlElement {
  const attrs: Record<string, string> = {};
  for (const a of Array.from(node.attributes ?? [])) attrs[a.name.toUpperCase()] = a.value;
  const children: XmlElement[] = [];
  let text = "";
  for (const child of Array.from(node.childNodes)) {
    if (child.nodeType === ELEMENT) children.push(toElement(child));
    else if (child.nodeType === TEXT || child.nodeType === CDATA) text += child.nodeValue ?? "";
  }
  return { name: node.nodeName.toUpperCase(), attrs, children, text };
}

/** Cleans and parses a Tally reply; says why when it cannot be read as one XML document. */
export function parseTallyXml(text: string): ParsedXml {
  const cleaned = cleanTallyXml(text);
  if (cleaned.trim() === "") return { ok: false, empty: true, reason: "is empty" };
  const problem = wellFormedProblem(cleaned);
  if (problem) return { ok: false, empty: false, reason: problem };
  try {
    const doc = create(cleaned).node as unknown as { documentElement: DomNode | null };
    if (!doc.documentElement) return { ok: false, empty: false, reason: "has no root element" };
    return { ok: true, root: toElement(doc.documentElement) };
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
