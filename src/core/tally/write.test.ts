import fc from "fast-check";
import { readFileSync } from "node:fs";
import path from "node:path";
import { create } from "xmlbuilder2";
import { isBalanced, type Voucher } from "../vouchers/model";
import { COMPANY, SAMPLE_VOUCHERS, receiptAgainstInvoice, salesItemInvoice } from "../../../test/fixtures/vouchers";
import { encodeUtf16le } from "./encode";
import { buildVoucherImport, buildVoucherImportFile, writeVoucherImportFile } from "./write";

const WRITTEN = path.resolve(__dirname, "../../../test/fixtures/tally/written");

function golden(name: string): string {
  return readFileSync(path.join(WRITTEN, `${name}.xml`), "utf8")
    .replace(/\r\n/g, "\n")
    .trimEnd();
}

describe("the sample vouchers", () => {
  it.each(Object.entries(SAMPLE_VOUCHERS))("%s balances to the paisa", (_name, voucher) => {
    expect(isBalanced(voucher)).toBe(true);
  });
});

describe("buildVoucherImport", () => {
  it.each(Object.keys(SAMPLE_VOUCHERS))("writes %s exactly as its golden file", (name) => {
    const voucher = SAMPLE_VOUCHERS[name as keyof typeof SAMPLE_VOUCHERS];
    expect(buildVoucherImport([voucher], { company: COMPANY })).toBe(golden(name));
  });

  it("writes the new envelope form when asked", () => {
    const xml = buildVoucherImport([receiptAgainstInvoice], { company: COMPANY, envelope: "new" });
    expect(xml).toBe(golden("new-envelope-receipt"));
  });

  it("puts every voucher in its own TALLYMESSAGE, in the order given", () => {
    const xml = buildVoucherImport([salesItemInvoice, receiptAgainstInvoice], { company: COMPANY });
    expect(xml.match(/<TALLYMESSAGE xmlns:UDF="TallyUDF">/g)).toHaveLength(2);
    expect(xml.indexOf("SI/26-27/001</VOUCHERNUMBER>")).toBeLessThan(xml.indexOf("RC/26-27/001</VOUCHERNUMBER>"));
  });

  it("sends the action chosen per voucher", () => {
    const xml = buildVoucherImport([salesItemInvoice, receiptAgainstInvoice], {
      company: COMPANY,
      action: (v) => (v.kind === "Receipt" ? "Alter" : "Create"),
    });
    expect(xml).toContain('VCHTYPE="Sales" ACTION="Create"');
    expect(xml).toContain('VCHTYPE="Receipt" ACTION="Alter"');
  });

  it("keeps the company even when there is nothing to send", () => {
    const xml = buildVoucherImport([], { company: COMPANY });
    expect(xml).toContain("<SVCURRENTCOMPANY>Shree Ganesh Hardware &amp; Tools</SVCURRENTCOMPANY>");
    expect(xml).not.toContain("TALLYMESSAGE");
    expect(() => create(xml)).not.toThrow();
  });

  it("writes one line without indentation when pretty printing is off", () => {
    const xml = buildVoucherImport([receiptAgainstInvoice], { company: COMPANY, pretty: false });
    expect(xml).not.toContain("\n");
    expect(xml.replace(/>\s+</g, "><")).toBe(golden("receipt-cheque-against-invoice").replace(/>\s+</g, "><"));
  });

  it("starts with an XML declaration only when the caller asks for one", () => {
    expect(buildVoucherImport([salesItemInvoice], { company: COMPANY })).toMatch(/^<ENVELOPE>/);
    const declared = buildVoucherImport([salesItemInvoice], { company: COMPANY, declaration: "UTF-16" });
    expect(declared).toMatch(/^<\?xml version="1\.0" encoding="UTF-16"\?>\n<ENVELOPE>/);
  });
});

describe("the import file", () => {
  const vouchers = Object.values(SAMPLE_VOUCHERS);

  it("is the declared request in UTF-16LE after a byte order mark, byte for byte", () => {
    const file = buildVoucherImportFile(vouchers, { company: COMPANY });
    const request = buildVoucherImport(vouchers, { company: COMPANY, declaration: "UTF-16" });
    expect(Buffer.from(file).equals(Buffer.from(encodeUtf16le(request, true)))).toBe(true);
  });

  it("comes in chunks of one reused buffer that add up to the whole file", () => {
    const lengths: number[] = [];
    const buffers = new Set<ArrayBufferLike>();
    const many = Array.from({ length: 400 }, () => vouchers).flat();
    writeVoucherImportFile(many, { company: COMPANY, pretty: false }, (bytes) => {
      lengths.push(bytes.length);
      buffers.add(bytes.buffer);
    });
    expect(lengths.length).toBeGreaterThan(1);
    expect(buffers.size).toBe(1);
    expect(lengths.reduce((sum, n) => sum + n, 0)).toBe(buildVoucherImportFile(many, { company: COMPANY, pretty: false }).length);
  });
});

describe("many vouchers in one request", () => {
  /** The TALLYMESSAGE part of a one-voucher request, as it would sit inside a bigger one. */
  const messageOf = (v: Voucher) => {
    const xml = buildVoucherImport([v], { company: COMPANY });
    return xml.slice(xml.indexOf("        <TALLYMESSAGE"), xml.lastIndexOf("</TALLYMESSAGE>") + "</TALLYMESSAGE>".length);
  };
  const samples = Object.values(SAMPLE_VOUCHERS);
  const text = fc.string({ maxLength: 12 }).map((t) => t.replace(/[\u0000-\u001f\ufffe\uffff]/g, ""));
  const variant = fc
    .tuple(fc.constantFrom(...samples), fc.option(text, { nil: undefined }), text, fc.integer({ min: -1e9, max: 1e9 }))
    .map(([v, narration, number, amount]): Voucher => ({
      ...v,
      narration,
      number: number || "1",
      ledgerEntries: v.ledgerEntries.map((e, i) => (i === 0 ? { ...e, amount } : e)),
    }));

  it("writes each voucher exactly as it would be written alone, however many share a shape", () => {
    fc.assert(
      fc.property(fc.array(variant, { minLength: 1, maxLength: 12 }), (vouchers) => {
        const xml = buildVoucherImport(vouchers, { company: COMPANY });
        expect(xml).toContain(vouchers.map(messageOf).join("\n"));
      }),
      { numRuns: 60 },
    );
  });
});
