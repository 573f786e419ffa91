/**
 * Tally's replies are not always XML 1.0: it writes the `&#4;` sentinel before system names
 * ("&#4; Primary", "&#4; Not Applicable") and strict parsers reject it (PROTOCOL.md 6.3).
 * This is TallyConnector's TallyResponseCleaner idea: make the text parseable first, read it second.
 */

// &#4; / &#x4; (any leading zeros) or the raw U+0004, and the one space Tally puts after it.
const SENTINEL = /(?:&#0*4;|&#[xX]0*4;|\u0004) ?/g;

// Any other character reference to a control character XML 1.0 forbids (all below 32 except tab, LF, CR).
const CONTROL_REFERENCE = /&#(?:0*(\d+)|[xX]0*([0-9a-fA-F]+));/g;

// Raw control characters XML 1.0 forbids, and the two non-characters U+FFFE / U+FFFF.
const RAW_CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

function isForbiddenCode(code: number): boolean {
  return code < 32 && code !== 9 && code !== 10 && code !== 13;
}

/**
 * Makes a Tally reply parseable: drops the `&#4; ` sentinel with its space (as TallyConnector
 * does: "&#4; Primary" becomes "Primary"), other references to forbidden control characters
 * (decimal and hex), raw control characters, a byte-order mark, and anything before the first
 * `<` (a BOM or stray bytes some transports leave). Text without any `<` is returned without
 * its control characters and otherwise unchanged, so the caller can still see what it was.
 */
export function cleanTallyXml(text: string): string {
  let out = text.replace(SENTINEL, "");
  out = out.replace(CONTROL_REFERENCE, (ref: string, dec?: string, hex?: string) => {
    const code = dec !== undefined ? Number(dec) : parseInt(hex ?? "", 16);
    return isForbiddenCode(code) ? "" : ref;
  });
  out = out.replace(/\uFEFF/g, "").replace(RAW_CONTROL, "");
  const first = out.indexOf("<");
  return first > 0 ? out.slice(first) : out;
}
