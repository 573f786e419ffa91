import { readFileSync } from "node:fs";
import path from "node:path";
import { readExportError } from "./read-export-error";

const fixture = (name: string): string => readFileSync(path.resolve(__dirname, "../../../test/fixtures/tally/responses", name), "utf8");

describe("readExportError", () => {
  it("reads STATUS 0 with the company Tally could not select", () => {
    expect(readExportError(fixture("export-error-company-not-loaded.xml"))).toEqual({
      kind: "status-0",
      lineErrors: ["Could not set 'SVCurrentCompany' to 'Sharma & Sons Traders'"],
      companyNotLoaded: "Sharma & Sons Traders",
    });
  });

  it("reads an unknown report", () => {
    const text =
      "<ENVELOPE><HEADER><VERSION>1</VERSION><STATUS>0</STATUS></HEADER>" +
      "<BODY><DATA><LINEERROR>Could not find Report &apos;Profit &amp; Loss&apos;!</LINEERROR></DATA></BODY></ENVELOPE>";
    expect(readExportError(text)).toEqual({
      kind: "status-0",
      lineErrors: ["Could not find Report 'Profit & Loss'!"],
      reportNotFound: "Profit & Loss",
    });
  });

  it("reads an empty body as no company open (PROTOCOL.md 4.4)", () => {
    expect(readExportError("")).toEqual({ kind: "no-company-open", lineErrors: [] });
  });

  it("reads Unknown Request and unreadable text", () => {
    expect(readExportError(fixture("unknown-request.xml"))?.kind).toBe("unknown-request");
    expect(readExportError("<ENVELOPE><BODY>")?.kind).toBe("unparseable");
  });

  it("finds nothing wrong in a successful export, with or without a STATUS", () => {
    expect(readExportError(fixture("export-ledgers-collection.xml"))).toBeUndefined();
    expect(readExportError(fixture("export-trial-balance.xml"))).toBeUndefined();
  });
});
