import fs from "node:fs";
import path from "node:path";
import { MESSAGE_AREAS, MESSAGES, type FindingCode } from "./index";

interface Source {
  file: string;
  text: string;
}

/** Every non-test source of the core outside this folder, with its import lines taken out. */
function coreSources(dir = path.join(__dirname, "..")): Source[] {
  const out: Source[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory() && full !== __dirname) out.push(...coreSources(full));
    else if (entry.isFile() && entry.name.endsWith(".ts") && !entry.name.endsWith(".test.ts")) {
      out.push({ file: path.relative(path.join(__dirname, ".."), full), text: fs.readFileSync(full, "utf8").replace(/from\s+"[^"]*"/g, "") });
    }
  }
  return out;
}

/** Where the messages module and the sources disagree: code-shaped literals with no words, words no source names. */
function mismatches(codes: readonly string[], sources: readonly Source[]): { wordless: string[]; unused: string[] } {
  const used = new Map<string, string>();
  for (const { file, text } of sources) {
    for (const m of text.matchAll(/"([a-z][a-z-]*(?:\.[a-z][a-z-]*)+)"/g)) used.set(m[1], file);
  }
  const known = new Set(codes);
  return {
    wordless: [...used].filter(([code]) => !known.has(code)).map(([code, file]) => `${code} (${file})`),
    unused: codes.filter((code) => !used.has(code)),
  };
}

/** Any parameter reads as a recognisable word, a list of one word, or the number 7 where a sentence counts. */
const sample = (key: string) => Object.assign([`<${key}>`], { toString: () => `<${key}>`, valueOf: () => 7 });
const anyParams = new Proxy({} as Record<string, unknown>, {
  get: (_target, key) =>
    key === "table" ? "Sales" : key === "column" ? "Customer GSTIN" : key === "q" ? '"27ABC"' : sample(String(key)),
});

/** Findings about a held-back voucher say what to do about it in a second sentence. */
const TWO_SENTENCES: readonly FindingCode[] = ["voucher.unbalanced", "voucher.same-number"];

describe("finding messages", () => {
  const codes = Object.keys(MESSAGES);

  it("has words for every code a source names, and no words that no source names", () => {
    expect(mismatches(codes, coreSources())).toEqual({ wordless: [], unused: [] });
  });

  it("would notice a code without words, or words that nothing uses", () => {
    const sources = coreSources();
    const journalRules = sources.filter((s) => s.text.includes('"journal.unbalanced"'));
    const doctored = [...sources.filter((s) => !journalRules.includes(s)), { file: "new-rule.ts", text: 'finding("gstin.made-up", at)' }];
    const found = mismatches(codes, doctored);
    expect(found.wordless).toEqual(["gstin.made-up (new-rule.ts)"]);
    expect(found.unused).toContain("journal.unbalanced");
  });

  it("gives each code its words in exactly one area", () => {
    const areasOf = (code: string) => Object.entries(MESSAGE_AREAS).filter(([, area]) => code in area).map(([name]) => name);
    expect(codes.filter((code) => areasOf(code).length !== 1)).toEqual([]);
  });

  it.each(codes as FindingCode[])("words %s as one plain sentence", (code) => {
    const { severity, text } = MESSAGES[code] as { severity: unknown; text: (p: unknown) => string };
    expect(typeof severity === "function" || severity === "error" || severity === "warning").toBe(true);
    const sentence = text(anyParams);
    expect(sentence).toMatch(/^[A-Z"<].*\.$/);
    expect(sentence).not.toMatch(/undefined|NaN|\[object|\n/);
    if (!TWO_SENTENCES.includes(code)) expect(sentence).not.toMatch(/\. [A-Z]/);
  });
});
