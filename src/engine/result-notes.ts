/**
 * The Tally Note a row gets from what the read-back found: posted as which voucher, held twice,
 * held differently, or refused and why. Each sentence is what Tally was seen to hold, never a guess.
 */
import type { HandoffError } from "../core/handoff-error";
import { pushNote } from "../core/messages";
import { explainTallyError } from "../core/push/explain";
import type { PlannedVoucher } from "../core/push/plan";
import { differenceInWords, numberDiffers, type TallyDifference } from "../core/push/verify";
import type { ExportedVoucher, ImportResult } from "../core/tally/read";
import type { Voucher } from "../core/vouchers/model";
import type { VoucherResult } from "./ports";

export type Action = "Create" | "Alter";

export function postedResult(p: PlannedVoucher, copy: ExportedVoucher, action: Action | "None"): VoucherResult {
  const v = p.voucher;
  const id = copy.masterId ? ` (Master ID ${copy.masterId})` : "";
  const renumbered = numberDiffers(v, copy) ? `; Tally numbers ${copy.voucherType} vouchers itself, the workbook says ${v.number}` : "";
  const already = action === "None" ? "Already in Tally, unchanged: " : "In Tally as ";
  return {
    voucher: v,
    outcome: "Posted",
    action,
    message: `${already}${copy.voucherType} ${copy.voucherNumber}${id}${renumbered}.`,
    masterId: copy.masterId,
    guid: copy.guid,
  };
}

/** Posted on the probe: Tally's voucher mark has not moved since the push that read this voucher back. */
export function unchangedResult(p: PlannedVoucher, mark: number): VoucherResult {
  return {
    voucher: p.voucher,
    outcome: "Posted",
    action: "None",
    message: `Already in Tally, unchanged: no voucher in Tally has changed since the last send read it back (Tally's voucher mark is still ${mark}).`,
  };
}

export function failed(p: PlannedVoucher, action: Action | "None", message: string): VoucherResult {
  return { voucher: p.voucher, outcome: "Failed", action, message };
}

/** Not sent: Tally's copy differs although the row is as sent (or never sent from here); sending would undo work done in Tally. */
export function changedInTallyResult(p: PlannedVoucher, difference: TallyDifference): VoucherResult {
  const message = pushNote("held.changed-in-tally", { difference: differenceInWords(difference), logged: p.logged });
  return { ...failed(p, "None", message), held: "changed-in-tally" };
}

export function unknown(p: PlannedVoucher, action: Action): VoucherResult {
  return {
    voucher: p.voucher,
    outcome: "Unknown",
    action,
    message: "Tally did not answer, so it is not known whether this voucher arrived; press Send to Tally again to check.",
  };
}

export const twiceNote = (copies: ExportedVoucher[]): string =>
  `Tally holds this voucher ${copies.length} times (${copies.map((c) => `${c.voucherType} ${c.voucherNumber}`).join(", ")}); nothing was sent. Delete the extra copies in Tally, then send again.`;

export function differsNote(p: PlannedVoucher, copy: ExportedVoucher, difference: TallyDifference, tallyNumbers: boolean): string {
  if (numberDiffers(p.voucher, copy) && !tallyNumbers) {
    return `Tally holds this voucher as ${copy.voucherType} ${copy.voucherNumber}: the ${copy.voucherType} voucher type in Tally numbers vouchers itself and replaced ${p.voucher.number}. Set it to Manual numbering (Prepare Tally), then send again.`;
  }
  return `Tally holds a different version of this voucher (${differenceInWords(difference)}), although it was sent; check it in Tally's Day Book.`;
}

export function refusedNote(
  v: Voucher,
  reply: ImportResult | undefined,
  lost: HandoffError | undefined,
  preventsDuplicates: boolean,
): string {
  if (!reply) return `Tally did not keep this voucher (${lost?.message ?? "no answer"}); press Send to Tally again.`;
  if (reply.shape === "unknown-request") return "Tally could not read the request for this voucher; please report this.";
  const said = reply.lineErrors.join(" ");
  if (said.trim() === "" && preventsDuplicates) {
    // 7.1 refuses a reused number on a Prevent Duplicates type with no reason (PROTOCOL.md 11.3).
    return `Tally refused ${v.voucherType} ${v.number} without a reason. ${v.voucherType} vouchers in Tally refuse a number already used: check whether Tally already holds a ${v.voucherType} voucher numbered ${v.number} that this workbook did not send.`;
  }
  return explainTallyError(said, v.date);
}
