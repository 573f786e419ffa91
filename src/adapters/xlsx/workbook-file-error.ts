/**
 * Why a workbook file could not be used: it is missing, it is not an .xlsx workbook, it has none
 * of the contract's tables, or it cannot be written back safely. These are operational failures
 * (exit code 2 on the command line), not bookkeeping findings. HandoffError's codes are about
 * Tally and the bridge, so the file has its own small error with the same shape.
 */
export type WorkbookFileErrorCode =
  | "file-missing"
  | "not-a-workbook"
  | "no-tables"
  | "cannot-extend-table" // the status columns or PostingLog rows would overwrite the user's cells
  | "cannot-save";

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

export function isWorkbookFileError(e: unknown): e is WorkbookFileError {
  return e instanceof WorkbookFileError;
}
