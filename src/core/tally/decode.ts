/**
 * Bytes from Tally to text. Tally mirrors the request's charset: UTF-16LE without a BOM when we
 * send utf-16, and single-byte Windows-1252 while declaring utf-8 when we do not (PROTOCOL.md
 * 6.2). So the declared charset is a hint, never the truth: BOM first, then the NUL-byte
 * pattern, then a strict UTF-8 check, then 1252. The core has no TextDecoder, so by hand.
 */

// Windows-1252 differs from Latin-1 only in 0x80-0x9F; the five undefined bytes map to themselves.
const CP1252_80_9F = [
  0x20ac, 0x81, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8d, 0x017d, 0x8f, 0x90, 0x2018,
  0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x9d, 0x017e, 0x0178,
];

const CHUNK = 8192;

function fromCodes(codes: number[]): string {
  let out = "";
  for (let i = 0; i < codes.length; i += CHUNK) {
    out += String.fromCodePoint(...codes.slice(i, i + CHUNK));
  }
  return out;
}

/** UTF-16 code units to text; lone surrogates pass through as JavaScript keeps them. */
const LITTLE_ENDIAN_HOST = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

export function decodeUtf16(bytes: Uint8Array, littleEndian: boolean, start = 0): string {
  const count = Math.floor((bytes.length - start) / 2);
  const offset = bytes.byteOffset + start;
  let units: Uint16Array;
  if (littleEndian === LITTLE_ENDIAN_HOST && offset % 2 === 0) {
    // The bytes already are the code units: view them instead of copying.
    units = new Uint16Array(bytes.buffer, offset, count);
  } else {
    units = new Uint16Array(count);
    for (let k = 0, i = start; k < count; k++, i += 2) {
      units[k] = littleEndian ? bytes[i] | (bytes[i + 1] << 8) : (bytes[i] << 8) | bytes[i + 1];
    }
  }
  const parts: string[] = [];
  for (let i = 0; i < count; i += CHUNK) {
    parts.push(String.fromCharCode.apply(null, units.subarray(i, i + CHUNK) as unknown as number[]));
  }
  return parts.join("");
}

/** Strict UTF-8: undefined on any invalid, overlong, surrogate or truncated sequence. */
export function decodeUtf8(bytes: Uint8Array, start = 0): string | undefined {
  const codes: number[] = [];
  let i = start;
  while (i < bytes.length) {
    const b = bytes[i];
    if (b < 0x80) {
      codes.push(b);
      i += 1;
      continue;
    }
    const len = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (len === 0 || i + len > bytes.length) return undefined;
    let code = b & (0xff >> (len + 1));
    for (let k = 1; k < len; k++) {
      const next = bytes[i + k];
      if ((next & 0xc0) !== 0x80) return undefined;
      code = (code << 6) | (next & 0x3f);
    }
    const min = len === 2 ? 0x80 : len === 3 ? 0x800 : 0x10000;
    if (code < min || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return undefined;
    codes.push(code);
    i += len;
  }
  return fromCodes(codes);
}

/** Windows-1252, the single-byte fallback: every byte is a character. */
export function decodeWindows1252(bytes: Uint8Array, start = 0): string {
  const codes: number[] = [];
  for (let i = start; i < bytes.length; i++) {
    const b = bytes[i];
    codes.push(b >= 0x80 && b <= 0x9f ? CP1252_80_9F[b - 0x80] : b);
  }
  return fromCodes(codes);
}

/** Which half of each byte pair is NUL in the first bytes: ASCII-range UTF-16 shows it plainly. */
function nulPattern(bytes: Uint8Array): "le" | "be" | undefined {
  const pairs = Math.min(Math.floor(bytes.length / 2), 64);
  if (pairs === 0) return undefined;
  let evenNul = 0;
  let oddNul = 0;
  for (let p = 0; p < pairs; p++) {
    if (bytes[2 * p] === 0) evenNul++;
    if (bytes[2 * p + 1] === 0) oddNul++;
  }
  if (oddNul > pairs / 2 && evenNul === 0) return "le";
  if (evenNul > pairs / 2 && oddNul === 0) return "be";
  return undefined;
}

/** "<" then a non-NUL byte after optional ASCII whitespace: 8-bit text whatever the header says. */
function startsAsEightBitXml(bytes: Uint8Array): boolean {
  let i = 0;
  while (i < bytes.length && (bytes[i] === 0x20 || bytes[i] === 0x09 || bytes[i] === 0x0a || bytes[i] === 0x0d)) i++;
  return bytes[i] === 0x3c && i + 1 < bytes.length && bytes[i + 1] !== 0;
}

function declaredUtf16(contentType: string | undefined): "le" | "be" | undefined {
  const m = /charset\s*=\s*"?([\w-]+)/i.exec(contentType ?? "");
  const charset = m?.[1].toLowerCase();
  if (charset === "utf-16be" || charset === "unicodefffe") return "be";
  if (charset === "utf-16" || charset === "utf-16le" || charset === "unicode") return "le";
  return undefined;
}

/**
 * Decodes a Tally HTTP body: UTF-16LE (with or without BOM; detected by BOM, by the NUL-byte
 * pattern, or by charset=utf-16 in `contentType`), UTF-16BE with BOM, UTF-8 with or without
 * BOM when the bytes are valid UTF-8, else Windows-1252. The BOM is not part of the result.
 */
export function decodeTallyBody(bytes: Uint8Array, contentType?: string): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeUtf16(bytes, true, 2);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeUtf16(bytes, false, 2);
  const bomLength = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  if (bomLength === 0) {
    const utf16 = nulPattern(bytes) ?? (startsAsEightBitXml(bytes) ? undefined : declaredUtf16(contentType));
    if (utf16) return decodeUtf16(bytes, utf16 === "le");
  }
  return decodeUtf8(bytes, bomLength) ?? decodeWindows1252(bytes, bomLength);
}
