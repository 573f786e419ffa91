/**
 * The push engine's PostingLogPort and StatusPort over an .xlsx read into memory. Both change
 * the workbook in memory only; the command line saves the file once at the end of the push (and
 * when it is stopped or fails), because writing a large workbook after every batch would take
 * longer than the push. That is safe: the engine never trusts the log alone and reads Tally back
 * before it sends anything, so a push cut off before the save re-checks those vouchers next time
 * instead of sending them twice (src/engine/push.ts).
 */
import { resultStatuses } from "../../core/push/status-cells";
import type { PostingLogPort, StatusPort } from "../../engine/ports";
import { appendPostingLog, readPostingLog } from "./posting-log-sheet";
import type { XlsxBook } from "./read-xlsx";
import { writeStatusCells } from "./write-xlsx";

export function xlsxPostingLog(book: XlsxBook): PostingLogPort {
  return {
    read: async () => readPostingLog(book),
    append: async (entries) => appendPostingLog(book, entries),
  };
}

export function xlsxStatuses(book: XlsxBook): StatusPort {
  return { write: async (results) => writeStatusCells(book, resultStatuses(results)) };
}
