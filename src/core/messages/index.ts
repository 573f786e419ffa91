/**
 * Every sentence a user can see for a finding or an operational error, keyed by its code (zod's
 * locales/en.ts idea): the words live here, split by area, and rules, readers and adapters only
 * pick a code and give its parameters. messages.test.ts fails when a code has no words or some
 * words are used by no code.
 */
import { BRIDGE_ERRORS, BRIDGE_REFUSALS } from "./bridge-errors";
import type { CodeDef } from "./define";
import type { ErrorDef, WorkbookFileErrorCode } from "./error-define";
import { FAULTS } from "./faults";
import { FILE_ERRORS as WORKBOOK_FILE_ERRORS } from "./file-errors";
import { OUTPUT_FILE_ERRORS } from "./output-file-errors";
import { DOCUMENT_MESSAGES } from "./documents";
import { LINE_MESSAGES } from "./lines";
import { MAPPING_MESSAGES } from "./mapping";
import { READING_MESSAGES } from "./reading";
import { TABLE_RULE_MESSAGES } from "./table-rules";
import { TALLY_ERRORS } from "./tally-errors";
import { VOUCHER_MESSAGES } from "./vouchers";
import { WORKBOOK_ERRORS } from "./workbook-errors";

export { quoteValue, type CodeDef, type NoParams, type Words } from "./define";
export type { ErrorDef, HandoffErrorCode, WorkbookFileErrorCode } from "./error-define";
export { PUSH_NOTE_AREAS, PUSH_NOTES, pushNote, type PushNote, type PushNoteParams } from "./push-notes";
export { RECONCILE_WORDS, reconcileWords, type ReconcileWord, type ReconcileWordParams } from "./reconcile";

/** The areas by name, so the test can tell a code given words in two areas (the later would win). */
export const MESSAGE_AREAS = {
  reading: READING_MESSAGES,
  documents: DOCUMENT_MESSAGES,
  lines: LINE_MESSAGES,
  tableRules: TABLE_RULE_MESSAGES,
  mapping: MAPPING_MESSAGES,
  vouchers: VOUCHER_MESSAGES,
} as const;

export const MESSAGES = {
  ...READING_MESSAGES,
  ...DOCUMENT_MESSAGES,
  ...LINE_MESSAGES,
  ...TABLE_RULE_MESSAGES,
  ...MAPPING_MESSAGES,
  ...VOUCHER_MESSAGES,
} as const;

export type FindingCode = keyof typeof MESSAGES;

/** The parameters a code's sentence needs beyond the table, column and value; kept on the finding. */
export type ParamsOf<C extends FindingCode> = (typeof MESSAGES)[C] extends CodeDef<infer P> ? P : never;

export const ERROR_AREAS = {
  tally: TALLY_ERRORS,
  refusals: BRIDGE_REFUSALS,
  bridge: BRIDGE_ERRORS,
  workbook: WORKBOOK_ERRORS,
  faults: FAULTS,
  files: WORKBOOK_FILE_ERRORS,
  outputs: OUTPUT_FILE_ERRORS,
} as const;

/** Every operational error's words, keyed by its reason (finer than its HandoffError code). */
export const HANDOFF_ERRORS = { ...TALLY_ERRORS, ...BRIDGE_REFUSALS, ...BRIDGE_ERRORS, ...WORKBOOK_ERRORS, ...FAULTS } as const;

export type HandoffReason = keyof typeof HANDOFF_ERRORS;

/** The reasons the bridge answers a request it will not take with. */
export type RefusalReason = keyof typeof BRIDGE_REFUSALS;

export type ErrorParamsOf<R extends HandoffReason> = (typeof HANDOFF_ERRORS)[R] extends ErrorDef<infer P> ? P : never;

/** A workbook file's errors (and the files written beside it) have codes of their own (WorkbookFileError), so they are kept apart. */
export const FILE_ERRORS = { ...WORKBOOK_FILE_ERRORS, ...OUTPUT_FILE_ERRORS } as const;
export { SYSTEM_CAUSES } from "./output-file-errors";
export { NOT_SAVED_WHY, UNREADABLE_WHY } from "./file-errors";

export type FileErrorReason = keyof typeof FILE_ERRORS;

export type FileErrorParamsOf<R extends FileErrorReason> =
  (typeof FILE_ERRORS)[R] extends ErrorDef<infer P, WorkbookFileErrorCode> ? P : never;
