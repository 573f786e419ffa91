import { XMLParser, XMLValidator } from "fast-xml-parser";
import fc from "fast-check";
import { listRequest, trialBalanceRequest, vouchersRequest, type ListKind } from "./requests";

// An independent parser, so a bug in our reader cannot hide a bug in our requests.
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@", parseTagValue: false });
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const parse = (xml: string): any => {
  expect(XMLValidator.validate(xml)).toBe(true);
  return parser.parse(xml).ENVELOPE;
};

const APRIL = { y: 2026, m: 4, d: 1 };
const MARCH = { y: 2027, m: 3, d: 31 };

describe("listRequest", () => {
  it.each<[ListKind, string, string]>([
    ["Ledger", "Ledger", "NAME,PARENT,CLOSINGBALANCE,OPENINGBALANCE,PARTYGSTIN"],
    ["StockItem", "StockItem", "NAME,PARENT,BASEUNITS"],
    ["Godown", "Godown", "NAME,PARENT"],
    ["Unit", "Unit", "NAME"],
    ["VoucherType", "VoucherType", "NAME,PARENT,NUMBERINGMETHOD,PREVENTDUPLICATES"],
    ["Company", "Company", "NAME,GUID,STARTINGFROM,BOOKSFROM,ENDINGAT,ALTVCHID,ALTMSTID"],
  ])("asks for %s as an ad-hoc collection whose ID matches its NAME", (kind, type, fetch) => {
    const env = parse(listRequest(kind, "Sharma Enterprises"));
    expect(env.HEADER).toEqual({ VERSION: "1", TALLYREQUEST: "Export", TYPE: "Collection", ID: expect.any(String) });
    const collection = env.BODY.DESC.TDL.TDLMESSAGE.COLLECTION;
    expect(collection["@NAME"]).toBe(env.HEADER.ID);
    expect(collection.TYPE).toBe(type);
    expect(collection.FETCH).toBe(fetch);
    expect(env.BODY.DESC.STATICVARIABLES).toEqual({ SVEXPORTFORMAT: "$$SysName:XML", SVCURRENTCOMPANY: "Sharma Enterprises" });
  });

  it("leaves SVCURRENTCOMPANY out when no company is given", () => {
    expect(parse(listRequest("Company")).BODY.DESC.STATICVARIABLES).toEqual({ SVEXPORTFORMAT: "$$SysName:XML" });
  });

  it("escapes any company name so it reaches Tally unchanged", () => {
    // Company names as people type them: no surrounding spaces, no control characters.
    const name = fc.string({ minLength: 1 }).filter((s) => s.trim() === s && s !== "" && !/[\u0000-\u001f]/.test(s));
    const exact = new XMLParser({ parseTagValue: false, trimValues: false });
    fc.assert(
      fc.property(name, (company) => {
        const env = exact.parse(listRequest("Ledger", company)).ENVELOPE;
        expect(env.BODY.DESC.STATICVARIABLES.SVCURRENTCOMPANY).toBe(company);
      }),
    );
    expect(listRequest("Ledger", "Duties & Taxes <A>")).toContain("Duties &amp; Taxes &lt;A&gt;");
  });
});

