/** Words of the findings about workbook words that have no Tally name in LedgerMap. */
import { RATE_KINDS } from "../records/types";
import type { LedgerMapKind } from "../records/types";
import { def } from "./define";

/** "ledger is mapped for Sales at 18% GST", "stock item is mapped for "Rice"" ... */
function mappingSubject(kind: LedgerMapKind, key: string): string {
  if (RATE_KINDS.includes(kind)) return `ledger is mapped for ${kind.replace(/Return$/, " Return")} at ${key}% GST`;
  const noun: Partial<Record<LedgerMapKind, string>> = { Item: "stock item", Unit: "unit", Godown: "godown" };
  const what: Partial<Record<LedgerMapKind, string>> = { Party: "party ", Account: "account ", Expense: "expense head " };
  return `${noun[kind] ?? "ledger"} is mapped for ${what[kind] ?? ""}"${key}"`;
}

export const MAPPING_MESSAGES = {
  "mapping.unmapped": def<{ kind: LedgerMapKind; key: string }>(
    "error",
    (p) => `No Tally ${mappingSubject(p.kind, p.key)}; add a row to LedgerMap (Kind "${p.kind}", Workbook Value "${p.key}").`,
  ),
  "mapping.no-godown": def(
    "error",
    (p) => `${p.column} is blank and Settings has no Default Godown; type the godown or set a Default Godown.`,
  ),
  "mapping.round-off-missing": def(
    "error",
    () => `Round Totals is on but Round Off Ledger is blank in Settings; name the Tally ledger that takes the rounding difference.`,
  ),
} as const;
