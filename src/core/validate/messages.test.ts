import fs from "node:fs";
import path from "node:path";
import { MESSAGES, type FindingCode } from "./messages";

/** Every code-shaped string literal ("gstin.check-character") in the validation sources. */
function codesUsedByRules(): Map<string, string> {
  const used = new Map<string, string>();
  for (const file of fs.readdirSync(__dirname)) {
    if (!file.endsWith(".ts") || file.endsWith(".test.ts") || file === "messages.ts") continue;
    const text = fs.readFileSync(path.join(__dirname, file), "utf8").replace(/from\s+"[^"]*"/g, "");
    for (const m of text.matchAll(/"([a-z][a-z-]*(?:\.[a-z][a-z-]*)+)"/g)) used.set(m[1], file);
  }
  return used;
}

/** Any parameter a sentence asks for reads as a recognisable word. */
const anyParams = new Proxy({} as Record<string, unknown>, {
  get: (_target, key) => (key === "column" ? "Customer GSTIN" : key === "q" ? '"27ABC"' : `<${String(key)}>`),
});

describe("finding messages", () => {
  it("has a message for every code a rule uses", () => {
    const missing = [...codesUsedByRules()].filter(([code]) => !(code in MESSAGES)).map(([code, file]) => `${code} (${file})`);
    expect(missing).toEqual([]);
  });

  it("has no message that no rule uses", () => {
    const used = codesUsedByRules();
    expect(Object.keys(MESSAGES).filter((code) => !used.has(code))).toEqual([]);
  });

  it.each(Object.keys(MESSAGES) as FindingCode[])("words %s as one plain sentence", (code) => {
    const { text } = MESSAGES[code] as { text: (p: unknown) => string };
    const sentence = text(anyParams);
    expect(sentence).toMatch(/^[A-Z"<].*\.$/);
    expect(sentence).not.toMatch(/undefined|\n|\. [A-Z]/);
  });
});
