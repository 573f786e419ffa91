/**
 * Request and answer bytes (PROTOCOL.md 6.2). Tally mirrors the request's charset: a
 * `charset=utf-16` request is answered in UTF-16LE without a BOM; a UTF-16 body sent without that
 * header is an "Unknown Request" (BRIDGE 1.2). Over UTF-8, Tally keeps only single-byte
 * characters: anything beyond Latin-1 becomes `?` inside Tally and the answer comes back as
 * single-byte Latin-1 while it declares utf-8 (BRIDGE 1.2; MBNG TallyClient.ts).
 */

export type Charset = "utf-16" | "utf-8";

export type Decoded = { ok: true; text: string; charset: Charset } | { ok: false; charset: Charset };

/** True when the Content-Type names UTF-16 (utf-16, utf-16le, unicode). */
export function declaresUtf16(contentType: string | undefined): boolean {
  const m = /charset\s*=\s*"?([\w-]+)/i.exec(contentType ?? "");
  return m !== null && /^(utf-?16(le)?|unicode)$/i.test(m[1]);
}

/** A BOM or the NUL pattern of ASCII markup gives UTF-16 away whatever the header says. */
export function looksUtf16(body: Buffer): boolean {
  if (body.length < 2) return false;
  if ((body[0] === 0xff && body[1] === 0xfe) || (body[0] === 0xfe && body[1] === 0xff)) return true;
  return (body[0] !== 0 && body[1] === 0) || (body[0] === 0 && body[1] !== 0);
}

function decodeUtf16(body: Buffer): string {
  if (body[0] === 0xfe && body[1] === 0xff) {
    const swapped = Buffer.from(body.subarray(2));
    swapped.swap16();
    return swapped.toString("utf16le");
  }
  const start = body[0] === 0xff && body[1] === 0xfe ? 2 : 0;
  return body.subarray(start).toString("utf16le");
}

/** Decodes a request body by header and BOM; ok false means "Unknown Request". */
export function decodeRequest(body: Buffer, contentType: string | undefined): Decoded {
  if (declaresUtf16(contentType)) {
    if (body.length % 2 !== 0) return { ok: false, charset: "utf-16" };
    return { ok: true, text: decodeUtf16(body), charset: "utf-16" };
  }
  if (looksUtf16(body)) return { ok: false, charset: "utf-8" };
  const start = body[0] === 0xef && body[1] === 0xbb && body[2] === 0xbf ? 3 : 0;
  const text = body.subarray(start).toString("utf8");
  // Tally keeps single-byte text from a non-UTF-16 request: the rest is "?" from here on.
  return { ok: true, text: text.replace(/[^\u0000-\u00ff]/gu, "?"), charset: "utf-8" };
}

/** Encodes an answer in the request's charset, with the Content-Type Tally declares. */
export function encodeAnswer(text: string, charset: Charset): { body: Buffer; contentType: string } {
  if (charset === "utf-16") {
    return { body: Buffer.from(text, "utf16le"), contentType: "text/xml; charset=utf-16" };
  }
  return { body: Buffer.from(text.replace(/[^\u0000-\u00ff]/gu, "?"), "latin1"), contentType: "text/xml; charset=utf-8" };
}
