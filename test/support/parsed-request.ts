/**
 * A Tally request read back as plain objects, so tests check what Tally would read, not the
 * characters our writer chose. Read from the parsed DOM, because xmlbuilder2's `format: "object"`
 * escapes text again.
 */
import { create } from "xmlbuilder2";

export type XmlNode = Record<string, unknown>;

/** An element as a plain object: text-only elements become their decoded text, repeated children an array. */
function toObject(element: Element): XmlNode | string {
  const children = Array.from(element.childNodes).filter((n): n is Element => n.nodeType === 1);
  if (children.length === 0) return element.textContent ?? "";
  const out: XmlNode = {};
  for (const child of children) {
    const value = toObject(child);
    const seen = out[child.nodeName];
    out[child.nodeName] = seen === undefined ? value : Array.isArray(seen) ? [...seen, value] : [seen, value];
  }
  return out;
}

/** The parsed VOUCHER of a one-voucher legacy request. */
export function parsedVoucher(xml: string): XmlNode {
  const envelope = toObject(create(xml).root().node as unknown as Element) as XmlNode;
  const message = (((envelope.BODY as XmlNode).IMPORTDATA as XmlNode).REQUESTDATA as XmlNode).TALLYMESSAGE as XmlNode;
  return message.VOUCHER as XmlNode;
}
