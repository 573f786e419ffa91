import fc from "fast-check";
import { decodeTallyBody, decodeUtf8, decodeWindows1252 } from "./decode";

const bytes = (...values: number[]): Uint8Array => Uint8Array.from(values);
const utf16le = (text: string, bom = false): Uint8Array => Uint8Array.from([...(bom ? [0xff, 0xfe] : []), ...Buffer.from(text, "utf16le")]);
const utf16be = (text: string): Uint8Array => {
  const le = Buffer.from(text, "utf16le");
  const be: number[] = [0xfe, 0xff];
  for (let i = 0; i < le.length; i += 2) be.push(le[i + 1], le[i]);
  return Uint8Array.from(be);
};
const utf8 = (text: string, bom = false): Uint8Array => Uint8Array.from([...(bom ? [0xef, 0xbb, 0xbf] : []), ...Buffer.from(text, "utf8")]);

const REPLY = "<RESPONSE>\r\n <LINEERROR>Ledger &apos;राम ट्रेडर्स&apos; does not exist!</LINEERROR>\r\n</RESPONSE>";

describe("decodeTallyBody", () => {
  it("decodes UTF-16LE with a BOM and leaves the BOM out", () => {
    expect(decodeTallyBody(utf16le(REPLY, true))).toBe(REPLY);
  });

  it("decodes UTF-16LE without a BOM by its NUL bytes, whatever the header says", () => {
    expect(decodeTallyBody(utf16le(REPLY), "text/xml; charset=utf-8")).toBe(REPLY);
    expect(decodeTallyBody(utf16le(REPLY))).toBe(REPLY);
  });

  it("decodes BOM-less UTF-16LE with no NUL bytes at all when the header says charset=utf-16", () => {
    const name = "राम ट्रेडर्स ₹";
    expect(decodeTallyBody(utf16le(name), "text/xml; charset=utf-16")).toBe(name);
    expect(decodeTallyBody(utf16le(name), 'application/xml;charset="UTF-16"')).toBe(name);
  });

  it("decodes UTF-16BE with a BOM", () => {
    expect(decodeTallyBody(utf16be(REPLY))).toBe(REPLY);
  });

  it("keeps characters outside the Basic Multilingual Plane intact in UTF-16", () => {
    expect(decodeTallyBody(utf16le("<A>𝄞 ok</A>", true))).toBe("<A>𝄞 ok</A>");
  });

  it("decodes UTF-8 with and without a BOM", () => {
    expect(decodeTallyBody(utf8(REPLY, true))).toBe(REPLY);
    expect(decodeTallyBody(utf8("<A>₹ 100 — ok</A>"), "text/xml; charset=utf-8")).toBe("<A>₹ 100 — ok</A>");
  });

  it("reads Windows-1252 bytes that Tally sends while declaring utf-8 (PROTOCOL.md 6.2)", () => {
    // "Müller’s €5" as single bytes: ü = FC, ’ = 92, € = 80.
    const body = bytes(0x3c, 0x41, 0x3e, 0x4d, 0xfc, 0x6c, 0x6c, 0x65, 0x72, 0x92, 0x73, 0x20, 0x80, 0x35, 0x3c, 0x2f, 0x41, 0x3e);
    expect(decodeTallyBody(body, "text/xml; charset=utf-8")).toBe("<A>Müller’s €5</A>");
  });

  it("trusts the bytes over a utf-16 header when the body plainly starts as 8-bit XML", () => {
    expect(decodeTallyBody(utf8("<A>ok</A>"), "text/xml; charset=utf-16")).toBe("<A>ok</A>");
  });

  it("returns an empty string for an empty body", () => {
    expect(decodeTallyBody(new Uint8Array(0))).toBe("");
    expect(decodeTallyBody(new Uint8Array(0), "text/xml; charset=utf-16")).toBe("");
  });

  it("round-trips any text through UTF-16LE with a BOM and through UTF-8", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (text) => {
        expect(decodeTallyBody(utf16le(text, true))).toBe(text);
        expect(decodeTallyBody(utf8(text, true))).toBe(text);
      }),
    );
  });
});

describe("decodeUtf8", () => {
  it.each([
    ["an overlong slash", [0xc0, 0xaf]],
    ["a truncated three-byte sequence", [0xe2, 0x82]],
    ["a lone continuation byte", [0x80]],
    ["an encoded surrogate", [0xed, 0xa0, 0x80]],
    ["a code point above U+10FFFF", [0xf4, 0x90, 0x80, 0x80]],
  ])("refuses %s", (_label, values) => {
    expect(decodeUtf8(Uint8Array.from(values))).toBeUndefined();
  });

  it("falls back to Windows-1252 for the whole body when a sequence is invalid", () => {
    expect(decodeTallyBody(bytes(0x3c, 0x41, 0x3e, 0xc0, 0xaf, 0x3c, 0x2f, 0x41, 0x3e))).toBe("<A>À¯</A>");
  });
});

describe("decodeWindows1252", () => {
  it("maps 0x80-0x9F through the 1252 table and other bytes as Latin-1", () => {
    expect(decodeWindows1252(bytes(0x80, 0x85, 0x96, 0x99, 0x9f, 0x81, 0xa0, 0xe9))).toBe("€…–™Ÿ\u0081\u00a0é");
  });
});
