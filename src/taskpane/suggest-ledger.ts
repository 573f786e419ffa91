/**
 * Suggests Tally names for an unmapped workbook word: "HDFC" -> "HDFC Bank A/c", "sharma traders"
 * -> "Sharma Traders". Case-insensitive; scores containment, shared words and edit distance, so a
 * typo ("Gupta Tradres") still finds its ledger. Pure, for the mapping editor.
 */

/** Lower case, punctuation as spaces, single spaces: how names are compared. */
function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, " ")
    .trim();
}

const words = (text: string): string[] => (text === "" ? [] : text.split(" "));

/** Levenshtein distance with two rows; names are short, so this stays cheap. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1);
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, substitution);
    }
    previous = current;
  }
  return previous[b.length];
}

/**
 * How alike a workbook word and a Tally name are, from 0 (nothing in common) to 1 (same name
 * apart from case, spaces and punctuation).
 */
export function nameSimilarity(workbookValue: string, tallyName: string): number {
  const a = normalise(workbookValue);
  const b = normalise(tallyName);
  if (a === "" || b === "") return 0;
  if (a === b) return 1;
  const longer = Math.max(a.length, b.length);
  const spelling = 1 - editDistance(a, b) / longer;
  const contains = a.includes(b) || b.includes(a) ? 0.6 + 0.3 * (Math.min(a.length, b.length) / longer) : 0;
  const aw = new Set(words(a));
  const bw = new Set(words(b));
  const shared = [...aw].filter((w) => bw.has(w)).length;
  const overlap = shared === 0 ? 0 : (0.8 * shared) / Math.max(aw.size, bw.size);
  return Math.max(spelling, contains, overlap);
}

/** Below this a "suggestion" is noise: unrelated names of similar length share a few letters. */
export const MIN_SIMILARITY = 0.5;

/**
 * The Tally names most like the workbook word, best first (ties in Tally's list order), at most
 * `limit`, none below MIN_SIMILARITY.
 */
export function suggestLedgers(workbookValue: string, tallyNames: readonly string[], limit = 3): string[] {
  return tallyNames
    .map((name, order) => ({ name, order, score: nameSimilarity(workbookValue, name) }))
    .filter((s) => s.score >= MIN_SIMILARITY)
    .sort((x, y) => y.score - x.score || x.order - y.order)
    .slice(0, Math.max(0, limit))
    .map((s) => s.name);
}
