/**
 * Prepare Tally: after the user's explicit confirmation, the voucher types that would replace the
 * workbook's numbers are switched to Manual numbering with Prevent Duplicates, then read back. A
 * type Tally did not change keeps its vouchers unsent, and the pre-flight names it again.
 */
import { nameKey } from "../core/mapping";
import { keepsNumbers } from "../core/push/numbering";
import { readImportResponse, type MasterRecord } from "../core/tally/read";
import { buildManualNumberingImport } from "../core/tally/write";
import type { TallyPort } from "./ports";
import { readVoucherTypes } from "./tally-reads";

export interface Prepared {
  /** The voucher types now numbered Manually with Prevent Duplicates, as read back. */
  prepared: string[];
  /** Every voucher type as Tally holds it after the change. */
  types: MasterRecord[];
}

export async function prepareTally(tally: TallyPort, company: string, voucherTypes: readonly string[]): Promise<Prepared> {
  // The counters cannot say which type changed (PROTOCOL.md 4.2): the read-back does.
  if (voucherTypes.length > 0) readImportResponse(await tally.post(buildManualNumberingImport(voucherTypes, { company })));
  const types = await readVoucherTypes(tally, company);
  const now = new Map(types.map((t) => [nameKey(t.name), t]));
  const prepared = voucherTypes.filter((name) => {
    const t = now.get(nameKey(name));
    return t?.numberingMethod !== undefined && keepsNumbers(t.numberingMethod) && t.preventDuplicates === true;
  });
  return { prepared, types };
}
