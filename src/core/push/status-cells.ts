/**
 * Tally Status and Tally Note (STATUS_COLUMNS in core/records/columns.ts), the only cells of a user's table the add-in
 * writes (docs/workbook.md "Status columns"): what goes into them, the same for the Excel and the
 * .xlsx adapter. Validation writes Ready or Invalid with the reason; a push writes each voucher's
 * outcome (Posted, Failed, Unknown) and its message on every row of that voucher.
 */
import type { OpsTable } from "../findings";
import type { RowVerdict } from "../handoff";
import type { Voucher } from "../vouchers/model";

export interface StatusCell {
  table: OpsTable;
  /** 0-based body row. */
  index: number;
  status: string;
  note: string;
}

/** What a push says about one voucher (the engine's VoucherResult, as far as a row needs it). */
export interface VoucherOutcomeNote {
  voucher: Pick<Voucher, "source">;
  /** Posted, Failed or Unknown: written as it is. */
  outcome: string;
  message: string;
}

// Excel keeps at most 32,767 characters in a cell; Tally's messages are far shorter, but a log may not be.
const NOTE_LIMIT = 32_000;

/** Ready or Invalid (with the reason) for every row validation looked at. */
export function verdictStatuses(verdicts: readonly RowVerdict[]): StatusCell[] {
  return verdicts.map((v) => ({ table: v.table, index: v.index, status: v.status, note: v.note }));
}

/** Every row of each voucher gets its voucher's outcome and message. */
export function resultStatuses(results: readonly VoucherOutcomeNote[]): StatusCell[] {
  return results.flatMap((r) =>
    r.voucher.source.indexes.map((index) => ({ table: r.voucher.source.table, index, status: r.outcome, note: r.message })),
  );
}

/** The Tally Note cell's text: a note too long for an Excel cell is cut, never refused. */
export function noteCellText(note: string): string {
  return note.slice(0, NOTE_LIMIT);
}
