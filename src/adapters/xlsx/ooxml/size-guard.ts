/**
 * Refuses a workbook too large to read in reasonable time and memory, before reading it: the
 * sheet XML the reader would go through, by the sizes the zip declares (yauzl holds each part to
 * its declared size), and then the cells kept while reading.
 */
import { workbookFileError } from "../workbook-file-error";

/** About four times the 100,000-line workbook the benchmark reads. */
export const MAX_SHEET_BYTES = 400 * 1024 * 1024;
export const MAX_CELLS = 8_000_000;

const megabytes = (bytes: number) => `${Math.ceil(bytes / (1024 * 1024)).toLocaleString("en-IN")} MB`;

export function guardSheetBytes(name: string, bytes: number): void {
  if (bytes <= MAX_SHEET_BYTES) return;
  throw workbookFileError("file.too-large", { name, size: megabytes(bytes), limit: megabytes(MAX_SHEET_BYTES) });
}

/** A counter that refuses once the workbook has more cells than the limit. */
export function cellCounter(name: string): () => void {
  let cells = 0;
  return () => {
    if (++cells <= MAX_CELLS) return;
    throw workbookFileError("file.too-many-cells", { name, limit: MAX_CELLS.toLocaleString("en-IN") });
  };
}
