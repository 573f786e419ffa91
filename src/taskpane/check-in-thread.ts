/**
 * The check itself, the same in the worker and in the pane's own thread: the one pipeline
 * (prepareHandoff) and each row's verdict. Also which long arrays of its input and its result
 * travel in slices (check-parts.ts).
 */
import { prepareHandoff, rowVerdicts, type Handoff, type RowVerdict } from "../core/handoff";
import type { WorkbookInput } from "../core/records/types";
import type { PartMessage } from "./check-parts";

export interface Checked {
  handoff: Handoff;
  verdicts: RowVerdict[];
}

export function checkInThread(input: WorkbookInput): Checked {
  const handoff = prepareHandoff(input);
  return { handoff, verdicts: rowVerdicts(handoff) };
}

/** Each table's rows. */
export const inputPaths = (input: WorkbookInput): string[][] => Object.keys(input.tables).map((name) => ["tables", name, "rows"]);

/** The verdicts, findings, vouchers and every table's read and rejected rows. */
export const checkedPaths = (checked: Checked): string[][] => [
  ["verdicts"],
  ["handoff", "findings"],
  ["handoff", "vouchers"],
  ...Object.keys(checked.handoff.books.rows).map((table) => ["handoff", "books", "rows", table]),
  ...Object.keys(checked.handoff.books.rejected).map((table) => ["handoff", "books", "rejected", table]),
];

/** What the worker answers: the result in parts, or why it could not check. */
export type CheckReply = PartMessage | { part: "failed"; message: string };
