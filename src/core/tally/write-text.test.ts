/** What Tally reads back from awkward text: markup characters, typed entities, control characters, Hindi. */
import { createHash } from "node:crypto";
import type { Voucher } from "../vouchers/model";
import { COMPANY, receiptAgainstInvoice, salesItemInvoice } from "../../../test/fixtures/vouchers";
import { parsedVoucher, type XmlNode as Node } from "../../../test/support/parsed-request";
import { encodeUtf16le } from "./encode";
import { buildVoucherImport } from "./write";

/** The identity marker computed with node:crypto, independently of the writer (docs/decisions/0006). */
const marked = (text: string, remoteId: string): string =>
  `${text} [TH:${createHash("sha256").update(remoteId).digest("hex").slice(0, 16)}]`;

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
