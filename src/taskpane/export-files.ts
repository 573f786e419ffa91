/**
 * The three files the Export view offers: a Tally import file (XML), JSON and CSV, each as bytes
 * with a name and a type. Pure; save-file.ts hands them to the browser.
 */
import { vouchersToCsv, vouchersToJson } from "../core/exports";
import { buildVoucherImport } from "../core/tally/write";
import type { Voucher } from "../core/vouchers/model";

export type ExportFormat = "xml" | "json" | "csv";

export interface ExportFile {
  fileName: string;
  mimeType: string;
  bytes: Uint8Array<ArrayBuffer>;
}

/** A file-name stem from the company name: letters, digits and dashes only. */
export function fileStem(company: string): string {
  const stem = company
    .normalize("NFKD")
    .replace(/[^A-Za-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .toLowerCase();
  return stem === "" ? "tally-handoff" : stem;
}

const utf8 = (text: string): Uint8Array<ArrayBuffer> => new TextEncoder().encode(text) as Uint8Array<ArrayBuffer>;

/** UTF-16LE code units after a byte order mark (FF FE). */
export function utf16leWithBom(text: string): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(2 + text.length * 2);
  bytes[0] = 0xff;
  bytes[1] = 0xfe;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    bytes[2 + 2 * i] = unit & 0xff;
    bytes[3 + 2 * i] = unit >> 8;
  }
  return bytes;
}

/**
 * Builds one export. The XML is UTF-16LE with a byte order mark and a matching declaration: the one
 * encoding that keeps Indian-language names intact in Tally (PROTOCOL.md 6.2). The CSV starts with a
 * UTF-8 byte order mark so Excel reads its names as UTF-8.
 */
export function exportFile(format: ExportFormat, vouchers: readonly Voucher[], company: string): ExportFile {
  const stem = `${fileStem(company)}-vouchers`;
  if (format === "xml") {
    const xml = buildVoucherImport(vouchers, { company, declaration: "UTF-16" });
    return { fileName: `${stem}.xml`, mimeType: "text/xml;charset=utf-16", bytes: utf16leWithBom(xml) };
  }
  if (format === "json") {
    return { fileName: `${stem}.json`, mimeType: "application/json", bytes: utf8(vouchersToJson(vouchers)) };
  }
  return { fileName: `${stem}.csv`, mimeType: "text/csv;charset=utf-8", bytes: utf8(`\uFEFF${vouchersToCsv(vouchers)}`) };
}
