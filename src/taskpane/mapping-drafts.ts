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

/** The rows to save, or which row lacks its Tally Name (1-based, as the editor numbers them). */
export function entriesToSave(drafts: readonly MappingDraft[]): EntriesOrProblem {
  const entries: MappingEntry[] = [];
  for (const [i, d] of drafts.entries()) {
    const workbookValue = d.workbookValue.trim();
    const tallyName = d.tallyName.trim();
    if (workbookValue === "" && tallyName === "") continue;
    if (tallyName === "") return { ok: false, message: `Mapping ${i + 1} (${d.kind} "${workbookValue}") has no Tally Name.` };
    entries.push({ kind: d.kind, workbookValue, tallyName });
  }
  return { ok: true, entries };
}

/** True when a draft already maps this word of this kind. */
export function isDrafted(drafts: readonly MappingDraft[], kind: LedgerMapKind, value: string): boolean {
  return drafts.some((d) => d.kind === kind && nameKey(d.workbookValue) === nameKey(value));
}
