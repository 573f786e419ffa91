/**
 * Where the writers put elements, and how that becomes text through xmlbuilder2 quickly.
 *
 * xmlbuilder2 keeps a full DOM at roughly ten microseconds a node, so building one per voucher
 * made 100,000 invoice lines take tens of seconds; its serialiser is about ten times cheaper. So
 * the writers first record each TALLYMESSAGE as a plain tree. The first message of each shape
 * (same elements, attributes and empty texts) is built as an xmlbuilder2 fragment and kept; later
 * messages of that shape only replace the kept fragment's text and attribute values through the
 * DOM, and xmlbuilder2 serialises (and escapes) it again.
 */
import { fragment } from "xmlbuilder2";
import type { XMLBuilder } from "xmlbuilder2/lib/interfaces";

/** The part of a builder the writers use: elements with attributes, and text. */
export interface XmlSink {
  ele(name: string, attributes?: Record<string, string>): XmlSink;
  txt(text: string): XmlSink;
}

/**
 * xmlbuilder2 4 leaves an `&` unescaped when what follows already looks like a reference, so
 * "R&amp;D" would reach Tally as "R&D" and a typed "&#4;" as Tally's system mark. Doubling every
 * `&` first makes the output exact; write.test.ts pins this in case the library changes.
 */
function exact(text: string): string {
  return text.replace(/&/g, "&amp;");
}

/** `<NAME>value</NAME>` under `parent`; nothing when the value is undefined, `<NAME/>` when empty. */
export function put(parent: XmlSink, name: string, value: string | undefined): void {
  if (value === undefined) return;
  const element = parent.ele(name);
  if (value !== "") element.txt(exact(value));
}

/** A child element with attributes, their values escaped exactly as texts are. */
export function child(parent: XmlSink, name: string, attributes: Record<string, string>): XmlSink {
  const escaped: Record<string, string> = {};
  for (const [key, value] of Object.entries(attributes)) escaped[key] = exact(value);
  return parent.ele(name, escaped);
}

export interface Recorded {
  name: string;
  attributes: Record<string, string>;
  text: string;
  children: Recorded[];
}

/** Records elements as plain objects: cheap, and enough to know a message's shape and values. */
export class Recorder implements XmlSink {
  constructor(readonly node: Recorded) {}

  static root(name: string, attributes: Record<string, string> = {}): Recorder {
    return new Recorder({ name, attributes, text: "", children: [] });
  }

  ele(name: string, attributes: Record<string, string> = {}): XmlSink {
    const node: Recorded = { name, attributes, text: "", children: [] };
    this.node.children.push(node);
    return new Recorder(node);
  }

  txt(text: string): XmlSink {
    this.node.text += text;
    return this;
  }
}

/** Element names, attribute names and which texts are non-empty, with nesting: what the kept DOM must match. */
function shapeOf(node: Recorded): string {
  const inner = node.children.map(shapeOf).join("");
  return `<${node.name} ${Object.keys(node.attributes).join(" ")}${node.text ? "|t" : ""}>${inner}</>`;
}

/** Text and attribute values in document order: each element's attributes, its text, then its children. */
function valuesOf(node: Recorded, out: string[] = []): string[] {
  out.push(...Object.values(node.attributes));
  if (node.text) out.push(node.text);
  for (const c of node.children) valuesOf(c, out);
  return out;
}

/** The little of xmlbuilder2's DOM used here (the core's lib has no DOM types). */
interface DomNode {
  nodeType: number;
  childNodes: Iterable<DomNode>;
  firstChild: DomNode | null;
  data?: string;
  getAttributeNode?(name: string): { value: string } | null;
}

/** Replaces one text or attribute value in a kept fragment. */
type Slot = (value: string) => void;

function build(parent: XMLBuilder, node: Recorded): void {
  const element = parent.ele(node.name, node.attributes);
  if (node.text) element.txt(node.text);
  for (const c of node.children) build(element, c);
}

/** The replaceable values of a built element, in the order valuesOf lists them. */
function slotsOf(element: DomNode, node: Recorded, out: Slot[] = []): Slot[] {
  for (const name of Object.keys(node.attributes)) {
    const attr = element.getAttributeNode!(name)!;
    out.push((value) => (attr.value = value));
  }
  if (node.text) {
    const text = element.firstChild!;
    out.push((value) => (text.data = value));
  }
  const elements = Array.from(element.childNodes).filter((n) => n.nodeType === 1);
  node.children.forEach((c, i) => slotsOf(elements[i], c, out));
  return out;
}

interface Kept {
  frag: XMLBuilder;
  slots: Slot[];
}

const MAX_SHAPES = 256;

/** Serialises recorded messages, keeping one xmlbuilder2 fragment per shape for one request. */
export class MessageSerializer {
  private readonly kept = new Map<string, Kept>();

  constructor(private readonly format: { prettyPrint: boolean; indent: string; offset: number }) {}

  serialize(message: Recorded): string {
    const shape = shapeOf(message);
    let kept = this.kept.get(shape);
    if (kept) {
      const values = valuesOf(message);
      kept.slots.forEach((replace, i) => replace(values[i]));
    } else {
      const frag = fragment();
      build(frag, message);
      kept = { frag, slots: slotsOf(frag.first().node as unknown as DomNode, message) };
      if (this.kept.size >= MAX_SHAPES) this.kept.clear();
      this.kept.set(shape, kept);
    }
    return kept.frag.end(this.format);
  }
}
