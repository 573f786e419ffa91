/**
 * The XML of a cell the add-in writes (ECMA-376 part 1, 18.3.1.4): text as a shared string when
 * the file keeps a shared string table and inline otherwise, numbers and TRUE/FALSE as values, and
 * an emptied cell keeps only its style. The cell's own style (`s`) is kept.
 */
import type { CellValue } from "./model";
import { applySplices, elementText, scanTags, startTagText, type ElementSpec } from "./xml-splice";

/** Writes text cells one way for a whole file. */
export interface CellStrings {
  spec(text: string, prefix: string): { t: string; children: ElementSpec[] };
}

const spaced = (text: string) => (text !== text.trim() || /[\n\t]/.test(text) ? { "xml:space": "preserve" } : undefined);

export const INLINE_STRINGS: CellStrings = {
  spec: (text, p) => ({ t: "inlineStr", children: [{ name: `${p}is`, children: [{ name: `${p}t`, attributes: spaced(text), text }] }] }),
};

/** Shared strings: the file's own table, grown by the strings it lacks (appended, so no index moves). */
export class SharedStrings implements CellStrings {
  private index: Map<string, number> | undefined;
  readonly added: string[] = [];

  constructor(private readonly existing: readonly string[]) {}

  private lookup(text: string): number {
    if (!this.index) {
      this.index = new Map();
      this.existing.forEach((s, i) => this.index!.has(s) || this.index!.set(s, i));
    }
    let i = this.index.get(text);
    if (i === undefined) {
      i = this.existing.length + this.added.push(text) - 1;
      this.index.set(text, i);
    }
    return i;
  }

  spec(text: string, p: string) {
    return { t: "s", children: [{ name: `${p}v`, text: String(this.lookup(text)) }] };
  }

  private items(p: string): string {
    return this.added.map((s) => elementText({ name: `${p}si`, children: [{ name: `${p}t`, attributes: spaced(s), text: s }] })).join("");
  }

  /** The shared string part with the added strings at its end; uniqueCount counts them, count is left out (optional). */
  rewrite(xml: string): string {
    if (this.added.length === 0) return xml;
    const splices: { start: number; end: number; text: string }[] = [];
    let prefix = "";
    scanTags(xml, {
      open: ({ tag, start, end }) => {
        if (tag.name !== "sst") return;
        prefix = tag.qname.includes(":") ? `${tag.qname.split(":")[0]}:` : "";
        const attributes: Record<string, string> = { ...tag.attributes, uniqueCount: String(this.existing.length + this.added.length) };
        delete attributes.count;
        if (tag.selfClosing)
          splices.push({ start, end, text: `${startTagText(tag.qname, attributes, false)}${this.items(prefix)}</${tag.qname}>` });
        else splices.push({ start, end, text: startTagText(tag.qname, attributes, false) });
      },
      close: (name, start, _end, selfClosing) => {
        if (name !== "sst" || selfClosing) return;
        splices.push({ start, end: start, text: this.items(prefix) });
      },
    });
    return applySplices(xml, splices);
  }
}

const REF = "@";
/** Per string table: a shared string's template holds its index in that workbook's table. */
const templatesOf = new WeakMap<CellStrings, Map<string, string>>();

/**
 * The cell's XML, or "" for an emptied cell without a style. xmlbuilder2 builds each distinct
 * (style, value) once, with a stand-in address; the address (letters and digits, nothing to
 * escape) then goes in its place, so 100,000 status cells cost 100,000 string replaces.
 */
export function cellXml(ref: string, style: string | undefined, value: CellValue, strings: CellStrings, prefix: string): string {
  const key = `${prefix}\u0001${style ?? ""}\u0001${typeof value}\u0001${value instanceof Date ? value.toISOString() : String(value)}`;
  let templates = templatesOf.get(strings);
  if (!templates) templatesOf.set(strings, (templates = new Map()));
  let template = templates.get(key);
  if (template === undefined) {
    if (templates.size > 10_000) templates.clear();
    templates.set(key, (template = buildCell(style, value, strings, prefix)));
  }
  return template.replace(`r="${REF}"`, `r="${ref}"`);
}

function buildCell(style: string | undefined, value: CellValue, strings: CellStrings, prefix: string): string {
  const attributes: Record<string, string> = { r: REF };
  if (style !== undefined) attributes.s = style;
  const name = `${prefix}c`;
  const v = (text: string) => [{ name: `${prefix}v`, text }];
  if (value === null || (typeof value === "number" && !Number.isFinite(value)))
    return style === undefined ? "" : elementText({ name, attributes });
  if (typeof value === "number") return elementText({ name, attributes, children: v(String(value)) });
  if (typeof value === "boolean") return elementText({ name, attributes: { ...attributes, t: "b" }, children: v(value ? "1" : "0") });
  const text = value instanceof Date ? value.toISOString() : value;
  const { t, children } = strings.spec(text, prefix);
  return elementText({ name, attributes: { ...attributes, t }, children });
}
