/**
 * Where the writers put elements. A message is recorded flat, as it is written: its shape (element
 * names, attribute names, which elements hold text, and the writers' own fixed words) as numbered
 * tokens with a running hash, and its values (names, amounts, dates: anything from the workbook)
 * in document order. write-shapes.ts turns each shape into XML once, through xmlbuilder2, and
 * fills in the values. One recorder serves every message of a request, so recording allocates
 * almost nothing.
 */

/** The part of a builder the writers use. */
export interface XmlSink {
  /** A child element; its attribute values are values of the message. */
  ele(name: string, attributes?: Record<string, string>): XmlSink;
  /** `<NAME>value</NAME>`; nothing when the value is undefined, `<NAME/>` when it is empty. */
  put(name: string, value: string | undefined): void;
  /**
   * `<NAME>word</NAME>` for a fixed word of Tally's vocabulary (Yes, Primary Batch, Invoice Voucher
   * View); nothing when undefined. The word is part of the message's shape: keep workbook text out.
   */
  word(name: string, word: string | undefined): void;
}

/**
 * Token kinds, in a token's low three bits. OPEN and ATTRIBUTE carry a name's number above them;
 * WORD_LEAF carries the name's number and, above bit 16, the word's.
 */
export const OPEN = 0;
export const ATTRIBUTE = 1;
export const TEXT_LEAF = 2;
export const EMPTY_LEAF = 3;
export const WORD_LEAF = 4;
export const CLOSE = 5;
export const KIND_BITS = 3;
export const WORD_SHIFT = 16;

/** Numbers the writers' own element names, attribute names and fixed words: a few dozen each. */
class Vocabulary {
  private readonly list: string[] = [];
  private readonly numbers = new Map<string, number>();

  constructor(private readonly what: string) {}

  number(entry: string): number {
    let n = this.numbers.get(entry);
    if (n === undefined) {
      // Far more than the writers' own means workbook text is being passed as a name or a word.
      if (this.list.length >= 4096) throw new Error(`[tally-handoff] too many ${this.what}: workbook text was written as one`);
      n = this.list.length;
      this.list.push(entry);
      this.numbers.set(entry, n);
    }
    return n;
  }

  entry(n: number): string {
    return this.list[n];
  }
}

const names = new Vocabulary("element and attribute names");
const words = new Vocabulary("fixed words");

/** The element or attribute name behind a token's number. */
export function nameOf(n: number): string {
  return names.entry(n);
}

/** The fixed word behind a token's number. */
export function fixedWord(n: number): string {
  return words.entry(n);
}

/** What a serializer needs of one recorded message. */
export interface Recording {
  readonly tokens: Int32Array;
  readonly tokenCount: number;
  readonly hash: number;
  readonly values: readonly string[];
  readonly valueCount: number;
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** Records one message at a time; `begin` starts the next and forgets the last. */
export class MessageRecorder implements Recording {
  tokens = new Int32Array(1024);
  tokenCount = 0;
  hash = FNV_OFFSET;
  readonly values: string[] = [];
  valueCount = 0;
  /** Serial numbers of the open elements, outermost first; serials never repeat, so a stale element is caught. */
  private open = new Int32Array(64);
  private openCount = 0;
  private serial = 0;

  /** Starts a message with its outermost element, e.g. TALLYMESSAGE. */
  begin(name: string, attributes?: Record<string, string>): XmlSink {
    this.tokenCount = 0;
    this.hash = FNV_OFFSET;
    this.valueCount = 0;
    this.openCount = 0;
    return this.openElement(name, attributes);
  }

  /** Closes every element still open; call once the writer is done. */
  finish(): void {
    for (; this.openCount > 0; this.openCount--) this.token(CLOSE);
  }

  private token(token: number): void {
    if (this.tokenCount === this.tokens.length) {
      const more = new Int32Array(this.tokens.length * 2);
      more.set(this.tokens);
      this.tokens = more;
    }
    this.tokens[this.tokenCount++] = token;
    this.hash = Math.imul(this.hash ^ token, FNV_PRIME);
  }

  private value(value: string): void {
    this.values[this.valueCount++] = value;
  }

  /** Closes the elements opened inside element `serial` at `depth`, which must still be open. */
  enter(serial: number, depth: number): void {
    if (depth >= this.openCount || this.open[depth] !== serial)
      throw new Error("[tally-handoff] an element was written after it was closed");
    for (; this.openCount > depth + 1; this.openCount--) this.token(CLOSE);
  }

  openElement(name: string, attributes: Record<string, string> | undefined): XmlSink {
    this.token((names.number(name) << KIND_BITS) | OPEN);
    if (attributes) {
      for (const key in attributes) {
        this.token((names.number(key) << KIND_BITS) | ATTRIBUTE);
        this.value(attributes[key]);
      }
    }
    if (this.openCount === this.open.length) {
      const more = new Int32Array(this.open.length * 2);
      more.set(this.open);
      this.open = more;
    }
    const serial = ++this.serial;
    const depth = this.openCount++;
    this.open[depth] = serial;
    return new RecordedElement(this, serial, depth);
  }

  leaf(name: string, value: string): void {
    if (value === "") {
      this.token((names.number(name) << KIND_BITS) | EMPTY_LEAF);
      return;
    }
    this.token((names.number(name) << KIND_BITS) | TEXT_LEAF);
    this.value(value);
  }

  wordLeaf(name: string, fixed: string): void {
    if (fixed === "") return this.leaf(name, "");
    this.token((words.number(fixed) << WORD_SHIFT) | (names.number(name) << KIND_BITS) | WORD_LEAF);
  }
}

class RecordedElement implements XmlSink {
  constructor(
    private readonly recorder: MessageRecorder,
    private readonly serial: number,
    private readonly depth: number,
  ) {}

  ele(name: string, attributes?: Record<string, string>): XmlSink {
    this.recorder.enter(this.serial, this.depth);
    return this.recorder.openElement(name, attributes);
  }

  put(name: string, value: string | undefined): void {
    if (value === undefined) return;
    this.recorder.enter(this.serial, this.depth);
    this.recorder.leaf(name, value);
  }

  word(name: string, fixed: string | undefined): void {
    if (fixed === undefined) return;
    this.recorder.enter(this.serial, this.depth);
    this.recorder.wordLeaf(name, fixed);
  }
}
