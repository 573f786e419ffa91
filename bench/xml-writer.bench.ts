/**
 * The Tally XML writer on 20,000 sales item invoices of 5 lines (100,000 lines), against a naive
 * string-template writer of the very same bytes, timed in the same run. The template writer lives
 * only here: product code builds XML with xmlbuilder2, which escapes everything itself.
 * Run alone: `npx tsx bench/xml-writer.bench.ts`, or with the others: `npm run bench`.
 */
import { remoteIdOf } from "../src/core/identity";
import { paiseToDecimal } from "../src/core/money";
import { createHash } from "node:crypto";
import { closeSync, openSync, rmSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { buildVoucherImport, writeVoucherImportFile } from "../src/core/tally/write";
import type { InventoryEntry, LedgerEntry, Voucher } from "../src/core/vouchers/model";

const COMPANY = "Shree Ganesh Hardware & Tools";
const VOUCHERS = 20_000;
const LINES = 5;

export function salesInvoice(n: number): Voucher {
  const number = `SI/${n}`;
  const items: InventoryEntry[] = Array.from({ length: LINES }, (_, i) => ({
    item: `Item ${(n * 7 + i) % 500}`,
    qty: i + 1,
    unit: "Nos",
    rate: 10_000 + i,
    amount: (i + 1) * (10_000 + i),
    godown: "Main Location",
    ledger: "Sales GST 18%",
    hsn: "7318",
    gstRate: 18,
  }));
  const taxable = items.reduce((s, e) => s + e.amount, 0);
  const half = Math.round(taxable * 0.09);
  const party = `Customer ${n % 300}`;
  const ledgers: LedgerEntry[] = [
    {
      ledger: party,
      amount: -(taxable + 2 * half),
      role: "party",
      bills: [{ name: number, type: "New Ref", amount: -(taxable + 2 * half) }],
    },
    { ledger: "Output CGST 9%", amount: half, role: "tax", taxHead: "CGST", taxRate: 9 },
    { ledger: "Output SGST 9%", amount: half, role: "tax", taxHead: "SGST", taxRate: 9 },
  ];
  return {
    kind: "Sales",
    voucherType: "Sales",
    date: { y: 2026, m: 4, d: 1 + (n % 28) },
    number,
    remoteId: remoteIdOf(COMPANY, "Sales", 2026, number),
    source: { table: "Sales", rows: [n], indexes: [n] },
    party,
    narration: `Invoice ${n} & co`,
    isInvoice: true,
    gst: {
      partyGstin: "27AAPFU0939F1ZV",
      registrationType: "Regular",
      placeOfSupply: "Maharashtra",
      partyState: "Maharashtra",
      interState: false,
    },
    ledgerEntries: ledgers,
    inventoryEntries: items,
  };
}

// ---- the naive writer: string templates and a hand-rolled escape, for comparison only ----
const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const attr = (s: string) => esc(s).replace(/"/g, "&quot;");
const amt = paiseToDecimal;
const yn = (a: number) => (a < 0 ? "Yes" : "No");
const d8 = (v: Voucher) => `${v.date.y}${String(v.date.m).padStart(2, "0")}${String(v.date.d).padStart(2, "0")}`;

function templateItem(e: InventoryEntry, p: string): string {
  const q = ` ${e.qty} ${esc(e.unit)}`;
  return `${p}<ALLINVENTORYENTRIES.LIST>
${p}  <STOCKITEMNAME>${esc(e.item)}</STOCKITEMNAME>
${p}  <ISDEEMEDPOSITIVE>${yn(e.amount)}</ISDEEMEDPOSITIVE>
${p}  <RATE>${amt(e.rate)}/${esc(e.unit)}</RATE>
${p}  <AMOUNT>${amt(e.amount)}</AMOUNT>
${p}  <ACTUALQTY>${q}</ACTUALQTY>
${p}  <BILLEDQTY>${q}</BILLEDQTY>
${p}  <GSTHSNNAME>${esc(e.hsn!)}</GSTHSNNAME>
${p}  <BATCHALLOCATIONS.LIST>
${p}    <GODOWNNAME>${esc(e.godown)}</GODOWNNAME>
${p}    <BATCHNAME>Primary Batch</BATCHNAME>
${p}    <AMOUNT>${amt(e.amount)}</AMOUNT>
${p}    <ACTUALQTY>${q}</ACTUALQTY>
${p}    <BILLEDQTY>${q}</BILLEDQTY>
${p}  </BATCHALLOCATIONS.LIST>
${p}  <ACCOUNTINGALLOCATIONS.LIST>
${p}    <LEDGERNAME>${esc(e.ledger!)}</LEDGERNAME>
${p}    <ISDEEMEDPOSITIVE>${yn(e.amount)}</ISDEEMEDPOSITIVE>
${p}    <AMOUNT>${amt(e.amount)}</AMOUNT>
${p}  </ACCOUNTINGALLOCATIONS.LIST>
${p}</ALLINVENTORYENTRIES.LIST>`;
}

function templateLedger(e: LedgerEntry, p: string): string {
  const bills = (e.bills ?? [])
    .map(
      (b) => `
${p}  <BILLALLOCATIONS.LIST>
${p}    <NAME>${esc(b.name)}</NAME>
${p}    <BILLTYPE>${b.type}</BILLTYPE>
${p}    <AMOUNT>${amt(b.amount)}</AMOUNT>
${p}  </BILLALLOCATIONS.LIST>`,
    )
    .join("");
  return `${p}<LEDGERENTRIES.LIST>
${p}  <LEDGERNAME>${esc(e.ledger)}</LEDGERNAME>
${p}  <ISDEEMEDPOSITIVE>${yn(e.amount)}</ISDEEMEDPOSITIVE>
${p}  <ISPARTYLEDGER>${e.role === "party" ? "Yes" : "No"}</ISPARTYLEDGER>
${p}  <AMOUNT>${amt(e.amount)}</AMOUNT>${bills}
${p}</LEDGERENTRIES.LIST>`;
}

function templateVoucher(v: Voucher): string {
  const p = "            ";
  const g = v.gst!;
  return `        <TALLYMESSAGE xmlns:UDF="TallyUDF">
          <VOUCHER REMOTEID="${attr(v.remoteId)}" VCHTYPE="${attr(v.voucherType)}" ACTION="Create" OBJVIEW="Invoice Voucher View">
${p}<DATE>${d8(v)}</DATE>
${p}<EFFECTIVEDATE>${d8(v)}</EFFECTIVEDATE>
${p}<VOUCHERTYPENAME>${esc(v.voucherType)}</VOUCHERTYPENAME>
${p}<VOUCHERNUMBER>${esc(v.number)}</VOUCHERNUMBER>
${p}<PARTYLEDGERNAME>${esc(v.party!)}</PARTYLEDGERNAME>
${p}<PARTYNAME>${esc(v.party!)}</PARTYNAME>
${p}<NARRATION>${esc(v.narration!)}</NARRATION>
${p}<PERSISTEDVIEW>Invoice Voucher View</PERSISTEDVIEW>
${p}<ISINVOICE>Yes</ISINVOICE>
${p}<VCHENTRYMODE>Item Invoice</VCHENTRYMODE>
${p}<STATENAME>${esc(g.partyState)}</STATENAME>
${p}<PARTYGSTIN>${esc(g.partyGstin!)}</PARTYGSTIN>
${p}<COUNTRYOFRESIDENCE>India</COUNTRYOFRESIDENCE>
${p}<PLACEOFSUPPLY>${esc(g.placeOfSupply)}</PLACEOFSUPPLY>
${p}<GSTREGISTRATIONTYPE>${g.registrationType}</GSTREGISTRATIONTYPE>
${p}<VCHGSTSTATUSISINCLUDED>Yes</VCHGSTSTATUSISINCLUDED>
${p}<VCHGSTSTATUSISUNCERTAIN>No</VCHGSTSTATUSISUNCERTAIN>
${v.inventoryEntries.map((e) => templateItem(e, p)).join("\n")}
${v.ledgerEntries.map((e) => templateLedger(e, p)).join("\n")}
          </VOUCHER>
        </TALLYMESSAGE>`;
}

/** The envelope around the messages: the text before them and after them. */
function templateEnvelope(company: string): [string, string] {
  return [
    `<?xml version="1.0" encoding="UTF-16"?>
<ENVELOPE>
  <HEADER>
    <TALLYREQUEST>Import Data</TALLYREQUEST>
  </HEADER>
  <BODY>
    <IMPORTDATA>
      <REQUESTDESC>
        <REPORTNAME>Vouchers</REPORTNAME>
        <STATICVARIABLES>
          <SVCURRENTCOMPANY>${esc(company)}</SVCURRENTCOMPANY>
        </STATICVARIABLES>
      </REQUESTDESC>
      <REQUESTDATA>
`,
    `
      </REQUESTDATA>
    </IMPORTDATA>
  </BODY>
</ENVELOPE>`,
  ];
}

function templateImport(vouchers: Voucher[], company: string): string {
  const [before, after] = templateEnvelope(company);
  return `${before}${vouchers.map(templateVoucher).join("\n")}${after}`;
}

/**
 * The template writer streaming an import file the way the library does: each voucher's text
 * encoded by Node as UTF-16LE into one reused 1 MB buffer, handed on when full.
 */
function templateFile(vouchers: Voucher[], company: string, sink: (bytes: Uint8Array) => void): void {
  const buffer = Buffer.allocUnsafe(1 << 20);
  let at = 0;
  const write = (text: string) => {
    if (at + text.length * 2 > buffer.length) {
      sink(buffer.subarray(0, at));
      at = 0;
    }
    if (text.length * 2 > buffer.length) sink(Buffer.from(text, "utf16le"));
    else at += buffer.write(text, at, "utf16le");
  };
  const [before, after] = templateEnvelope(company);
  write(`\uFEFF${before}`);
  vouchers.forEach((v, i) => write(i === 0 ? templateVoucher(v) : `\n${templateVoucher(v)}`));
  write(after);
  sink(buffer.subarray(0, at));
}

/** A whole text as UTF-16LE chunks, for comparing a text with a file. */
function textFile(text: string, sink: (bytes: Uint8Array) => void): void {
  for (let at = 0; at < text.length; at += 1 << 19) sink(Buffer.from(text.slice(at, at + (1 << 19)), "utf16le"));
}

function timed<T>(run: () => T): [T, number] {
  const t0 = performance.now();
  const value = run();
  return [value, performance.now() - t0];
}

/** Counts the bytes handed to it: a sink that costs nothing, like writing to /dev/null. */
function counter(): { sink: (bytes: Uint8Array) => void; bytes: () => number } {
  let total = 0;
  return { sink: (bytes) => void (total += bytes.length), bytes: () => total };
}

/** The SHA-256 of what a writer hands on, so two files compare without holding either. */
function digestOf(write: (sink: (bytes: Uint8Array) => void) => void): string {
  const hash = createHash("sha256");
  write((bytes) => hash.update(bytes));
  return hash.digest("hex");
}

/**
 * Times the import file both ways on the same 100,000 lines, each streamed through a reused
 * buffer to a sink that only counts: the library writer (the target) and the string template.
 * Also both writers' whole text (the library's text form is how pushes build requests), the file
 * really written to disk, and one-voucher requests. All must be the same bytes.
 */
export async function benchXmlWriter(count = VOUCHERS): Promise<Record<string, number | string>> {
  const vouchers = Array.from({ length: count }, (_, n) => salesInvoice(n));
  const opts = { company: COMPANY };
  global.gc?.();
  const library = counter();
  const [, libraryMs] = timed(() => writeVoucherImportFile(vouchers, opts, library.sink));
  global.gc?.();
  const template = counter();
  const [, templateMs] = timed(() => templateFile(vouchers, COMPANY, template.sink));
  global.gc?.();
  const [, templateTextMs] = timed(() => templateImport(vouchers, COMPANY));
  global.gc?.();
  const [text, libraryTextMs] = timed(() => buildVoucherImport(vouchers, { ...opts, declaration: "UTF-16" }));
  const file = path.join(tmpdir(), `tally-handoff-bench-${process.pid}.xml`);
  const fd = openSync(file, "w");
  const [, fileMs] = timed(() => writeVoucherImportFile(vouchers, opts, (bytes) => void writeSync(fd, bytes)));
  closeSync(fd);
  rmSync(file);
  const digest = digestOf((sink) => writeVoucherImportFile(vouchers, opts, sink));
  const sameBytes =
    library.bytes() === template.bytes() &&
    digest === digestOf((sink) => templateFile(vouchers, COMPANY, sink)) &&
    digest === digestOf((sink) => textFile(`\uFEFF${text}`, sink)) &&
    digest === digestOf((sink) => textFile(`\uFEFF${templateImport(vouchers, COMPANY)}`, sink));
  const sample = vouchers.slice(0, Math.min(count, 1_000));
  const [, singlesMs] = timed(() => sample.forEach((v) => buildVoucherImport([v], opts)));
  return {
    bench: "Tally XML writer",
    vouchers: count,
    lines: count * LINES,
    libraryMs: Math.round(libraryMs),
    templateMs: Math.round(templateMs),
    ratio: Math.round((libraryMs / templateMs) * 100) / 100,
    sameBytes: sameBytes ? "yes" : "no",
    megabytes: Math.round(library.bytes() / 1e6),
    libraryTextMs: Math.round(libraryTextMs),
    templateTextMs: Math.round(templateTextMs),
    fileMs: Math.round(fileMs),
    oneVoucherRequestMs: Math.round((singlesMs / sample.length) * 100) / 100,
  };
}

if (require.main === module) benchXmlWriter().then((r) => console.log(JSON.stringify(r)));
