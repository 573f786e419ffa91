/**
 * Why a workbook file could not be used: it is missing, it is not an .xlsx workbook, it has none
 * of the contract's tables, or it cannot be written back safely. These are operational failures
 * (exit code 2 on the command line), not bookkeeping findings. HandoffError's codes are about
 * Tally and the bridge, so the file has its own small error with the same shape. The words are in
 * core/messages/file-errors.ts.
 */
import { FILE_ERRORS, type ErrorDef, type FileErrorParamsOf, type FileErrorReason, type WorkbookFileErrorCode } from "../../core/messages";

export type { WorkbookFileErrorCode } from "../../core/messages";

export class WorkbookFileError extends Error {
  readonly code: WorkbookFileErrorCode;
  /** What to do about it, in plain words. */
  readonly suggestion: string;

  constructor(code: WorkbookFileErrorCode, message: string, suggestion = "") {
    super(message);
    this.name = "WorkbookFileError";
    this.code = code;
    this.suggestion = suggestion;
  }

  toJSON() {
    return { code: this.code, message: this.message, suggestion: this.suggestion };
  }
}

type FileErrorArgs<R extends FileErrorReason> = [keyof FileErrorParamsOf<R>] extends [never] ? [] : [FileErrorParamsOf<R>];

/** The WorkbookFileError for a reason, its words from core/messages. */
export function workbookFileError<R extends FileErrorReason>(reason: R, ...[params]: FileErrorArgs<R>): WorkbookFileError {
  const entry = FILE_ERRORS[reason] as ErrorDef<FileErrorParamsOf<R>, WorkbookFileErrorCode>;
  const p = (params ?? {}) as FileErrorParamsOf<R>;
  const code = typeof entry.code === "function" ? entry.code(p) : entry.code;
  return new WorkbookFileError(code, entry.message(p), entry.suggestion(p));
}

export function isWorkbookFileError(e: unknown): e is WorkbookFileError {
  return e instanceof WorkbookFileError;
}
