/**
 * Cancel or Delete of vouchers we sent, by the client REMOTEID Tally keys them on (PROTOCOL.md 11.2,
 * measured: Delete answers DELETED 1; Cancel keeps the voucher, cancelled in place, ALTERED 1). The
 * body names the voucher's date, type and number as Tally holds them: Tally refuses an empty VOUCHER.
 */
import { tallyDate, type CalendarDate } from "../dates";
import { importRequest, type EnvelopeOptions, type MessageWriter } from "./envelope";
import { tallyText } from "./write-values";

export interface VoucherToRemove {
  /** The client REMOTEID this workbook sent it with. */
  remoteId: string;
  voucherType: string;
  date: CalendarDate;
  number: string;
  /** Its narration as Tally holds it (a cancelled voucher keeps it, marker included). */
  narration?: string;
}

export type RemovalAction = "Cancel" | "Delete";

export function buildVoucherRemoval(vouchers: readonly VoucherToRemove[], action: RemovalAction, opts: EnvelopeOptions): string {
  const messages = vouchers.map((v): MessageWriter => (message) => {
    const vch = message.ele("VOUCHER", { REMOTEID: v.remoteId, VCHTYPE: tallyText(v.voucherType), ACTION: action });
    vch.put("DATE", tallyDate(v.date));
    vch.put("VOUCHERTYPENAME", tallyText(v.voucherType));
    vch.put("VOUCHERNUMBER", tallyText(v.number));
    if (v.narration !== undefined) vch.put("NARRATION", tallyText(v.narration));
  });
  return importRequest("Vouchers", opts, messages);
}
