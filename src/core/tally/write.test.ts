import fc from "fast-check";
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { create } from "xmlbuilder2";
import { isBalanced, type Voucher } from "../vouchers/model";
import { COMPANY, SAMPLE_VOUCHERS, receiptAgainstInvoice, salesItemInvoice, stockJournalTransfer } from "../../../test/fixtures/vouchers";
import { encodeUtf16le } from "./encode";
import { buildVoucherImport, buildVoucherImportFile, writeVoucherImportFile } from "./write";

const WRITTEN = path.resolve(__dirname, "../../../test/fixtures/tally/written");

/** The identity marker computed with node:crypto, independently of the writer (docs/decisions/0006). */
const marked = (text: string, remoteId: string): string =>
  `${text} [TH:${createHash("sha256").update(remoteId).digest("hex").slice(0, 16)}]`;

function golden(name: string): string {
  return readFileSync(path.join(WRITTEN, `${name}.xml`), "utf8")
    .replace(/\r\n/g, "\n")
    .trimEnd();
}

type Node = Record<string, unknown>;

/**
 * An element as a plain object: text-only elements become their decoded text, repeated children an
 * array. Read from the parsed DOM, because xmlbuilder2's `format: "object"` escapes text again.
 */
function toObject(element: Element): Node | string {
  const children = Array.from(element.childNodes).filter((n): n is Element => n.nodeType === 1);
  if (children.length === 0) return element.textContent ?? "";
  const out: Node = {};
  for (const child of children) {
    const value = toObject(child);
    const seen = out[child.nodeName];
    out[child.nodeName] = seen === undefined ? value : Array.isArray(seen) ? [...seen, value] : [seen, value];
  }
  return out;
}

/** The parsed VOUCHER of a one-voucher legacy request. */
function parsedVoucher(xml: string): Node {
  const envelope = toObject(create(xml).root().node as unknown as Element) as Node;
  const message = (((envelope.BODY as Node).IMPORTDATA as Node).REQUESTDATA as Node).TALLYMESSAGE as Node;
  return message.VOUCHER as Node;
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

describe("escaping", () => {
  const awkward = `Patel & Sons <"Wholesale"> 'A'`;
  const voucher: Voucher = {
    ...receiptAgainstInvoice,
    party: awkward,
    narration: `Paid < 5000 & > 100, "urgent", it's done`,
    ledgerEntries: receiptAgainstInvoice.ledgerEntries.map((e) => (e.role === "party" ? { ...e, ledger: awkward } : e)),
  };
  const xml = buildVoucherImport([voucher], { company: `R&D "Labs" <Pune>` });

  it("leaves no raw ampersand or angle bracket from names in the request", () => {
    expect(xml).toContain("Patel &amp; Sons &lt;");
    expect(xml).not.toMatch(/&(?!amp;|lt;|gt;|quot;|apos;|#)/);
  });

  it("gives back every name and the narration unchanged when the request is parsed", () => {
    const vch = parsedVoucher(xml);
    expect(vch.PARTYLEDGERNAME).toBe(awkward);
    expect(vch.NARRATION).toBe(marked(`Paid < 5000 & > 100, "urgent", it's done`, voucher.remoteId));
    const lines = vch["ALLLEDGERENTRIES.LIST"] as Node[];
    expect(lines.map((l) => l.LEDGERNAME)).toEqual([awkward, "HDFC Bank"]);
    expect((lines[1]["BANKALLOCATIONS.LIST"] as Node).PAYMENTFAVOURING).toBe(awkward);
  });

  it("keeps text that already looks like an entity exactly as typed", () => {
    const typed = ["R&amp;D Works", "AT&T; Mobiles", "&lt;b&gt; Bold"];
    for (const name of typed) {
      const one = buildVoucherImport([{ ...receiptAgainstInvoice, party: name, narration: name }], { company: name });
      expect(parsedVoucher(one).NARRATION).toBe(marked(name, receiptAgainstInvoice.remoteId));
      expect(parsedVoucher(one).PARTYNAME).toBe(name);
    }
    const mark = buildVoucherImport([{ ...receiptAgainstInvoice, narration: "Ref &#4; typed" }], { company: COMPANY });
    expect(mark).toContain(`<NARRATION>${marked("Ref &amp;#4; typed", receiptAgainstInvoice.remoteId)}</NARRATION>`);
  });

  it("drops control characters that XML cannot carry", () => {
    const withBell = buildVoucherImport([{ ...receiptAgainstInvoice, narration: "two\u0007words\u0004" }], { company: COMPANY });
    expect(parsedVoucher(withBell).NARRATION).toBe(marked("twowords", receiptAgainstInvoice.remoteId));
  });
});

describe("Unicode names", () => {
  const hindi = "शर्मा ट्रेडर्स";
  const voucher: Voucher = {
    ...salesItemInvoice,
    party: hindi,
    ledgerEntries: salesItemInvoice.ledgerEntries.map((e) => (e.role === "party" ? { ...e, ledger: hindi } : e)),
  };

  it("round-trips a Hindi party name through UTF-16LE bytes", () => {
    const bytes = encodeUtf16le(buildVoucherImport([voucher], { company: COMPANY }));
    expect([bytes[0], bytes[1]]).toEqual([0xff, 0xfe]);
    const text = Buffer.from(bytes.subarray(2)).toString("utf16le");
    const vch = parsedVoucher(text);
    expect(vch.PARTYNAME).toBe(hindi);
    expect((vch["LEDGERENTRIES.LIST"] as Node[])[0].LEDGERNAME).toBe(hindi);
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

describe("stock journal lines", () => {
  it("sends a move without a rate as quantity only, source out and destination in", () => {
    const noRate: Voucher = {
      ...stockJournalTransfer,
      inventoryEntries: [
        { item: "Steel Bolt M8", qty: 5, unit: "Nos", rate: 0, amount: 0, godown: "Main Location" },
        { item: "Steel Bolt M8", qty: 5, unit: "Nos", rate: 0, amount: -0, godown: "Shop Floor" },
      ],
    };
    const vch = parsedVoucher(buildVoucherImport([noRate], { company: COMPANY }));
    const out = vch["INVENTORYENTRIESOUT.LIST"] as Node;
    const into = vch["INVENTORYENTRIESIN.LIST"] as Node;
    expect([out.ISDEEMEDPOSITIVE, (out["BATCHALLOCATIONS.LIST"] as Node).GODOWNNAME]).toEqual(["No", "Main Location"]);
    expect([into.ISDEEMEDPOSITIVE, (into["BATCHALLOCATIONS.LIST"] as Node).GODOWNNAME]).toEqual(["Yes", "Shop Floor"]);
    expect(out.AMOUNT).toBeUndefined();
    expect(out.RATE).toBeUndefined();
    expect(into.ACTUALQTY).toBe(" 5 Nos");
  });
});

describe("programmer errors", () => {
  it("refuses an invoice item with no ledger to book its value to", () => {
    const broken: Voucher = {
      ...salesItemInvoice,
      inventoryEntries: [{ ...salesItemInvoice.inventoryEntries[0], ledger: undefined }],
    };
    expect(() => buildVoucherImport([broken], { company: COMPANY })).toThrow(/Steel Bolt M8.*no ledger/);
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
