import fc from "fast-check";
import { encodeUtf16le, encodeUtf8 } from "./encode";

describe("encodeUtf16le", () => {
  it("starts with the FF FE byte order mark unless told not to", () => {
    expect(Array.from(encodeUtf16le("A"))).toEqual([0xff, 0xfe, 0x41, 0x00]);
    expect(Array.from(encodeUtf16le("A", false))).toEqual([0x41, 0x00]);
  });

  it("writes Devanagari and the rupee sign low byte first", () => {
    // U+0936 (श) and U+20B9 (₹)
    expect(Array.from(encodeUtf16le("श₹", false))).toEqual([0x36, 0x09, 0xb9, 0x20]);
  });

  it("round-trips a Hindi company name through Node's UTF-16LE decoder", () => {
    const name = "<SVCURRENTCOMPANY>शर्मा ट्रेडर्स &amp; संस</SVCURRENTCOMPANY>";
    expect(Buffer.from(encodeUtf16le(name, false)).toString("utf16le")).toBe(name);
  });

  it("agrees with Node's encoder on any string, emoji and all", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 40 }), (text) => {
        expect(Buffer.from(encodeUtf16le(text, false)).equals(Buffer.from(text, "utf16le"))).toBe(true);
      }),
    );
  });
});

describe("encodeUtf8", () => {
  it("writes one to four bytes per character", () => {
    expect(Array.from(encodeUtf8("A"))).toEqual([0x41]);
    expect(Array.from(encodeUtf8("é"))).toEqual([0xc3, 0xa9]);
    expect(Array.from(encodeUtf8("₹"))).toEqual([0xe2, 0x82, 0xb9]);
    expect(Array.from(encodeUtf8("😀"))).toEqual([0xf0, 0x9f, 0x98, 0x80]);
  });

  it("adds the EF BB BF mark Excel needs only when asked", () => {
    expect(Array.from(encodeUtf8("A", true))).toEqual([0xef, 0xbb, 0xbf, 0x41]);
  });

  it("replaces a lone surrogate with U+FFFD, as TextEncoder does", () => {
    expect(Array.from(encodeUtf8("a\ud800b"))).toEqual([0x61, 0xef, 0xbf, 0xbd, 0x62]);
    expect(Array.from(encodeUtf8("\udc00"))).toEqual([0xef, 0xbf, 0xbd]);
  });

  it("agrees with TextEncoder on any string of code units, lone surrogates included", () => {
    const reference = new TextEncoder();
    const anyUnits = fc.array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 40 }).map((units) => String.fromCharCode(...units));
    fc.assert(
      fc.property(fc.oneof(anyUnits, fc.string({ unit: "grapheme", maxLength: 20 })), (text) => {
        expect(Buffer.from(encodeUtf8(text)).equals(Buffer.from(reference.encode(text)))).toBe(true);
      }),
    );
  });
});
