/**
 * Values escaped by xmlbuilder2 itself, one probe element reused and the results cached (names
 * repeat), for write-shapes.ts: a value holding none of NEEDS_LIBRARY's characters goes in as it is.
 */
import { fragment } from "xmlbuilder2";
import { SYSTEM_MARK } from "./write-values";

/**
 * xmlbuilder2 4 leaves an `&` unescaped when what follows already looks like a reference, so
 * "R&amp;D" would reach Tally as "R&D" and a typed "&#4;" as Tally's system mark. Doubling every
 * `&` first makes the output exact; write.test.ts pins this in case the library changes.
 */
export function exact(text: string): string {
  return text.replace(/&/g, "&amp;");
}

/** Tally marks its system names with U+0004 and reads them back as `&#4;` (PROTOCOL.md 6.3). */
export function withSystemMarks(xml: string): string {
  return xml.includes(SYSTEM_MARK) ? xml.split(SYSTEM_MARK).join("&#4;") : xml;
}

/** Values holding none of these come out of xmlbuilder2's serialiser unchanged, text or attribute. */
export const NEEDS_LIBRARY = /[&<>"'\r\n\t\u0004]/;

/** Per ASCII code: does a value holding it need the library (the characters of NEEDS_LIBRARY)? */
export const NEEDS_LIBRARY_CODE = new Uint8Array(128);
for (const c of "&<>\"'\r\n\t\u0004") NEEDS_LIBRARY_CODE[c.charCodeAt(0)] = 1;

const MAX_ESCAPED = 20_000;
const escapedValues = new Map<string, string>();

/**
 * One element with a text and one with an attribute, kept to escape values: setting the DOM value and
 * serialising again costs a tenth of building a new fragment for each narration holding an `&`.
 */
const textProbe = fragment().ele("V").txt("x");
const attributeProbe = fragment().ele("V", { a: "x" });
const probeText = textProbe.node.firstChild as unknown as { data: string };
const probeAttribute = (attributeProbe.node as unknown as { attributes: { item(i: number): { value: string } } }).attributes.item(0);

function libraryText(value: string): string {
  probeText.data = exact(value);
  return withSystemMarks(textProbe.end().slice("<V>".length, -"</V>".length));
}

function libraryAttribute(value: string): string {
  probeAttribute.value = exact(value);
  return withSystemMarks(attributeProbe.end().slice('<V a="'.length, -'"/>'.length));
}

/** A value as xmlbuilder2 escapes it, for values that hold a character escaping changes. */
export function escapedByLibrary(value: string, inAttribute: boolean): string {
  const key = inAttribute ? `a${value}` : `t${value}`;
  let done = escapedValues.get(key);
  if (done === undefined) {
    done = inAttribute ? libraryAttribute(value) : libraryText(value);
    if (escapedValues.size >= MAX_ESCAPED) escapedValues.clear();
    escapedValues.set(key, done);
  }
  return done;
}
