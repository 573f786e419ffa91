/**
 * Writes answers laid out like the captured TallyPrime responses: one element per line, one-space
 * indent per level, CRLF line ends (PROTOCOL.md 4.1, ARCHIVED strings), `&amp;` in text and
 * attributes, and the `&#4;` sentinel written back as Tally writes it (6.3, 6.4).
 */

/** An element to write: text, children, or neither (then `<TAG/>`). */
export interface XmlNode {
  readonly tag: string;
  readonly attrs?: Readonly<Record<string, string>>;
  /** Plain text, escaped on output; "" gives `<TAG></TAG>` as Tally writes empty amounts. */
  readonly text?: string;
  /** Already-escaped text, for LINEERROR's `&apos;`. */
  readonly raw?: string;
  readonly children?: readonly XmlNode[];
}

export const CRLF = "\r\n";

/** Escapes text the way Tally does; U+0004 becomes the `&#4;` reference. */
export function escapeText(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/\u0004/g, "&#4;");
}

function escapeAttr(text: string): string {
  return escapeText(text).replace(/"/g, "&quot;");
}

/** LINEERROR text of import answers: Tally writes the apostrophe as `&apos;` (PROTOCOL.md 4.3). */
export function lineErrorRaw(message: string): string {
  return escapeText(message).replace(/'/g, "&apos;");
}

/** Builds an element; children given as an array, text as a string. */
export function el(tag: string, content?: string | readonly (XmlNode | undefined | false)[], attrs?: Record<string, string>): XmlNode {
  if (typeof content === "string") return { tag, attrs, text: content };
  if (content === undefined) return { tag, attrs };
  return { tag, attrs, children: content.filter((c): c is XmlNode => Boolean(c)) };
}

/** An element with Tally's TYPE attribute, as collection exports carry (`<ALTERID TYPE="Number"> 66</ALTERID>`). */
export function typed(tag: string, type: string, text: string): XmlNode {
  return { tag, attrs: { TYPE: type }, text };
}

function openTag(node: XmlNode): string {
  const attrs = Object.entries(node.attrs ?? {})
    .map(([k, v]) => ` ${k}="${escapeAttr(v)}"`)
    .join("");
  return `<${node.tag}${attrs}`;
}

/** Renders one element and its subtree; every line ends with CRLF. */
export function renderXml(node: XmlNode, depth = 0): string {
  const pad = " ".repeat(depth);
  const open = openTag(node);
  if (node.raw !== undefined) return `${pad}${open}>${node.raw}</${node.tag}>${CRLF}`;
  if (node.text !== undefined) return `${pad}${open}>${escapeText(node.text)}</${node.tag}>${CRLF}`;
  if (!node.children || node.children.length === 0) return `${pad}${open}/>${CRLF}`;
  const inner = node.children.map((c) => renderXml(c, depth + 1)).join("");
  return `${pad}${open}>${CRLF}${inner}${pad}</${node.tag}>${CRLF}`;
}
