/**
 * Refuses a workbook too large to read in reasonable time and memory, before reading it: the
 * sheet XML the reader would go through, by the sizes the zip declares (yauzl holds each part to
 * its declared size), and then the cells kept while reading.
 */
import { workbookFileError } from "../workbook-file-error";

/** How much a workbook may hold; the defaults are about four times the 100,000-line workbook the benchmark reads. */
export interface ReadLimits {
  /** Uncompressed bytes of the sheets read and the shared strings. */
  maxSheetBytes: number;
  /** Cells with a value in the columns read. */
  maxCells: number;
}

export const DEFAULT_LIMITS: ReadLimits = { maxSheetBytes: 400 * 1024 * 1024, maxCells: 8_000_000 };

const megabytes = (bytes: number) => `${Math.ceil(bytes / (1024 * 1024)).toLocaleString("en-IN")} MB`;

export function guardSheetBytes(name: string, bytes: number, limits: ReadLimits): void {
  if (bytes <= limits.maxSheetBytes) return;
  throw workbookFileError("file.too-large", { name, size: megabytes(bytes), limit: megabytes(limits.maxSheetBytes) });
}

/** A counter that refuses once the workbook has more cells than the limit. */
export function cellCounter(name: string, limits: ReadLimits): () => void {
  let cells = 0;
  return () => {
    if (++cells <= limits.maxCells) return;
    throw workbookFileError("file.too-many-cells", { name, limit: limits.maxCells.toLocaleString("en-IN") });
  };
}
