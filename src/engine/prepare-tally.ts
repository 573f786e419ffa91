/**
 * Prepare Tally: after the user's explicit confirmation, the voucher types that would replace the
 * workbook's numbers are switched to Manual numbering with Prevent Duplicates, then read back. A
 * type Tally did not change keeps its vouchers unsent, and the pre-flight names it again.
 */
import { nameKey } from "../core/mapping";
import { keepsNumbers } from "../core/push/numbering";
import { readImportResponse } from "../core/tally/read";
import { buildManualNumberingImport } from "../core/tally/write";
import type { TallyPort } from "./ports";
import { readVoucherTypes } from "./tally-reads";

/** Returns the voucher types now numbered Manually with Prevent Duplicates, as read back. */
export async function prepareTally(tally: TallyPort, company: string, voucherTypes: readonly string[]): Promise<string[]> {
  if (voucherTypes.length === 0) return [];
  // The counters cannot say which type changed (PROTOCOL.md 4.2): the read-back does.
  readImportResponse(await tally.post(buildManualNumberingImport(voucherTypes, { company })));
  const now = new Map((await readVoucherTypes(tally, company)).map((t) => [nameKey(t.name), t]));
  const done = voucherTypes.filter((name) => {
    const t = now.get(nameKey(name));
    return t?.numberingMethod !== undefined && keepsNumbers(t.numberingMethod) && t.preventDuplicates === true;
  });
  return done;
}
