/**
 * xmlbuilder2's reader is lenient: it closes elements without comparing names and ignores text
 * outside the root, so a truncated or mangled reply would still "parse" and a missing counter
 * would read as 0. A reply that is not well-formed must be reported as such (PROTOCOL.md 4.1:
 * success needs a counter-bearing shape), so this small scanner checks nesting, a single root,
 * tag syntax and bare `&` before the tree is trusted.
 */

const ENTITY = /&(?!(?:amp|lt|gt|quot|apos|#\d+|#[xX][0-9a-fA-F]+);)/;
const OPEN_TAG = /<([^\s/>!?<]+)((?:\s+[^\s=/><]+\s*=\s*(?:"[^"<]*"|'[^'<]*'))*)\s*(\/?)>/y;
const CLOSE_TAG = /<\/([^\s/>!?<]+)\s*>/y;

type Skip = { end: string; inRootOnly?: boolean };

const SKIPPED: Record<string, Skip> = {
  "<!--": { end: "-->" },
  "<![CDATA[": { end: "]]>", inRootOnly: true },
  "<?": { end: "?>" },
  "<!DOCTYPE": { end: ">" },
};

const SKIPPED_LIST = Object.entries(SKIPPED);

function checkText(text: string, inRoot: boolean): string | undefined {
  if (!inRoot && text.trim() !== "") return "has text outside the root element";
  if (ENTITY.test(text)) return "has a bare '&' that is not an entity";
  return undefined;
}

/** Why `text` is not well-formed XML, or undefined when it is. */
export function wellFormedProblem(text: string): string | undefined {
  const stack: string[] = [];
  let rootSeen = false;
  let i = 0;
  while (i < text.length) {
    const lt = text.indexOf("<", i);
    if (lt !== i) {
      const textProblem = checkText(text.slice(i, lt < 0 ? text.length : lt), stack.length > 0);
      if (textProblem) return textProblem;
    }
    if (lt < 0) break;
    // Only "<!" and "<?" open comments, CDATA, declarations: most tags skip this search.
    const next = text.charCodeAt(lt + 1);
    const skip = next === 33 || next === 63 ? SKIPPED_LIST.find(([start]) => text.startsWith(start, lt)) : undefined;
    if (skip) {
      const [start, { end, inRootOnly }] = skip;
      if (inRootOnly && stack.length === 0) return "has CDATA outside the root element";
      const close = text.indexOf(end, lt + start.length);
      if (close < 0) return `has an unterminated ${start}`;
      i = close + end.length;
      continue;
    }
    CLOSE_TAG.lastIndex = lt;
    const close = CLOSE_TAG.exec(text);
    if (close) {
      const open = stack.pop();
      if (open !== close[1]) return `closes <${close[1]}> where <${open ?? "nothing"}> is open`;
      i = CLOSE_TAG.lastIndex;
      continue;
    }
    OPEN_TAG.lastIndex = lt;
    const open = OPEN_TAG.exec(text);
    if (!open) return `has a malformed tag at character ${lt}`;
    if (ENTITY.test(open[2])) return "has a bare '&' in an attribute";
    if (stack.length === 0 && rootSeen) return "has more than one root element";
    rootSeen = true;
    if (open[3] !== "/") stack.push(open[1]);
    i = OPEN_TAG.lastIndex;
  }
  if (stack.length > 0) return `ends with <${stack[stack.length - 1]}> still open`;
  return rootSeen ? undefined : "has no root element";
}
