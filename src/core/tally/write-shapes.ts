/**
 * How a recorded message becomes XML through xmlbuilder2, quickly.
 *
 * xmlbuilder2 keeps a full DOM at roughly ten microseconds a node, and its streaming builder is
 * slower still, so 100,000 invoice lines through it take tens of seconds. A day's messages come in
 * a few shapes, though. Each shape is built and serialised by xmlbuilder2 once, with placeholders
 * where its values go, and kept; every value that holds a character XML escapes is escaped by
 * xmlbuilder2 itself (and cached: names repeat). Values without such characters, which escaping
 * leaves unchanged, go in as they are. write-shapes.test.ts proves the bytes equal xmlbuilder2's own.
 */
import { fragment } from "xmlbuilder2";
import type { XMLBuilder } from "xmlbuilder2/lib/interfaces";
import type { Utf16Writer } from "./utf16-writer";
import {
  ATTRIBUTE,
  CLOSE,
  EMPTY_LEAF,
  KIND_BITS,
  OPEN,
  TEXT_LEAF,
  WORD_LEAF,
  WORD_SHIFT,
  fixedWord,
  nameOf,
  type Recording,
} from "./write-sink";
import { NEEDS_LIBRARY, NEEDS_LIBRARY_CODE, escapedByLibrary, exact, withSystemMarks } from "./write-escaping";

export interface SerialFormat {
  prettyPrint: boolean;
  indent: string;
  /** Indentation levels of the message's first line. */
  offset: number;
}

// Plain ASCII that no escaping touches and no tag name holds, so it survives serialisation as is.
const placeholder = (i: number) => `@TH${i}@`;
const PLACEHOLDER = /@TH(\d+)@/;

/** A shape as xmlbuilder2 wrote it: static XML around the value slots. */
interface Template {
  /** The shape's tokens, to tell it from another shape with the same hash. */
  tokens: Int32Array;
  /** parts[i] comes before value i; the last part closes the message. */
  parts: string[];
  /** The same parts as UTF-16 code units, made on first use by a file writer. */
  units?: Uint16Array[];
  /** Per value: an attribute value (true) or element text (false). */
  inAttribute: boolean[];
}

/** Reads a recording's tokens back into an xmlbuilder2 fragment with placeholders (write-sink.ts defines them). */
function buildTemplate(recording: Recording, format: SerialFormat): Template {
  const tokens = recording.tokens.slice(0, recording.tokenCount);
  const frag = fragment();
  const stack: XMLBuilder[] = [frag];
  const inAttribute: boolean[] = [];
  const top = () => stack[stack.length - 1];
  for (let i = 0; i < tokens.length; i++) {
    const kind = tokens[i] & ((1 << KIND_BITS) - 1);
    const name = nameOf((tokens[i] & ((1 << WORD_SHIFT) - 1)) >> KIND_BITS);
    if (kind === OPEN) {
      const attributes: Record<string, string> = {};
      for (; i + 1 < tokens.length && (tokens[i + 1] & ((1 << KIND_BITS) - 1)) === ATTRIBUTE; i++) {
        attributes[nameOf(tokens[i + 1] >> KIND_BITS)] = placeholder(inAttribute.length);
        inAttribute.push(true);
      }
      stack.push(top().ele(name, attributes));
    } else if (kind === TEXT_LEAF) {
      top().ele(name).txt(placeholder(inAttribute.length));
      inAttribute.push(false);
    } else if (kind === EMPTY_LEAF) {
      top().ele(name);
    } else if (kind === WORD_LEAF) {
      top()
        .ele(name)
        .txt(exact(fixedWord(tokens[i] >> WORD_SHIFT)));
    } else if (kind === CLOSE) {
      stack.pop();
    } else {
      throw new Error(`[tally-handoff] unreadable message shape at token ${i}`);
    }
  }
  const pieces = withSystemMarks(frag.end(format)).split(PLACEHOLDER);
  const parts = pieces.filter((_, k) => k % 2 === 0);
  // Values are recorded in document order; the template must want them in that order too.
  pieces.forEach((slot, k) => {
    if (k % 2 === 1 && Number(slot) !== (k - 1) / 2) throw new Error("[tally-handoff] a message template lost its value order");
  });
  return { tokens, parts, inAttribute };
}

const MAX_SHAPES = 256;

// Shared by every request, per format and shape hash: a push sends hundreds of small requests of
// the same few shapes.
const templates = new Map<string, Map<number, Template[]>>();
let templateCount = 0;

function unitsOf(text: string): Uint16Array {
  const units = new Uint16Array(text.length);
  for (let i = 0; i < text.length; i++) units[i] = text.charCodeAt(i);
  return units;
}

function sameTokens(template: Template, recording: Recording): boolean {
  const a = template.tokens;
  const b = recording.tokens;
  if (a.length !== recording.tokenCount) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Serialises recorded messages in one format (indentation and depth), as text or as UTF-16 code units. */
export class MessageSerializer {
  private readonly formatKey: string;

  constructor(private readonly format: SerialFormat) {
    this.formatKey = `${format.prettyPrint}|${format.indent}|${format.offset}`;
  }

  private template(recording: Recording): Template {
    const same = templates.get(this.formatKey)?.get(recording.hash);
    if (same) for (const t of same) if (sameTokens(t, recording)) return t;
    const template = buildTemplate(recording, this.format);
    let kept = same ?? [];
    if (templateCount >= MAX_SHAPES) {
      templates.clear();
      templateCount = 0;
      kept = [];
    }
    let byHash = templates.get(this.formatKey);
    if (!byHash) templates.set(this.formatKey, (byHash = new Map()));
    byHash.set(recording.hash, [...kept, template]);
    templateCount++;
    return template;
  }

  /** Appends the message's pieces to `out`: one join for a whole request. */
  serializeInto(recording: Recording, out: string[]): void {
    const { parts, inAttribute } = this.template(recording);
    const values = recording.values;
    out.push(parts[0]);
    for (let i = 0; i < recording.valueCount; i++) {
      const value = values[i];
      out.push(NEEDS_LIBRARY.test(value) ? escapedByLibrary(value, inAttribute[i]) : value, parts[i + 1]);
    }
  }

  /** Writes the message as UTF-16 code units, escaping while it copies. */
  writeInto(recording: Recording, out: Utf16Writer): void {
    const template = this.template(recording);
    const units = (template.units ??= template.parts.map(unitsOf));
    const inAttribute = template.inAttribute;
    const values = recording.values;
    out.units(units[0]);
    for (let i = 0; i < recording.valueCount; i++) {
      const value = values[i];
      if (!out.plainText(value, NEEDS_LIBRARY_CODE)) out.text(escapedByLibrary(value, inAttribute[i]));
      out.units(units[i + 1]);
    }
  }
}
