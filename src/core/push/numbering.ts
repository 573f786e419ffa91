/**
 * Whether Tally would keep the workbook's voucher numbers. Only Manual numbering keeps the number
 * sent; Automatic (every predefined type of a fresh company) replaces it (PROTOCOL.md 7, 11.1).
 * A type whose method Tally did not say is left to the read-back, which compares numbers.
 */
import { nameKey } from "../mapping";
import { pushNote } from "../messages";
import type { MasterRecord } from "../tally/read";
import type { Voucher, VoucherKind } from "../vouchers/model";

export interface NumberingProblem {
  voucherType: string;
  /** Tally's NUMBERINGMETHOD, e.g. "Automatic". */
  method: string;
  vouchers: number;
}

export const keepsNumbers = (method: string): boolean => nameKey(method) === "manual";

/**
 * Voucher types the push would use whose numbering would replace the workbook's numbers, except
 * the kinds Settings lets Tally number itself.
 */
export function numberingProblems(
  vouchers: readonly Voucher[],
  types: readonly MasterRecord[],
  tallyNumbers: ReadonlySet<VoucherKind>,
): NumberingProblem[] {
  const methods = new Map(types.map((t) => [nameKey(t.name), t]));
  const problems = new Map<string, NumberingProblem>();
  for (const v of vouchers) {
    if (tallyNumbers.has(v.kind)) continue;
    const type = methods.get(nameKey(v.voucherType));
    if (!type?.numberingMethod || keepsNumbers(type.numberingMethod)) continue;
    const key = nameKey(v.voucherType);
    const problem = problems.get(key) ?? { voucherType: type.name, method: type.numberingMethod, vouchers: 0 };
    problem.vouchers++;
    problems.set(key, problem);
  }
  return [...problems.values()];
}

/** What a row held back by its voucher type's numbering says. */
export function numberingNote(problem: NumberingProblem): string {
  return pushNote("held.tally-numbers-itself", { voucherType: problem.voucherType, method: problem.method });
}
