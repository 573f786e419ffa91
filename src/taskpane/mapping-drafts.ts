/**
 * The mapping editor's rows while they are being edited, and what is written back to LedgerMap:
 * blank rows dropped, text trimmed, and a row without a Tally Name refused (the core would ignore it
 * silently, mapping.ts indexLedgerMap).
 */
import { nameKey } from "../core/mapping";
import type { LedgerMapEntry, LedgerMapKind } from "../core/records/types";

export interface MappingDraft {
  /** Stable key for React while rows are added and removed. */
  id: number;
  kind: LedgerMapKind;
  workbookValue: string;
  tallyName: string;
  /** Set for a word the check found unmapped (not yet in LedgerMap): how many rows use it. Left blank, it is not saved. */
  unmapped?: number;
}

export type MappingEntry = Omit<LedgerMapEntry, "row">;

let nextId = 1;

export function newDraft(kind: LedgerMapKind, workbookValue = "", tallyName = ""): MappingDraft {
  return { id: nextId++, kind, workbookValue, tallyName };
}

export function draftsOf(entries: readonly LedgerMapEntry[]): MappingDraft[] {
  return entries.map((e) => newDraft(e.kind, e.workbookValue, e.tallyName));
}

export type EntriesOrProblem = { ok: true; entries: MappingEntry[] } | { ok: false; message: string };

/** The rows to save, or which row lacks its Tally Name (by kind and word, as the list shows it). */
export function entriesToSave(drafts: readonly MappingDraft[]): EntriesOrProblem {
  const entries: MappingEntry[] = [];
  for (const d of drafts) {
    const workbookValue = d.workbookValue.trim();
    const tallyName = d.tallyName.trim();
    if (workbookValue === "" && tallyName === "") continue;
    if (tallyName === "" && d.unmapped !== undefined) continue;
    if (tallyName === "") return { ok: false, message: `${d.kind} "${workbookValue}" has no Tally Name.` };
    entries.push({ kind: d.kind, workbookValue, tallyName });
  }
  return { ok: true, entries };
}

/** The LedgerMap rows, then each word the check found unmapped that no row maps yet (blank, to fill in). */
export function draftsWithUnmapped(
  entries: readonly LedgerMapEntry[],
  unmapped: readonly { kind: LedgerMapKind; value: string; rows: number }[],
): MappingDraft[] {
  const drafts = draftsOf(entries);
  const words = unmapped
    .filter((u) => !isDrafted(drafts, u.kind, u.value))
    .map((u) => ({ ...newDraft(u.kind, u.value), unmapped: u.rows }));
  return [...drafts, ...words];
}

/** True when a draft already maps this word of this kind. */
export function isDrafted(drafts: readonly MappingDraft[], kind: LedgerMapKind, value: string): boolean {
  return drafts.some((d) => d.kind === kind && nameKey(d.workbookValue) === nameKey(value));
}
