/**
 * UTF-16 code units into one reused buffer, handed on in chunks, for import files. Tally keeps
 * non-Latin names only from UTF-16LE (PROTOCOL.md 6.2). Building a big export as one string and
 * encoding it again took most of the time and twice its size in memory; a reused buffer keeps
 * memory flat however many vouchers there are.
 */

// Typed arrays use the machine's byte order; every platform Excel and Node run on is little-endian,
// but a big-endian one gets its bytes swapped rather than a wrong file.
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/** Code units per chunk: 1 MB, large enough that handing a chunk on costs nothing. */
const CHUNK_UNITS = 1 << 19;

/** Takes a chunk of UTF-16LE bytes. The bytes are reused once it returns: write or copy them. */
export type ChunkSink = (bytes: Uint8Array) => void;

export class Utf16Writer {
  private readonly buffer: Uint16Array;
  private at = 0;

  constructor(
    private readonly sink: ChunkSink,
    chunkUnits = CHUNK_UNITS,
  ) {
    this.buffer = new Uint16Array(chunkUnits);
  }

  /** Hands on what is buffered. */
  flush(): void {
    if (this.at === 0) return;
    const units = this.buffer.subarray(0, this.at);
    const bytes = new Uint8Array(units.buffer, units.byteOffset, units.byteLength);
    if (!LITTLE_ENDIAN) swapBytes(bytes);
    this.sink(bytes);
    this.at = 0;
  }

  /** Room for `count` units, or false when they would not fit even in an empty buffer. */
  private room(count: number): boolean {
    if (this.at + count > this.buffer.length) this.flush();
    return count <= this.buffer.length;
  }

  /** Copies code units made earlier (a template's static XML). */
  units(units: Uint16Array): void {
    const count = units.length;
    if (!this.room(count)) {
      for (let i = 0; i < count; i++) this.unit(units[i]);
      return;
    }
    const buffer = this.buffer;
    const at = this.at;
    // set() copies in one call, which pays off above a handful of units (measured: 5x at 60).
    if (count > 16) buffer.set(units, at);
    else for (let i = 0; i < count; i++) buffer[at + i] = units[i];
    this.at = at + count;
  }

  private unit(unit: number): void {
    if (this.at === this.buffer.length) this.flush();
    this.buffer[this.at++] = unit;
  }

  /** Copies a string's code units as they are. */
  text(text: string): void {
    const count = text.length;
    if (!this.room(count)) {
      for (let i = 0; i < count; i++) this.unit(text.charCodeAt(i));
      return;
    }
    const buffer = this.buffer;
    const at = this.at;
    for (let i = 0; i < count; i++) buffer[at + i] = text.charCodeAt(i);
    this.at = at + count;
  }

  /**
   * Copies `text` unless it holds an ASCII character flagged in `special`; then it writes nothing
   * and answers false, so the caller can write an escaped form instead.
   */
  plainText(text: string, special: Uint8Array): boolean {
    const count = text.length;
    if (!this.room(count)) return false;
    const buffer = this.buffer;
    const at = this.at;
    for (let i = 0; i < count; i++) {
      const unit = text.charCodeAt(i);
      if (unit < 128 && special[unit] === 1) return false;
      buffer[at + i] = unit;
    }
    this.at = at + count;
    return true;
  }
}

function swapBytes(bytes: Uint8Array): void {
  for (let i = 0; i < bytes.length; i += 2) {
    const low = bytes[i];
    bytes[i] = bytes[i + 1];
    bytes[i + 1] = low;
  }
}

/** Collects the chunks of a writer as one byte array (copies, since the writer reuses its buffer). */
export function collectChunks(write: (sink: ChunkSink) => void): Uint8Array {
  const chunks: Uint8Array[] = [];
  let length = 0;
  write((bytes) => {
    chunks.push(bytes.slice());
    length += bytes.length;
  });
  const all = new Uint8Array(length);
  let at = 0;
  for (const chunk of chunks) {
    all.set(chunk, at);
    at += chunk.length;
  }
  return all;
}
