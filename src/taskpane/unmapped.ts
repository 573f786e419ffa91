/**
 * Workbook words with no Tally name yet, from the validation's "mapping.unmapped" findings, one
 * entry per (kind, word) however many rows use it. The mapping editor lists them with suggestions.
 */
import type { Finding, FindingOf } from "../core/findings";
import { nameKey } from "../core/mapping";
import type { TallyLists } from "../core/push/masters-needed";
import type { LedgerMapKind } from "../core/records/types";

export interface UnmappedValue {
  kind: LedgerMapKind;
  value: string;
  /** How many findings name it (rows that are held back until it is mapped). */
  rows: number;
  /** The first finding, for its message and location. */
  first: Finding;
}

const isUnmapped = (f: Finding): f is FindingOf<"mapping.unmapped"> => f.code === "mapping.unmapped";

/** Distinct unmapped words; the other mapping findings (a blank godown, no round-off ledger) name no word and are left to the findings list. */
export function unmappedValues(findings: readonly Finding[]): UnmappedValue[] {
  const out = new Map<string, UnmappedValue>();
  for (const f of findings.filter(isUnmapped)) {
    const { kind, key: value } = f.params;
    const key = `${kind}|${nameKey(value)}`;
    const seen = out.get(key);
    if (seen) seen.rows++;
    else out.set(key, { kind, value, rows: 1, first: f });
  }
  return [...out.values()];
}

/** Which Tally list holds names for a LedgerMap kind. */
export function namesForKind(kind: LedgerMapKind, lists: TallyLists): string[] {
  if (kind === "Item") return lists.stockItems;
  if (kind === "Unit") return lists.units;
  if (kind === "Godown") return lists.godowns;
  return lists.ledgers;
}
