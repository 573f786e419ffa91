import { readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { importSucceeded, readImportResponse, readLiveness, type ImportCounters, type ImportResult } from "./read";
import { ZERO_COUNTERS } from "../../../test/support/import-counters";

const fixture = (name: string): string => readFileSync(path.resolve(__dirname, "../../../test/fixtures/tally/responses", name), "utf8");

describe("readImportResponse", () => {
  it("reads the bare RESPONSE shape with CRLF line ends and one-space indent", () => {
    const text = fixture("import-bare-created-crlf.xml");
    expect(text).toContain("\r\n <CREATED>");
    const r = readImportResponse(text);
    expect(r).toEqual({ shape: "bare", counters: { ...ZERO_COUNTERS, created: 1, lastVchId: 4012 }, lineErrors: [] });
    expect(importSucceeded(r, "created")).toBe(true);
  });

  it("reads counters written with a leading space", () => {
    const r = readImportResponse(fixture("import-bare-altered-leading-spaces.xml"));
    expect(r.counters).toEqual({ ...ZERO_COUNTERS, altered: 1, lastVchId: 4012 });
    expect(importSucceeded(r, "altered")).toBe(true);
    expect(importSucceeded(r, "created")).toBe(false);
  });

  it("reads a LINEERROR that comes first and decodes &apos;", () => {
    const r = readImportResponse(fixture("import-bare-ledger-missing-crlf.xml"));
    expect(r.shape).toBe("bare");
    expect(r.lineErrors).toEqual(["Ledger 'Sales @ 18%' does not exist!"]);
    expect(r.counters).toEqual({ ...ZERO_COUNTERS, exceptions: 1 });
    expect(importSucceeded(r, "created")).toBe(false);
  });

  it("keeps several LINEERRORs in order", () => {
    const r = readImportResponse(fixture("import-bare-two-lineerrors-crlf.xml"));
    expect(r.lineErrors).toEqual(["Voucher Number 'INV/7' already exists!", "Godown 'Back Store' does not exist!"]);
    expect(r.counters.errors).toBe(1);
  });

  it("reads a bare reply with LF line ends as well", () => {
    const r = readImportResponse(fixture("import-bare-deleted-lf.xml"));
    expect(r.counters.deleted).toBe(1);
    expect(importSucceeded(r, "deleted")).toBe(true);
  });

  it("reads the enveloped IMPORTRESULT and ignores the CMPINFO numbers beside it", () => {
    const r = readImportResponse(fixture("import-envelope-created-with-cmpinfo.xml"));
    expect(r).toEqual({ shape: "envelope", counters: { ...ZERO_COUNTERS, created: 1, lastVchId: 512 }, lineErrors: [] });
    expect(importSucceeded(r, "created-or-altered")).toBe(true);
  });

  it("reads a LINEERROR inside IMPORTRESULT while STATUS stays 1", () => {
    const r = readImportResponse(fixture("import-envelope-totals-mismatch.xml"));
    expect(r.shape).toBe("envelope");
    expect(r.lineErrors).toEqual(["Voucher totals do not match!"]);
    expect(importSucceeded(r, "created")).toBe(false);
  });

  it("checks the intended counter against the expected count", () => {
    const r = readImportResponse(fixture("import-envelope-two-created.xml"));
    expect(importSucceeded(r, "created-or-altered", 2)).toBe(true);
    expect(importSucceeded(r, "created-or-altered")).toBe(false);
    expect(importSucceeded(r, "created")).toBe(true);
    expect(importSucceeded(r, "deleted")).toBe(false);
  });

  it("recognises Unknown Request as a counter-less failure", () => {
    const r = readImportResponse(fixture("unknown-request.xml"));
    expect(r.shape).toBe("unknown-request");
    expect(r.counters).toEqual(ZERO_COUNTERS);
    expect(r.raw).toBe("Unknown Request, cannot be processed");
    expect(importSucceeded(r, "created", 0)).toBe(false);
  });

  it.each(["", "  \r\n", "\uFEFF"])("calls a blank body %p empty", (text) => {
    const r = readImportResponse(text);
    expect(r.shape).toBe("empty");
    expect(importSucceeded(r, "created")).toBe(false);
  });

  it("does not read a truncated reply as a success even though CREATED 1 arrived", () => {
    const r = readImportResponse("<RESPONSE>\r\n <CREATED>1</CREATED>\r\n <ALTERED>0</ALTERED>\r\n <ERR");
    expect(r.shape).toBe("unparseable");
    expect(r.raw).toContain("<CREATED>1</CREATED>");
    expect(importSucceeded(r, "created")).toBe(false);
  });

  it("calls well-formed XML without counters unparseable, keeping the text", () => {
    const r = readImportResponse("<html><body>502 Bad Gateway</body></html>");
    expect(r.shape).toBe("unparseable");
    expect(r.raw).toBe("<html><body>502 Bad Gateway</body></html>");
  });

  it("reads STATUS 0 with a LINEERROR as an export-error shape", () => {
    const r = readImportResponse(fixture("export-error-company-not-loaded.xml"));
    expect(r.shape).toBe("export-error");
    expect(r.lineErrors).toEqual(["Could not set 'SVCurrentCompany' to 'Sharma & Sons Traders'"]);
    expect(importSucceeded(r, "created", 0)).toBe(false);
  });

  it("reads any counters written as a bare RESPONSE back exactly", () => {
    const keys = Object.keys(ZERO_COUNTERS) as (keyof ImportCounters)[];
    const tags = ["CREATED", "ALTERED", "DELETED", "LASTVCHID", "LASTMID", "COMBINED", "IGNORED", "ERRORS", "CANCELLED", "EXCEPTIONS"];
    fc.assert(
      fc.property(fc.array(fc.nat(100000), { minLength: 10, maxLength: 10 }), fc.boolean(), (values, pad) => {
        const body = tags.map((tag, i) => ` <${tag}>${pad ? " " : ""}${values[i]}</${tag}>`).join("\r\n");
        const r = readImportResponse(`<RESPONSE>\r\n${body}\r\n</RESPONSE>\r\n`);
        expect(r.counters).toEqual(Object.fromEntries(keys.map((k, i) => [k, values[i]])));
      }),
    );
  });
});

describe("importSucceeded", () => {
  const ok: ImportResult = { shape: "bare", counters: { ...ZERO_COUNTERS, created: 1 }, lineErrors: [] };

  it("accepts the intended counter moved with no errors, exceptions or LINEERROR", () => {
    expect(importSucceeded(ok, "created")).toBe(true);
  });

  it.each<[string, ImportResult]>([
    ["ERRORS 1", { ...ok, counters: { ...ok.counters, errors: 1 } }],
    ["EXCEPTIONS 1", { ...ok, counters: { ...ok.counters, exceptions: 1 } }],
    ["a LINEERROR with clean counters", { ...ok, lineErrors: ["Cannot delete unnamed object: VOUCHER!"] }],
    ["a counter-less shape", { ...ok, shape: "unparseable" }],
    ["an export error", { ...ok, shape: "export-error" }],
    ["another counter moved", { ...ok, counters: { ...ZERO_COUNTERS, altered: 1 } }],
  ])("refuses %s", (_label, result) => {
    expect(importSucceeded(result, "created")).toBe(false);
  });
});

describe("readLiveness", () => {
  it.each<[string, boolean, string | undefined]>([
    ["<RESPONSE>TallyPrime Server is Running</RESPONSE>", true, "TallyPrime"],
    ["<RESPONSE>Tally.ERP 9 Server is Running</RESPONSE>\r\n", true, "Tally.ERP 9"],
    ["TallyPrime Server is Running", true, "TallyPrime"],
    ["<RESPONSE>Tally Server is Running</RESPONSE>", true, undefined],
    ["<RESPONSE>Unknown Request, cannot be processed</RESPONSE>", false, undefined],
    ["", false, undefined],
    ["<html>It works</html>", false, undefined],
  ])("reads %p", (text, running, product) => {
    expect(readLiveness(text)).toEqual({ running, product });
  });
});
