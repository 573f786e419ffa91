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

function build(parent: XMLBuilder, node: Recorded, slots: { n: number }): void {
  const attributes: Record<string, string> = {};
  for (const key of Object.keys(node.attributes)) attributes[key] = placeholder(slots.n++);
  const element = parent.ele(node.name, attributes);
  if (node.text) element.txt(placeholder(slots.n++));
  for (const c of node.children) build(element, c, slots);
}

// Plain ASCII that no escaping touches and no tag name holds, so it survives serialisation as is;
// ASCII also keeps the template one byte per character, which halves the size of a joined request.
const placeholder = (i: number) => `@TH${i}@`;
const PLACEHOLDER = /@TH(\d+)@/;

/** Values with none of these come out of xmlbuilder2's serialiser unchanged, text or attribute. */
const NEEDS_LIBRARY = /[&<>"'\r\n\t]/;

interface Kept {
  /** Serialised template split at its placeholders: static XML at even indexes, slot numbers at odd. */
  parts: string[];
  /** Per slot: an attribute value (true) or element text (false). */
  inAttribute: boolean[];
}

function slotKinds(node: Recorded, out: boolean[] = []): boolean[] {
  for (const _ of Object.keys(node.attributes)) out.push(true);
  if (node.text) out.push(false);
  for (const c of node.children) slotKinds(c, out);
  return out;
}

const MAX_SHAPES = 256;
const MAX_ESCAPED = 20_000;

/**
 * Serialises recorded messages. Each message shape is built and serialised by xmlbuilder2 once,
 * with placeholders for its values; every value that holds a character XML must escape is
 * escaped by xmlbuilder2 itself (cached: names repeat), and values without such characters,
 * which escaping would leave unchanged, are put in directly. The bytes are the same as
 * serialising each message through xmlbuilder2 (write.test.ts and the benchmark compare them).
 */
export class MessageSerializer {
  // Shared by every request: a push sends hundreds of small requests of the same few shapes.
  private static readonly kept = new Map<string, Kept>();
  private static readonly escaped = new Map<string, string>();
  private readonly formatKey: string;

  constructor(private readonly format: { prettyPrint: boolean; indent: string; offset: number }) {
    this.formatKey = `${format.prettyPrint}|${format.indent}|${format.offset}|`;
  }

  serialize(message: Recorded): string {
    const out: string[] = [];
    this.serializeInto(message, out);
    return out.join("");
  }

  /** Appends the message's pieces to `out`: one join for a whole request keeps big imports cheap. */
  serializeInto(message: Recorded, out: string[]): void {
    const shape = this.formatKey + shapeOf(message);
    const cache = MessageSerializer.kept;
    let kept = cache.get(shape);
    if (!kept) {
      const frag = fragment();
      build(frag, message, { n: 0 });
      kept = { parts: frag.end(this.format).split(PLACEHOLDER), inAttribute: slotKinds(message) };
      if (cache.size >= MAX_SHAPES) cache.clear();
      cache.set(shape, kept);
    }
    const values = valuesOf(message);
    const { parts, inAttribute } = kept;
    out.push(parts[0]);
    for (let i = 1; i < parts.length; i += 2) {
      const slot = Number(parts[i]);
      out.push(this.escape(values[slot], inAttribute[slot]), parts[i + 1]);
    }
  }

  private escape(value: string, inAttribute: boolean): string {
    if (!NEEDS_LIBRARY.test(value)) return value;
    const key = `${inAttribute ? "a" : "t"}${value}`;
    const cache = MessageSerializer.escaped;
    let done = cache.get(key);
    if (done === undefined) {
      done = inAttribute ? libraryAttribute(value) : libraryText(value);
      if (cache.size >= MAX_ESCAPED) cache.clear();
      cache.set(key, done);
    }
    return done;
  }
}

function libraryText(value: string): string {
  const xml = fragment().ele("V").txt(value).end();
  return xml.slice("<V>".length, -"</V>".length);
}

function libraryAttribute(value: string): string {
  const xml = fragment().ele("V", { a: value }).end();
  return xml.slice('<V a="'.length, -'"/>'.length);
}
