/**
 * The Send view's sentences about vouchers it left alone, and what the one action on them does,
 * said before anything is sent: vouchers a Take back deleted, and vouchers changed in Tally
 * (docs/decisions/0013).
 */
import { counted } from "./wording";

/** What a bar about some vouchers says, and its action's button, dialog question and confirm. */
export interface ConfirmWords {
  title(n: number): string;
  body(n: number): string;
  /** The button and the dialog's confirm: "Re-create 2 taken-back vouchers". */
  action(n: number): string;
  question(n: number): string;
}

export const takenBackWords: ConfirmWords = {
  title: (n) => `${counted(n, "voucher")} taken back`,
  body: (n) =>
    `A Take back deleted ${n === 1 ? "it" : "them"} from Tally, so Send leaves ${n === 1 ? "it" : "them"} out. Sending again creates ${n === 1 ? "it" : "each"} anew in Tally.`,
  action: (n) => `Re-create ${counted(n, "taken-back voucher")}`,
  question: (n) => `Send these ${counted(n, "voucher")} to Tally again? Each is created anew in Tally; the rest of the push goes as usual.`,
};

export const changedInTallyWords: ConfirmWords = {
  title: (n) => `${counted(n, "voucher")} changed in Tally`,
  body: (n) =>
    n === 1
      ? "Tally holds a different version of this voucher although its row did not change since it was sent (someone edited it in Tally, or another copy of the workbook sent it), so Send left Tally's version alone. Its Tally Note says what differs."
      : "Tally holds a different version of these vouchers although their rows did not change since they were sent (someone edited them in Tally, or another copy of the workbook sent them), so Send left Tally's versions alone. Each Tally Note says what differs.",
  action: (n) => `Replace ${counted(n, "change")} made in Tally`,
  question: (n) =>
    n === 1
      ? "Send this voucher to Tally again? Tally's edited version is overwritten by the workbook's, and the change made in Tally is lost. Nothing else is sent."
      : `Send these ${counted(n, "voucher")} to Tally again? Tally's edited version of each is overwritten by the workbook's, and the changes made in Tally are lost. Nothing else is sent.`,
};
