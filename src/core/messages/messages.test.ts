import path from "node:path";
import { coreSources, ERROR_REASON, mismatches, sourcesIn, SRC } from "../../../test/support/message-sources";
import { ERROR_AREAS, FILE_ERRORS, HANDOFF_ERRORS, MESSAGE_AREAS, MESSAGES, type FindingCode } from "./index";

/** Any parameter reads as a recognisable word, a list of one word, or the number 7 where a sentence counts. */
const sample = (key: string) => Object.assign([`<${key}>`], { toString: () => `<${key}>`, valueOf: () => 7 });
const anyParams = new Proxy({} as Record<string, unknown>, {
  get: (_target, key) => (key === "table" ? "Sales" : key === "column" ? "Customer GSTIN" : key === "q" ? '"27ABC"' : sample(String(key))),
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
    const doctored = [
      ...sources.filter((s) => !journalRules.includes(s)),
      { file: "core/new-rule.ts", text: 'finding("gstin.made-up", at)' },
    ];
    const found = mismatches(codes, doctored);
    expect(found.wordless).toEqual(["gstin.made-up (core/new-rule.ts)"]);
    expect(found.unused).toContain("journal.unbalanced");
  });

  it("gives each code its words in exactly one area", () => {
    const areasOf = (code: string) =>
      Object.entries(MESSAGE_AREAS)
        .filter(([, area]) => code in area)
        .map(([name]) => name);
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

describe("readers of findings", () => {
  // The pane once told a mapping's kind by matching `Kind "..."` in the sentence; params say it now.
  const PARSES_A_SENTENCE =
    /\.(?:exec|test)\([^)]*\.message\b|\.message\??\.(?:match|matchAll|search|replace|split|includes|startsWith|endsWith)\(/;

  it("in the pane and the command line read params, never parse a sentence", () => {
    const readers = [...sourcesIn(path.join(SRC, "taskpane")), ...sourcesIn(path.join(SRC, "cli"))];
    const parsers = readers.filter((s) => PARSES_A_SENTENCE.test(s.text)).map((s) => s.file);
    expect(parsers).toEqual([]);
  });

  it("would notice a pane that matches a finding's sentence again", () => {
    expect(PARSES_A_SENTENCE.test('const named = /Kind "([^"]+)"/.exec(f.message)?.[1];')).toBe(true);
    expect(PARSES_A_SENTENCE.test("if (f.message.includes('Kind')) return;")).toBe(true);
  });
});

describe("operational error words", () => {
  const ERRORS = { ...HANDOFF_ERRORS, ...FILE_ERRORS };
  const reasons = Object.keys(ERRORS) as (keyof typeof ERRORS)[];
  const sources = () => sourcesIn(SRC);

  it("has words for every reason a source names, and no words that no source names", () => {
    expect(mismatches(reasons, sources(), ERROR_REASON)).toEqual({ wordless: [], unused: [] });
  });

  it("would notice a reason without words, or words that nothing uses", () => {
    const all = sources();
    const doctored = [...all.filter((s) => !s.text.includes('"bridge.no-token"')), { file: "x.ts", text: 'handoffError("tally.made-up")' }];
    const found = mismatches(reasons, doctored, ERROR_REASON);
    expect(found.wordless).toEqual(["tally.made-up (x.ts)"]);
    expect(found.unused).toContain("bridge.no-token");
  });

  it("gives each reason its words in exactly one area, and no reason shares a finding's code", () => {
    const areasOf = (reason: string) => Object.values(ERROR_AREAS).filter((area) => reason in area).length;
    const both = Object.keys(HANDOFF_ERRORS).filter((reason) => reason in FILE_ERRORS);
    expect([...both, ...reasons.filter((reason) => areasOf(reason) !== 1 || reason in MESSAGES)]).toEqual([]);
  });

  it.each(reasons)("words %s as a plain sentence and a suggestion", (reason) => {
    const { message, suggestion } = ERRORS[reason] as { message: (p: unknown) => string; suggestion: (p: unknown) => string };
    // A relayed reply's words are a parameter: String() reads the sample as the text it stands for.
    const said = String(message(anyParams));
    const advice = String(suggestion(anyParams));
    expect(said).toMatch(/^[A-Z'<].*[^\s]$/);
    expect(advice).toMatch(/^$|^[A-Z<].*[.>]$/);
    expect(said + advice).not.toMatch(/undefined|NaN|\[object|\n/);
  });
});