describe("vouchersRequest", () => {
  it("loads the period and filters by it with the formula subset", () => {
    const env = parse(vouchersRequest({ company: "Sharma Enterprises", from: APRIL, to: MARCH }));
    expect(env.HEADER.TYPE).toBe("Collection");
    expect(env.BODY.DESC.STATICVARIABLES).toEqual({
      SVEXPORTFORMAT: "$$SysName:XML",
      SVCURRENTCOMPANY: "Sharma Enterprises",
      SVFROMDATE: { "@TYPE": "Date", "#text": "20260401" },
      SVTODATE: { "@TYPE": "Date", "#text": "20270331" },
    });
    const tdl = env.BODY.DESC.TDL.TDLMESSAGE;
    expect(tdl.COLLECTION["@NAME"]).toBe(env.HEADER.ID);
    expect(tdl.COLLECTION.TYPE).toBe("Voucher");
    expect(tdl.COLLECTION.FILTERS).toBe("TallyHandoffFrom,TallyHandoffTo");
    expect(tdl.SYSTEM).toEqual([
      { "@TYPE": "Formulae", "@NAME": "TallyHandoffFrom", "#text": "$Date >= ##SVFromDate" },
      { "@TYPE": "Formulae", "@NAME": "TallyHandoffTo", "#text": "$Date <= ##SVToDate" },
    ]);
  });

  it("fetches identities, entries and inventory on both sides", () => {
    const fetch = parse(vouchersRequest({ company: "X", from: APRIL, to: MARCH })).BODY.DESC.TDL.TDLMESSAGE.COLLECTION.FETCH;
    const identities = ["GUID", "REMOTEID", "MASTERID", "ALTERID"];
    const head = ["DATE", "VOUCHERTYPENAME", "VOUCHERNUMBER", "PARTYLEDGERNAME", "NARRATION", "ISCANCELLED"];
    // Accounting and item invoices keep their lines in different lists; a stock journal in two more.
    const entries = ["ALLLEDGERENTRIES.LIST", "LEDGERENTRIES.LIST"];
    const inventory = ["ALLINVENTORYENTRIES.LIST", "INVENTORYENTRIESIN.LIST", "INVENTORYENTRIESOUT.LIST"];
    expect(fetch.split(",")).toEqual([...identities, ...head, ...entries, ...inventory]);
  });

  it("joins alternatives with OR inside one formula and lists formulas comma-separated for AND", () => {
    const xml = vouchersRequest({
      company: "X",
      from: APRIL,
      to: MARCH,
      remoteIds: ["th-1", "th-2"],
      voucherNumbers: ["INV/1 & 2"],
      voucherType: "GST Sales",
    });
    const tdl = parse(xml).BODY.DESC.TDL.TDLMESSAGE;
    expect(tdl.COLLECTION.FILTERS).toBe("TallyHandoffFrom,TallyHandoffTo,TallyHandoffRemoteIds,TallyHandoffNumbers,TallyHandoffType");
    expect(tdl.SYSTEM.slice(2).map((s: { "#text": string }) => s["#text"])).toEqual([
      '$RemoteID = "th-1" OR $RemoteID = "th-2"',
      '$VoucherNumber = "INV/1 & 2"',
      '$VoucherTypeName = "GST Sales"',
    ]);
    expect(xml).toContain('$VoucherNumber = "INV/1 &amp; 2"');
    expect(xml).toContain("$Date &gt;= ##SVFromDate");
    expect(xml).toContain("$Date &lt;= ##SVToDate");
  });

  it("refuses filters the formula subset cannot express", () => {
    const base = { company: "X", from: APRIL, to: MARCH };
    expect(() => vouchersRequest({ ...base, remoteIds: [] })).toThrow(RangeError);
    expect(() => vouchersRequest({ ...base, voucherNumbers: ['say "hi"'] })).toThrow(/double quote/);
    expect(() => vouchersRequest({ ...base, from: MARCH, to: APRIL })).toThrow(/ends before it starts/);
  });
});

describe("trialBalanceRequest", () => {
  it("asks for the built-in report exploded, for the company and period", () => {
    const env = parse(trialBalanceRequest("Sharma & Sons", APRIL, MARCH));
    expect(env.HEADER).toEqual({ VERSION: "1", TALLYREQUEST: "Export", TYPE: "Data", ID: "Trial Balance" });
    expect(env.BODY.DESC.STATICVARIABLES).toEqual({
      EXPLODEFLAG: "Yes",
      SVEXPORTFORMAT: "$$SysName:XML",
      SVCURRENTCOMPANY: "Sharma & Sons",
      SVFROMDATE: { "@TYPE": "Date", "#text": "20260401" },
      SVTODATE: { "@TYPE": "Date", "#text": "20270331" },
    });
  });
});
