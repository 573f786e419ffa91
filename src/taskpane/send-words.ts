/**
 * The Send view's sentences about vouchers the push held back because they were changed in Tally
 * (docs/decisions/0013): what happened, and what replacing them does, said before anything is sent.
 */
import { counted } from "./wording";

/** "Replace 1 change made in Tally", "Replace 3 changes made in Tally". */
export const replaceLabel = (n: number): string => `Replace ${counted(n, "change")} made in Tally`;

export const changedInTallyTitle = (n: number): string => `${counted(n, "voucher")} changed in Tally`;

export const changedInTallyBody = (n: number): string =>
  n === 1
    ? "Tally holds a different version of this voucher although its row did not change since it was sent (someone edited it in Tally, or another copy of the workbook sent it), so Send left Tally's version alone. Its Tally Note says what differs."
    : "Tally holds a different version of these vouchers although their rows did not change since they were sent (someone edited them in Tally, or another copy of the workbook sent them), so Send left Tally's versions alone. Each Tally Note says what differs.";

export const replaceQuestion = (n: number): string =>
  n === 1
    ? "Send this voucher to Tally again? Tally's edited version is overwritten by the workbook's, and the change made in Tally is lost. Nothing else is sent."
    : `Send these ${counted(n, "voucher")} to Tally again? Tally's edited version of each is overwritten by the workbook's, and the changes made in Tally are lost. Nothing else is sent.`;
