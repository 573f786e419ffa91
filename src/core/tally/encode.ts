/**
 * Request bytes. Tally keeps non-Latin names (Hindi, Tamil, the rupee sign) only when the body is
 * UTF-16LE sent with `charset=utf-16`; a UTF-8 body gets `?` for them (PROTOCOL.md 6.2). Written by
 * hand because the core's lib has no TextEncoder.
 */

const BOM = 0xfeff;

/**
 * UTF-16LE: each UTF-16 code unit as two bytes, low byte first. Surrogate pairs are already two
 * code units in a JS string, so they come out right as they are. The BOM is on by default because
 * Tally answered a BOM-led body exactly (PROTOCOL.md 6.2, BRIDGE 1.2).
 */
export function encodeUtf16le(text: string, withBom = true): Uint8Array {
  const start = withBom ? 2 : 0;
  const bytes = new Uint8Array(start + text.length * 2);
  if (withBom) {
    bytes[0] = BOM & 0xff;
    bytes[1] = BOM >> 8;
  }
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    bytes[start + 2 * i] = unit & 0xff;
    bytes[start + 2 * i + 1] = unit >> 8;
  }
  return bytes;
}

/** The code point at `i` and how many code units it took; a lone surrogate becomes U+FFFD, as TextEncoder does. */
function codePointAt(text: string, i: number): [number, number] {
  const unit = text.charCodeAt(i);
  if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
    const next = text.charCodeAt(i + 1);
    if (next >= 0xdc00 && next <= 0xdfff) return [0x10000 + ((unit - 0xd800) << 10) + (next - 0xdc00), 2];
  }
  if (unit >= 0xd800 && unit <= 0xdfff) return [0xfffd, 1];
  return [unit, 1];
}

/** Writes one code point as UTF-8 at `at`; returns the next free index. */
function putUtf8(bytes: Uint8Array, at: number, cp: number): number {
  if (cp < 0x80) {
    bytes[at] = cp;
    return at + 1;
  }
  if (cp < 0x800) {
    bytes.set([0xc0 | (cp >> 6), 0x80 | (cp & 0x3f)], at);
    return at + 2;
  }
  if (cp < 0x10000) {
    bytes.set([0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 0x3f), 0x80 | (cp & 0x3f)], at);
    return at + 3;
  }
  bytes.set([0xf0 | (cp >> 18), 0x80 | ((cp >> 12) & 0x3f), 0x80 | ((cp >> 6) & 0x3f), 0x80 | (cp & 0x3f)], at);
  return at + 4;
}

/**
 * UTF-8, for files people open (the CSV and JSON exports). `withBom` adds EF BB BF, which Excel
 * needs to read a UTF-8 CSV as UTF-8 rather than the local code page.
 */
export function encodeUtf8(text: string, withBom = false): Uint8Array {
  // At most three bytes per code unit (a surrogate pair is two units and four bytes).
  const bytes = new Uint8Array(3 + text.length * 3);
  let at = withBom ? putUtf8(bytes, 0, 0xfeff) : 0;
  for (let i = 0; i < text.length;) {
    const [cp, width] = codePointAt(text, i);
    at = putUtf8(bytes, at, cp);
    i += width;
  }
  return bytes.slice(0, at);
}
