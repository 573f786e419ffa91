/**
 * Changing a few elements of a part while keeping every other byte of it: saxes finds where each
 * element starts and ends, the replacements are built by xmlbuilder2, and the text between them is
 * copied as it was. This is how the add-in writes its cells without re-serialising the user's XML.
 */
import { fragment } from "xmlbuilder2";
import { xmlParser, type XmlTag } from "./xml-events";

export interface TagSpan {
  tag: XmlTag;
  /** Offsets into the text: `<` of the start tag, and just after its `>`. */
  start: number;
  end: number;
}

export interface SpanHandlers {
  open?(span: TagSpan): void;
  /** `start` is the `<` of the end tag (of the start tag when self-closing), `end` just after it. */
  close?(name: string, start: number, end: number, selfClosing: boolean): void;
}

/** Walks the text's elements with their offsets. */
export function scanTags(text: string, h: SpanHandlers): void {
  let lastOpenStart = 0;
  const parser = xmlParser({
    open(tag) {
      const end = parser.position;
      // No `<` can stand inside a tag, so the nearest one before its `>` is where it starts.
      lastOpenStart = text.lastIndexOf("<", end - 1);
      h.open?.({ tag, start: lastOpenStart, end });
    },
    close(name, selfClosing) {
      const end = parser.position;
      h.close?.(name, selfClosing ? lastOpenStart : text.lastIndexOf("<", end - 1), end, selfClosing);
    },
  });
  parser.write(text).close();
}

export interface Splice {
  start: number;
  end: number;
  text: string;
}

/** The text with each [start, end) replaced; inserts at one offset keep the order they were given in. */
export function applySplices(text: string, splices: readonly Splice[]): string {
  return splicedPieces(text, splices).join("");
}

/** The same as pieces, for a large part: written out one by one, never joined into one more copy. */
export function splicedPieces(text: string, splices: readonly Splice[]): string[] {
  const ordered = splices.map((s, i) => ({ ...s, i })).sort((a, b) => a.start - b.start || a.i - b.i);
  const out: string[] = [];
  let at = 0;
  for (const s of ordered) {
    out.push(text.slice(at, s.start), s.text);
    at = Math.max(at, s.end);
  }
  out.push(text.slice(at));
  return out;
}

export type Attributes = Record<string, string>;

/** One element with its children, as text (xmlbuilder2 escapes every value). */
export interface ElementSpec {
  name: string;
  attributes?: Attributes;
  text?: string;
  children?: ElementSpec[];
}

function build(parent: ReturnType<typeof fragment>, spec: ElementSpec): void {
  const el = parent.ele(spec.name, spec.attributes ?? {});
  if (spec.text !== undefined) el.txt(spec.text);
  for (const child of spec.children ?? []) build(el, child);
}

export function elementText(...specs: ElementSpec[]): string {
  const frag = fragment();
  for (const spec of specs) build(frag, spec);
  return frag.end();
}

/** A start tag with these attributes (the original's, changed), open or self-closing like the original. */
export function startTagText(qname: string, attributes: Attributes, selfClosing: boolean): string {
  const text = elementText({ name: qname, attributes });
  return selfClosing ? text : text.replace(/\/>$/, ">");
}
