/**
 * Vouchers and masters to Tally import requests. Tally's tag names live only under src/core/tally;
 * everything here is built and escaped by xmlbuilder2, never by string templates (PROTOCOL.md 6.4:
 * a raw `&` in "Duties & Taxes" fails the whole request).
 */
import type { CalendarDate } from "../dates";
import type { Voucher } from "../vouchers/model";
import { importRequest, type EnvelopeOptions, type MessageWriter } from "./envelope";
import type { Masters } from "./masters";
import { writeGodown, writeLedger, writeStockItem, writeUnit } from "./write-masters";
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
  const actionOf = opts.action ?? (() => "Create");
  const messages = vouchers.map((v): MessageWriter => (message) => writeVoucher(message, v, actionOf(v)));
  return importRequest("Vouchers", opts, messages);
}

/**
 * An "All Masters" import, in dependency order: units and godowns before the stock items that
 * name them, ledgers last. A Create on an existing name alters it (PROTOCOL.md 3.1).
 */
export function buildMasterImport(masters: Masters, opts: MasterImportOptions): string {
  const from = opts.applicableFrom;
  const messages: MessageWriter[] = [
    ...(masters.units ?? []).map((m): MessageWriter => (message) => writeUnit(message, m)),
    ...(masters.godowns ?? []).map((m): MessageWriter => (message) => writeGodown(message, m)),
    ...(masters.stockItems ?? []).map((m): MessageWriter => (message) => writeStockItem(message, m, from)),
    ...(masters.ledgers ?? []).map((m): MessageWriter => (message) => writeLedger(message, m, from)),
  ];
  return importRequest("All Masters", opts, messages);
}
