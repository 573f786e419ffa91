/**
 * The three files the Export view offers: a Tally import file (XML), JSON and CSV, each as bytes
 * with a name and a type. Pure; save-file.ts hands them to the browser.
 */
import { vouchersToCsv, vouchersToJson } from "../core/exports";
import { buildVoucherImportFile } from "../core/tally/write";
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

/**
 * Builds one export. The XML is UTF-16LE with a byte order mark and a matching declaration: the one
 * encoding that keeps Indian-language names intact in Tally (PROTOCOL.md 6.2). The CSV starts with a
 * UTF-8 byte order mark so Excel reads its names as UTF-8.
 */
export function exportFile(format: ExportFormat, vouchers: readonly Voucher[], company: string): ExportFile {
  const stem = `${fileStem(company)}-vouchers`;
  if (format === "xml") {
    // buildVoucherImportFile allocates a plain ArrayBuffer; the cast only narrows ArrayBufferLike.
    const bytes = buildVoucherImportFile(vouchers, { company }) as Uint8Array<ArrayBuffer>;
    return { fileName: `${stem}.xml`, mimeType: "text/xml;charset=utf-16", bytes };
  }
  if (format === "json") {
    return { fileName: `${stem}.json`, mimeType: "application/json", bytes: utf8(vouchersToJson(vouchers)) };
  }
  return { fileName: `${stem}.csv`, mimeType: "text/csv;charset=utf-8", bytes: utf8(`\uFEFF${vouchersToCsv(vouchers)}`) };
}
