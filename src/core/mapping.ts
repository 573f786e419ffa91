/**
 * LedgerMap: how workbook words become Tally master names (docs/workbook.md, "The hidden sheet").
 * Rate-keyed kinds (Sales @18% etc.) are looked up by the line's GST rate, with "*" or a blank
 * Workbook Value as the catch-all. Names match case- and space-insensitively, as Tally's do.
 */
import { RATE_KINDS, type LedgerMapEntry, type LedgerMapKind, type Settings } from "./records/types";

/** Kinds that fall back to the workbook's own word when not mapped (unless Require Explicit Mapping). */
export const SAME_NAME_KINDS: readonly LedgerMapKind[] = ["Party", "Item", "Unit", "Godown", "Ledger"];

export function nameKey(text: string): string {
  return text.trim().replace(/\s+/g, " ").toLowerCase();
}

function rateKey(text: string): string | undefined {
  const t = text.trim().replace(/%$/, "").trim();
  if (t === "" || t === "*") return "*";
  const n = Number(t);
  return Number.isFinite(n) ? String(n) : undefined;
}

export interface LedgerMapIndex {
  /** The Tally name for a workbook word, or undefined when it is not mapped and may not fall back. */
  resolve(kind: LedgerMapKind, value: string | number): string | undefined;
  /** True when the LedgerMap has an explicit row for it (used for "unmapped" lists and suggestions). */
  isExplicit(kind: LedgerMapKind, value: string | number): boolean;
}

export function indexLedgerMap(entries: readonly LedgerMapEntry[], settings: Pick<Settings, "requireExplicitMapping">): LedgerMapIndex {
  const byKind = new Map<LedgerMapKind, Map<string, string>>();
  for (const e of entries) {
    const key = RATE_KINDS.includes(e.kind) ? rateKey(e.workbookValue) : nameKey(e.workbookValue);
    if (key === undefined || e.tallyName.trim() === "") continue;
    let m = byKind.get(e.kind);
    if (!m) byKind.set(e.kind, (m = new Map()));
    if (!m.has(key)) m.set(key, e.tallyName.trim());
  }
  const explicit = (kind: LedgerMapKind, value: string | number): string | undefined => {
    const m = byKind.get(kind);
    if (!m) return undefined;
    if (RATE_KINDS.includes(kind)) {
      const k = rateKey(String(value));
      return (k && m.get(k)) ?? m.get("*");
    }
    return m.get(nameKey(String(value)));
  };
  return {
    resolve(kind, value) {
      const found = explicit(kind, value);
      if (found !== undefined) return found;
      if (!settings.requireExplicitMapping && SAME_NAME_KINDS.includes(kind)) {
        const same = String(value).trim();
        return same === "" ? undefined : same;
      }
      return undefined;
    },
    isExplicit: (kind, value) => explicit(kind, value) !== undefined,
  };
}

// Constant strings, not joined per call: a cheaper Map key on every tax line (issue #2).
const TAX_KINDS = {
  Output: { CGST: "Output CGST", SGST: "Output SGST", IGST: "Output IGST" },
  Input: { CGST: "Input CGST", SGST: "Input SGST", IGST: "Input IGST" },
} as const satisfies Record<"Output" | "Input", Record<"CGST" | "SGST" | "IGST", LedgerMapKind>>;

/** The LedgerMap kind of a tax line: Output for sales and credit notes, Input for purchases and debit notes. */
export function taxKind(side: "Output" | "Input", head: "CGST" | "SGST" | "IGST"): LedgerMapKind {
  return TAX_KINDS[side][head];
}
