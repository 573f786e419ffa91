/**
 * The check itself, the same in the worker and in the pane's own thread: the one pipeline
 * (prepareHandoff) and each row's verdict. Also which long arrays of its input and its result
 * travel in slices (check-parts.ts).
 */
import { prepareHandoff, rowVerdicts, type Handoff, type RowVerdict } from "../core/handoff";
import { voucherHash } from "../core/push/plan";
import type { WorkbookInput } from "../core/records/types";
import type { PartMessage } from "./check-parts";

export interface Checked {
  handoff: Handoff;
  verdicts: RowVerdict[];
  /** Each voucher's content hash, in order: worked out where the check runs, so the pane's thread does not (about a second at 20,000 vouchers). */
  voucherHashes: string[];
}

export function checkInThread(input: WorkbookInput): Checked {
  const handoff = prepareHandoff(input);
  return { handoff, verdicts: rowVerdicts(handoff), voucherHashes: handoff.vouchers.map(voucherHash) };
}

/** Each table's rows. */
export const inputPaths = (input: WorkbookInput): string[][] => Object.keys(input.tables).map((name) => ["tables", name, "rows"]);

/** The verdicts, findings, vouchers and every table's read and rejected rows. */
export const checkedPaths = (checked: Checked): string[][] => [
  ["verdicts"],
  ["voucherHashes"],
  ["handoff", "findings"],
  ["handoff", "vouchers"],
  ...Object.keys(checked.handoff.books.rows).map((table) => ["handoff", "books", "rows", table]),
  ...Object.keys(checked.handoff.books.rejected).map((table) => ["handoff", "books", "rejected", table]),
];

/** What the worker answers: the result in parts, or why it could not check. */
export type CheckReply = PartMessage | { part: "failed"; message: string };
