/**
 * What the messages module's tests read: the product's sources, and the codes, reasons and notes
 * they name, to tell words no source uses from codes that have no words.
 */
import fs from "node:fs";
import path from "node:path";

export interface Source {
  file: string;
  text: string;
}

/** The src/ folder; a source's `file` is relative to it. */
export const SRC = path.resolve(__dirname, "../../src");

/** The messages module itself: its words name their codes, so they never count as a use. */
const MESSAGES_DIR = path.join(SRC, "core", "messages");

/** Every non-test source under `dir` outside src/core/messages, with its import lines taken out. */
export function sourcesIn(dir: string): Source[] {
  const out: Source[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory() && full !== MESSAGES_DIR) out.push(...sourcesIn(full));
    else if (entry.isFile() && /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name)) {
      out.push({ file: path.relative(SRC, full), text: fs.readFileSync(full, "utf8").replace(/from\s+"[^"]*"/g, "") });
    }
  }
  return out;
}

/** A finding code is any code-shaped literal in the core; an error reason is what handoffError(), workbookFileError() or the bridge's refuse() is given. */
export const FINDING_CODE = /"([a-z][a-z-]*(?:\.[a-z][a-z-]*)+)"/g;
export const ERROR_REASON = /(?:handoffError\(|workbookFileError\(|refuse\(x, \d+, )"([^"]+)"/g;
/** A push note is what pushNote() is given. */
export const PUSH_NOTE = /pushNote\("([^"]+)"/g;
/** A reconcile's words are what reconcileWords() is given. */
export const RECONCILE_WORD = /reconcileWords\("([^"]+)"/g;

/** The core's sources, without the error reasons and push notes they name: those are not finding codes. */
export const coreSources = (): Source[] =>
  sourcesIn(path.join(SRC, "core")).map((s) => ({
    ...s,
    text: s.text.replace(ERROR_REASON, "").replace(PUSH_NOTE, "").replace(RECONCILE_WORD, ""),
  }));

/** Where the messages module and the sources disagree: codes with no words, words no source names. */
export function mismatches(
  codes: readonly string[],
  sources: readonly Source[],
  named = FINDING_CODE,
): { wordless: string[]; unused: string[] } {
  const used = new Map<string, string>();
  for (const { file, text } of sources) {
    for (const m of text.matchAll(named)) used.set(m[1], file);
  }
  const known = new Set(codes);
  return {
    wordless: [...used].filter(([code]) => !known.has(code)).map(([code, file]) => `${code} (${file})`),
    unused: codes.filter((code) => !used.has(code)),
  };
}
