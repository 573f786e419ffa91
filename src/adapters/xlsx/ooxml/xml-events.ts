/**
 * SAX over a part's XML with saxes, names without their namespace prefix (some writers spell
 * `<x:worksheet>`), for the small parts read whole and the large ones read as a stream.
 */
import type { Readable } from "node:stream";
import { SaxesParser, type SaxesTag } from "saxes";

export interface XmlTag {
  /** Local name: "c" for both `<c>` and `<x:c>`. */
  name: string;
  /** The name as written ("x:c"). */
  qname: string;
  attributes: Record<string, string>;
  selfClosing: boolean;
}

export interface XmlHandlers {
  open?(tag: XmlTag): void;
  close?(name: string, selfClosing: boolean): void;
  text?(text: string): void;
}

/** The part's XML is not well-formed (saxes found it so). */
export class XmlSyntaxError extends Error {}

export const localName = (name: string): string => name.slice(name.indexOf(":") + 1);

/** An attribute by local name (`r:id` is "id" in the relationships namespace). */
export function attr(tag: XmlTag, name: string): string | undefined {
  if (name in tag.attributes) return tag.attributes[name];
  for (const key of Object.keys(tag.attributes)) if (localName(key) === name) return tag.attributes[key];
  return undefined;
}

/**
 * A parser wired to the handlers; `position` on it is the offset into the text written so far.
 * Streaming (no positions), one tag object is reused for every element: handlers read it, never keep it.
 */
export function xmlParser(h: XmlHandlers, position = true): SaxesParser<{ position: true }> {
  const parser = new SaxesParser<{ position: true }>({ position } as { position: true });
  const reused: XmlTag = { name: "", qname: "", attributes: {}, selfClosing: false };
  parser.on("error", (e: Error) => {
    throw new XmlSyntaxError(e.message);
  });
  if (h.open)
    parser.on("opentag", (t: SaxesTag) => {
      const tag: XmlTag = position ? { name: "", qname: "", attributes: {}, selfClosing: false } : reused;
      tag.name = localName(t.name);
      tag.qname = t.name;
      tag.attributes = t.attributes as unknown as Record<string, string>;
      tag.selfClosing = t.isSelfClosing;
      h.open!(tag);
    });
  if (h.close) parser.on("closetag", (t: SaxesTag) => h.close!(localName(t.name), t.isSelfClosing));
  if (h.text) {
    parser.on("text", h.text);
    parser.on("cdata", h.text);
  }
  return parser;
}

export function parseXml(text: string, h: XmlHandlers): void {
  const parser = xmlParser(h);
  parser.write(text).close();
}

/** Feeds a part's stream through the handlers, chunk by chunk, never holding the whole text. */
export async function parseXmlStream(stream: Readable, h: XmlHandlers): Promise<void> {
  const parser = xmlParser(h, false);
  stream.setEncoding("utf8");
  for await (const chunk of stream) parser.write(chunk as string);
  parser.close();
}
