import { XMLParser } from "fast-xml-parser";
import { buildVoucherRemoval } from "./write-removal";

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@" });

describe("cancel and delete requests", () => {
  it("name each voucher by its client REMOTEID, with Tally's date, type and number, escaped", () => {
    const xml = buildVoucherRemoval(
      [{ remoteId: "th-1", voucherType: "Sales & Returns", date: { y: 2026, m: 4, d: 5 }, number: "S<1>" }],
      "Delete",
      { company: "Sharma & Sons" },
    );
    const doc = parser.parse(xml) as {
      ENVELOPE: {
        BODY: {
          IMPORTDATA: {
            REQUESTDESC: { STATICVARIABLES: Record<string, string> };
            REQUESTDATA: { TALLYMESSAGE: { VOUCHER: Record<string, string> } };
          };
        };
      };
    };
    const data = doc.ENVELOPE.BODY.IMPORTDATA;
    expect(data.REQUESTDESC.STATICVARIABLES.SVCURRENTCOMPANY).toBe("Sharma & Sons");
    expect(data.REQUESTDATA.TALLYMESSAGE.VOUCHER).toMatchObject({
      "@REMOTEID": "th-1",
      "@ACTION": "Delete",
      "@VCHTYPE": "Sales & Returns",
      DATE: 20260405,
      VOUCHERTYPENAME: "Sales & Returns",
      VOUCHERNUMBER: "S<1>",
    });
  });
});
