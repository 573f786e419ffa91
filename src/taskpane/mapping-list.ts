/**
 * The mappings list as the pane shows it, pure: rows filtered by a search, grouped by kind in
 * LedgerMap's kind order, words without a Tally name first when asked, as one flat list of group
 * headings and rows (what the windowed list draws), and the suggestions a bulk accept would take.
 */
import { LEDGER_MAP_KINDS, type LedgerMapKind } from "../core/records/types";
import type { MappingDraft } from "./mapping-drafts";

export type ListEntry =
  | { type: "group"; key: string; kind: LedgerMapKind; count: number }
  | { type: "row"; key: string; draft: MappingDraft; suggestion?: string };

export interface Arranged {
  entries: ListEntry[];
  /** Rows that match the search. */
  shown: number;
  total: number;
}

export interface ListOptions {
  query: string;
  unmappedFirst: boolean;
  /** Tally's best name per row id, for rows with no Tally name yet. */
  suggestions?: ReadonlyMap<number, string>;
}

const folded = (text: string) => text.toLowerCase().normalize("NFKD");
// Drafts are never changed in place (an edit makes a new one), so each one's folded text is worked out once, not per keystroke.
const searchText = new WeakMap<MappingDraft, string>();
function textOf(draft: MappingDraft): string {
  let text = searchText.get(draft);
  if (text === undefined) searchText.set(draft, (text = folded(`${draft.kind} ${draft.workbookValue} ${draft.tallyName}`)));
  return text;
}

/** True when the search's every word is in the row's kind, word or Tally name. */
export function matches(draft: MappingDraft, query: string): boolean {
  const words = folded(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const text = textOf(draft);
  return words.every((w) => text.includes(w));
}

export const isBlank = (d: MappingDraft) => d.tallyName.trim() === "";

export function arrangeMappings(drafts: readonly MappingDraft[], options: ListOptions): Arranged {
  const byKind = new Map<LedgerMapKind, MappingDraft[]>();
  let shown = 0;
  for (const d of drafts) {
    if (!matches(d, options.query)) continue;
    shown++;
    const group = byKind.get(d.kind) ?? [];
    group.push(d);
    byKind.set(d.kind, group);
  }
  const entries: ListEntry[] = [];
  // "Unmapped first": the kinds with a word to name come first, and those words first within them.
  const kinds = options.unmappedFirst
    ? [...LEDGER_MAP_KINDS.filter((k) => byKind.get(k)?.some(isBlank)), ...LEDGER_MAP_KINDS.filter((k) => !byKind.get(k)?.some(isBlank))]
    : LEDGER_MAP_KINDS;
  for (const kind of kinds) {
    const group = byKind.get(kind);
    if (!group) continue;
    // A stable sort: within "blank first" and "named", rows keep LedgerMap's order.
    const ordered = options.unmappedFirst ? [...group.filter(isBlank), ...group.filter((d) => !isBlank(d))] : group;
    entries.push({ type: "group", key: `group-${kind}`, kind, count: group.length });
    for (const d of ordered) entries.push({ type: "row", key: `row-${d.id}`, draft: d, suggestion: options.suggestions?.get(d.id) });
  }
  return { entries, shown, total: drafts.length };
}

/** Every shown row that has no Tally name but has a suggestion, with that suggestion filled in. */
export function acceptSuggestions(drafts: readonly MappingDraft[], arranged: Arranged): { drafts: MappingDraft[]; accepted: number } {
  const take = new Map<number, string>();
  for (const e of arranged.entries) if (e.type === "row" && e.suggestion && isBlank(e.draft)) take.set(e.draft.id, e.suggestion);
  return {
    drafts: drafts.map((d) => (take.has(d.id) ? { ...d, tallyName: take.get(d.id)! } : d)),
    accepted: take.size,
  };
}
