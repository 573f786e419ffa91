/**
 * Vouchers and masters to Tally import requests. Tally's tag names live only under src/core/tally;
 * everything here is built and escaped by xmlbuilder2, never by string templates (PROTOCOL.md 6.4:
 * a raw `&` in "Duties & Taxes" fails the whole request).
 */
import type { CalendarDate } from "../dates";
import type { Voucher } from "../vouchers/model";
import { importFile, importRequest, type EnvelopeOptions, type MessageWriter } from "./envelope";
import type { Masters } from "./masters";
import { collectChunks, type ChunkSink } from "./utf16-writer";
import { writeGodown, writeLedger, writeManualNumbering, writeStockItem, writeUnit } from "./write-masters";
import { writeVoucher, type VoucherAction } from "./write-voucher";

export type { EnvelopeForm } from "./envelope";
export type { VoucherAction } from "./write-voucher";

export interface VoucherImportOptions extends EnvelopeOptions {
  /** Create (default) or Alter, per voucher; an Alter finds the voucher by its REMOTEID (PROTOCOL.md 7). */
  action?: (v: Voucher) => VoucherAction;
}

export interface MasterImportOptions extends EnvelopeOptions {
  /** APPLICABLEFROM of the dated GST and mailing details: usually the first financial year's 1 April. */
  applicableFrom: CalendarDate;
}

/**
 * An "Import Data" request (REPORTNAME / ID "Vouchers") with one TALLYMESSAGE per voucher, each
 * carrying the voucher's REMOTEID so a resend alters instead of duplicating (PROTOCOL.md 7).
 */
export function buildVoucherImport(vouchers: readonly Voucher[], opts: VoucherImportOptions): string {
  return importRequest("Vouchers", opts, voucherMessages(vouchers, opts));
}

/**
 * The same vouchers as an import file for Gateway of Tally > Import > Transactions: UTF-16LE after
 * a byte order mark, with a matching declaration (PROTOCOL.md 6.2). The bytes reach `sink` in
 * chunks of one reused buffer, so a file of any size takes a megabyte of memory to write.
 */
export function writeVoucherImportFile(
  vouchers: readonly Voucher[],
  opts: Omit<VoucherImportOptions, "declaration">,
  sink: ChunkSink,
): void {
  importFile("Vouchers", { ...opts, declaration: "UTF-16" }, voucherMessages(vouchers, opts), sink);
}

/** The import file's bytes in one array, for files small enough to hold (a download from the task pane). */
export function buildVoucherImportFile(vouchers: readonly Voucher[], opts: Omit<VoucherImportOptions, "declaration">): Uint8Array {
  return collectChunks((sink) => writeVoucherImportFile(vouchers, opts, sink));
}

function voucherMessages(vouchers: readonly Voucher[], opts: VoucherImportOptions): MessageWriter[] {
  const actionOf = opts.action ?? (() => "Create");
  return vouchers.map(
    (v): MessageWriter =>
      (message) =>
        writeVoucher(message, v, actionOf(v)),
  );
}

/**
 * An "All Masters" import, in dependency order: units and godowns before the stock items that
 * name them, ledgers last. A Create on an existing name alters it (PROTOCOL.md 3.1).
 */
export function buildMasterImport(masters: Masters, opts: MasterImportOptions): string {
  const from = opts.applicableFrom;
  const messages: MessageWriter[] = [
    ...(masters.units ?? []).map(
      (m): MessageWriter =>
        (message) =>
          writeUnit(message, m),
    ),
    ...(masters.godowns ?? []).map(
      (m): MessageWriter =>
        (message) =>
          writeGodown(message, m),
    ),
    ...(masters.stockItems ?? []).map(
      (m): MessageWriter =>
        (message) =>
          writeStockItem(message, m, from),
    ),
    ...(masters.ledgers ?? []).map(
      (m): MessageWriter =>
        (message) =>
          writeLedger(message, m, from),
    ),
  ];
  return importRequest("All Masters", opts, messages);
}

/** Voucher types switched to Manual numbering with Prevent Duplicates ("Prepare Tally"). */
export function buildManualNumberingImport(voucherTypes: readonly string[], opts: EnvelopeOptions): string {
  return importRequest(
    "All Masters",
    opts,
    voucherTypes.map(
      (t): MessageWriter =>
        (message) =>
          writeManualNumbering(message, t),
    ),
  );
}
