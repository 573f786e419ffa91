/**
 * The shape of one operational error's words: which HandoffError code it carries, the sentence
 * that says what happened and the suggestion that says what to do. A site picks a reason and gives
 * its parameters; handoffError() (../handoff-error.ts) builds the error.
 */
import type { NoParams } from "./define";

/** What kind of failure it is; the engine, the bridge and the pane decide by it (the wire keeps it). */
export type HandoffErrorCode =
  | "tally-unreachable" // nothing answers at the Tally address
  | "tally-timeout" // Tally took the request but did not answer in time (it may still commit it)
  | "tally-connection-dropped" // the connection closed before an answer (it may have committed)
  | "tally-no-company" // no company is open in Tally, or another one than Settings names
  | "tally-other-company" // the open company has the name but not the identity this workbook was sent to
  | "tally-unknown-request" // Tally could not read what we sent
  | "tally-reply-too-large" // the answer grew past what the request could hold; reading stopped
  | "bridge-unreachable"
  | "bridge-unpaired" // missing or wrong pairing token
  | "bridge-refused" // origin not allowed, body too large, bad request
  | "cancelled"
  | "internal";

/** Why a workbook file could not be used (the command line's WorkbookFileError, exit code 2). */
export type WorkbookFileErrorCode =
  | "file-missing"
  | "not-a-workbook"
  | "no-tables"
  | "cannot-extend-table" // the status columns or PostingLog rows would overwrite the user's cells
  | "too-large" // more sheet data or cells than the command line reads
  | "cannot-save"
  | "cannot-write-out" // an export file or log file cannot be written where --out or --log says
  | "workbook-busy"; // another tally-handoff run holds the workbook's lock

export interface ErrorDef<P, C extends string = HandoffErrorCode> {
  /** Fixed per reason, or the one a relayed reply names. */
  code: C | ((p: P) => C);
  message: (p: P) => string;
  suggestion: (p: P) => string;
  /** Whether the request may have reached Tally, unless the site knows better. */
  outcomeUnknown: boolean;
}

export const errorDef = <P = NoParams>(
  code: ErrorDef<P>["code"],
  message: (p: P) => string,
  suggestion: (p: P) => string = () => "",
  outcomeUnknown = false,
): ErrorDef<P> => ({ code, message, suggestion, outcomeUnknown });

/** A workbook file's error: its code, what happened and what to do (no Tally request is involved). */
export const fileErrorDef = <P = NoParams>(
  code: WorkbookFileErrorCode,
  message: (p: P) => string,
  suggestion: (p: P) => string = () => "",
): ErrorDef<P, WorkbookFileErrorCode> => ({ code, message, suggestion, outcomeUnknown: false });
