/**
 * Workbook words with no Tally name yet, from the validation's "mapping.*" findings, one entry per
 * (kind, word) however many rows use it. The mapping editor lists them with suggestions.
 */
import type { Finding } from "../core/findings";
import { nameKey } from "../core/mapping";
import type { TallyLists } from "../core/push/masters-needed";
import { LEDGER_MAP_KINDS, type LedgerMapKind } from "../core/records/types";

export interface UnmappedValue {
  kind: LedgerMapKind;
  value: string;
  /** How many findings name it (rows that are held back until it is mapped). */
  rows: number;
  /** The first finding, for its message and location. */
  first: Finding;
}

/** Column -> kind when the message does not name one (validate/rules-mapping.ts checks these columns). */
const KIND_BY_COLUMN: Record<string, LedgerMapKind> = {
  Customer: "Party",
  Supplier: "Party",
  Party: "Party",
  Payee: "Party",
  Vendor: "Party",
  Account: "Account",
  "Paid From": "Account",
  "Expense Head": "Expense",
  Item: "Item",
  Unit: "Unit",
  Godown: "Godown",
  "From Godown": "Godown",
  "To Godown": "Godown",
  Ledger: "Ledger",
};

/** The kind a mapping finding is about: named in its message (`Kind "Account"`), else by its column. */
export function kindOf(f: Finding): LedgerMapKind {
  const named = /Kind "([^"]+)"/.exec(f.message)?.[1];
  if (named && (LEDGER_MAP_KINDS as readonly string[]).includes(named)) return named as LedgerMapKind;
  return KIND_BY_COLUMN[f.column] ?? "Ledger";
}

/** Findings whose code starts with "mapping." (the validation's mapping rules). */
export function mappingFindings(findings: readonly Finding[]): Finding[] {
  return findings.filter((f) => f.code.startsWith("mapping."));
}

/** Distinct unmapped words; findings without a word (a blank godown, no round-off ledger) are left to the findings list. */
export function unmappedValues(findings: readonly Finding[]): UnmappedValue[] {
  const out = new Map<string, UnmappedValue>();
  for (const f of mappingFindings(findings)) {
    const value = f.value?.trim();
    if (!value) continue;
    const kind = kindOf(f);
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
