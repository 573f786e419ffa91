import { request } from "node:http";
import { countersOf, postXml, startTestEmulator } from "../../test/support/emulator-client";
import { accountingVoucher, ledgerXml, legacyImport, newImport } from "../../test/support/tally-requests";
import type { RunningEmulator } from "./server";

const UNKNOWN = "<RESPONSE>Unknown Request, cannot be processed</RESPONSE>";

let emu: RunningEmulator;
beforeEach(async () => {
  emu = await startTestEmulator();
});
afterEach(() => emu.close());

describe("transport", () => {
  it("answers GET on any path with the TallyPrime liveness text", async () => {
    for (const path of ["/", "/status", "/anything"]) {
      const res = await postXml(emu.url, "", { method: "GET", path });
      expect(res.status).toBe(200);
      expect(res.text).toBe("<RESPONSE>TallyPrime Server is Running</RESPONSE>");
    }
  });

  it("answers HTTP 200 even for an unknown request", async () => {
    const res = await postXml(emu.url, "<ENVELOPE><HEADER><TALLYREQUEST>Frobnicate</TALLYREQUEST></HEADER></ENVELOPE>");
    expect(res.status).toBe(200);
    expect(res.text).toBe(UNKNOWN);
  });

  it("answers Unknown Request to XML that is not well-formed", async () => {
    const res = await postXml(emu.url, "<ENVELOPE><HEADER><TALLYREQUEST>Import Data</TALLYREQUEST></HEADER><BODY>");
    expect(res.text).toBe(UNKNOWN);
  });

  it("answers Unknown Request to a raw ampersand in a name and creates nothing", async () => {
    const res = await postXml(emu.url, legacyImport(ledgerXml("CGST", "Duties & Taxes"), { report: "All Masters" }));
    expect(res.text).toBe(UNKNOWN);
    expect(emu.state.ledgers.has("CGST")).toBe(false);
  });

  it("answers Unknown Request to a raw ampersand or < inside an attribute (BRIDGE 9.1b), and takes &amp; there", async () => {
    const raw = `<LEDGER NAME="A & B" ACTION="Create"><NAME>A &amp; B</NAME><PARENT>Sundry Debtors</PARENT></LEDGER>`;
    expect((await postXml(emu.url, legacyImport(raw, { report: "All Masters" }))).text).toBe(UNKNOWN);
    expect((await postXml(emu.url, legacyImport(raw.replace("A & B", "A < B"), { report: "All Masters" }))).text).toBe(UNKNOWN);
    expect(emu.state.ledgers.has("A & B")).toBe(false);
    const escaped = await postXml(emu.url, legacyImport(raw.replace("A & B", "A &amp; B"), { report: "All Masters" }));
    expect(countersOf(escaped.text).CREATED).toBe(1);
    expect(emu.state.ledgers.has("A & B")).toBe(true);
  });

  it("accepts an escaped ampersand in a name", async () => {
    const res = await postXml(emu.url, legacyImport(ledgerXml("CGST", "Duties &amp; Taxes"), { report: "All Masters" }));
    expect(countersOf(res.text).CREATED).toBe(1);
    expect(emu.state.ledgers.get("CGST")?.parent).toBe("Duties & Taxes");
  });

  it("answers Unknown Request to a POST on a path other than /", async () => {
    const res = await postXml(emu.url, legacyImport(ledgerXml("A", "Sundry Debtors")), { path: "/import" });
    expect(res.text).toBe(UNKNOWN);
    expect(emu.state.ledgers.has("A")).toBe(false);
  });

  it("listens on 127.0.0.1 only", () => {
    expect(emu.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it("accepts Tally's &#4; sentinel in requests", async () => {
    const unit = `<UNIT NAME="nos"><NAME>nos</NAME></UNIT>`;
    const item = `<STOCKITEM NAME="NoteBooks" Action="Create"><NAME>NoteBooks</NAME><PARENT>&#4; Primary</PARENT><BASEUNITS>nos</BASEUNITS></STOCKITEM>`;
    const res = await postXml(emu.url, newImport(unit + item, { id: "All Masters" }));
    expect(countersOf(res.text)).toMatchObject({ CREATED: 2, EXCEPTIONS: 0 });
    expect(emu.state.stockItems.get("notebooks")?.parent).toBeNull();
  });

  it("reads the request's own words case-insensitively", async () => {
    const xml = legacyImport(ledgerXml("A", "Sundry Debtors")).replace("Import Data", "IMPORT data");
    expect(countersOf((await postXml(emu.url, xml)).text).CREATED).toBe(1);
  });

  it("accepts application/xml as well as text/xml", async () => {
    const res = await postXml(emu.url, legacyImport(ledgerXml("A", "Sundry Debtors")), { contentType: "application/xml" });
    expect(countersOf(res.text).CREATED).toBe(1);
  });

  it("uses the loaded company when SVCURRENTCOMPANY is missing and DESC is empty", async () => {
    const xml = `<ENVELOPE><HEADER><VERSION>1</VERSION><TALLYREQUEST>Import</TALLYREQUEST><TYPE>Data</TYPE><ID>All Masters</ID></HEADER><BODY><DESC/><DATA><TALLYMESSAGE>${ledgerXml("A", "Sundry Debtors")}</TALLYMESSAGE></DATA></BODY></ENVELOPE>`;
    expect(countersOf((await postXml(emu.url, xml)).text).CREATED).toBe(1);
  });
});

describe("encoding", () => {
  it("answers Unknown Request to a UTF-16 body sent without a utf-16 charset", async () => {
    const res = await postXml(emu.url, legacyImport(ledgerXml("A", "Sundry Debtors")), {
      encoding: "utf-16",
      contentType: "text/xml",
      bom: true,
    });
    expect(res.text).toBe(UNKNOWN);
    expect(emu.state.ledgers.has("A")).toBe(false);
  });

  it("answers a utf-16 request in UTF-16LE without a BOM, and Unicode names round-trip", async () => {
    const name = "श्री गणेश ट्रेडर्स";
    const res = await postXml(emu.url, legacyImport(ledgerXml(name, "Sundry Debtors")), { encoding: "utf-16", bom: true });
    expect(res.contentType).toBe("text/xml; charset=utf-16");
    expect([res.bytes[0], res.bytes[1]]).toEqual([0x3c, 0x00]); // "<" in UTF-16LE, no FF FE
    expect(countersOf(res.text).CREATED).toBe(1);
    expect(emu.state.ledgers.get(name)?.name).toBe(name);
  });

  it("keeps only single-byte characters from a UTF-8 request, as Tally does", async () => {
    const res = await postXml(emu.url, legacyImport(ledgerXml("Café ₹ Store", "Sundry Debtors")));
    expect(countersOf(res.text).CREATED).toBe(1);
    expect(emu.state.ledgers.has("Café ? Store")).toBe(true);
    expect(res.bytes.includes(0x00)).toBe(false);
  });
});

describe("browser access", () => {
  it("sends no CORS headers, not even to an OPTIONS preflight", async () => {
    const post = await postXml(emu.url, legacyImport(ledgerXml("A", "Sundry Debtors")));
    const options = await postXml(emu.url, "", { method: "OPTIONS" });
    for (const res of [post, options]) {
      expect(res.status).toBe(200);
      expect(Object.keys(res.headers).filter((h) => h.startsWith("access-control-"))).toEqual([]);
    }
    expect(options.text).toBe(UNKNOWN);
  });
});

describe("serialisation", () => {
  it("serves one request at a time: a liveness check waits for a slow import", async () => {
    await postXml(emu.url, legacyImport(ledgerXml("A", "Sundry Debtors") + ledgerXml("B", "Sales Accounts")));
    emu.faults.latencyMsPerVoucher = 300;
    const finished: string[] = [];
    const voucher = accountingVoucher({
      type: "Sales",
      date: "20260401",
      number: "1",
      lines: [
        ["A", "-10"],
        ["B", "10"],
      ],
    });
    const slow = postXml(emu.url, newImport(voucher)).then(() => finished.push("import"));
    await new Promise((r) => setTimeout(r, 50));
    const started = Date.now();
    await postXml(emu.url, "", { method: "GET" }).then(() => finished.push("liveness"));
    await slow;
    expect(finished).toEqual(["import", "liveness"]);
    expect(Date.now() - started).toBeGreaterThanOrEqual(150);
  });

  it("closes with a request still queued behind a hang, leaving no open handle", async () => {
    emu.faults.hang = true;
    const pending = new Promise<string>((resolve) => {
      const req = request(emu.url, { method: "GET" }, () => resolve("answered"));
      req.on("error", () => resolve("dropped"));
      req.end();
    });
    await new Promise((r) => setTimeout(r, 30));
    await emu.close();
    expect(await pending).toBe("dropped");
  });
});
