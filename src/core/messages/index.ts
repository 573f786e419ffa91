/**
 * Every sentence a user can see for a finding, keyed by its code (zod's locales/en.ts idea): the
 * words live here, split by area, and rules and readers only pick a code and give its parameters.
 * messages.test.ts fails when a code has no words or some words are used by no code.
 */
import type { CodeDef } from "./define";
import { DOCUMENT_MESSAGES } from "./documents";
import { LINE_MESSAGES } from "./lines";
import { MAPPING_MESSAGES } from "./mapping";
import { READING_MESSAGES } from "./reading";
import { TABLE_RULE_MESSAGES } from "./table-rules";
import { VOUCHER_MESSAGES } from "./vouchers";

export { quoteValue, type CodeDef, type NoParams, type Words } from "./define";

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
