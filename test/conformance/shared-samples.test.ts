/**
 * Every public Tally reply in ../shared/tally-reference/samples must read as PROTOCOL.md says it
 * means. The table below is the meaning, file by file (each sample's header comment says what it
 * shows); a sample without a row fails, so a new capture extends this test by itself. The samples
 * are read in place, never copied (preamble); a missing folder fails loudly instead of skipping.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { XMLValidator } from "fast-xml-parser";
import { cleanTallyXml } from "../../src/core/tally/clean";
import {
  importSucceeded,
  readCompanies,
  readExportError,
  readImportResponse,
  readLiveness,
  readMasterNames,
  readVouchers,
  type ImportCounters,
  type ImportShape,
  type IntendedAction,
} from "../../src/core/tally/read";
import { parseTallyXml, type XmlElement } from "../../src/core/tally/read-xml";
import { listRequest, trialBalanceRequest, vouchersRequest } from "../../src/core/tally/requests";
import { ZERO_COUNTERS } from "../support/import-counters";

const SAMPLES = path.resolve(__dirname, "../../../shared/tally-reference/samples");
const sample = (name: string): string => readFileSync(path.join(SAMPLES, name), "utf8");

interface ImportMeaning {
  shape: ImportShape;
  counters: Partial<ImportCounters>;
  lineErrors: string[];
  intended: IntendedAction;
  expectedCount?: number;
  succeeds: boolean;
}

function importMeaning(m: ImportMeaning): (text: string) => void {
  return (text) => {
    const r = readImportResponse(text);
    expect(r.shape).toBe(m.shape);
    expect(r.counters).toEqual({ ...ZERO_COUNTERS, ...m.counters });
    expect(r.lineErrors).toEqual(m.lineErrors);
    expect(importSucceeded(r, m.intended, m.expectedCount)).toBe(m.succeeds);
  };
}

// Read-side samples also must never pass for an import success.
function notAnImport(text: string): void {
  const r = readImportResponse(text);
  expect(["bare", "envelope"]).not.toContain(r.shape);
  expect(importSucceeded(r, "created-or-altered")).toBe(false);
}

const MEANINGS: Record<string, (text: string) => void> = {
  // PROTOCOL.md 4.1 item 1: bare counters from legacy Import Data.
  "resp-import-legacy-created-archived.xml": importMeaning({
    shape: "bare",
    counters: { created: 1, lastVchId: 248296 },
    lineErrors: [],
    intended: "created",
    succeeds: true,
  }),
  // PROTOCOL.md 7: a re-sent Create with the same client REMOTEID is altered in place.
  "resp-import-legacy-altered-in-place-archived.xml": importMeaning({
    shape: "bare",
    counters: { altered: 1, lastVchId: 248296 },
    lineErrors: [],
    intended: "created-or-altered",
    succeeds: true,
  }),
  // PROTOCOL.md 4.2: EXCEPTIONS 1 without any text is still a failure.
  "resp-import-legacy-exceptions-silent-archived.xml": importMeaning({
    shape: "bare",
    counters: { exceptions: 1 },
    lineErrors: [],
    intended: "created",
    succeeds: false,
  }),
  "resp-import-legacy-lineerror-duplicate-voucher-number-archived.xml": importMeaning({
    shape: "bare",
    counters: { errors: 1 },
    lineErrors: ["Voucher Number '1920/26-27' already exists!"],
    intended: "created",
    succeeds: false,
  }),
  // PROTOCOL.md 4.4: with no company loaded an import still answers with counters.
  "resp-import-legacy-lineerror-ledger-missing-no-company.xml": importMeaning({
    shape: "bare",
    counters: { exceptions: 1 },
    lineErrors: ["Ledger 'Sales' does not exist!"],
    intended: "created",
    succeeds: false,
  }),
  "resp-import-legacy-success-tallyprime61-srinidhi.xml": importMeaning({
    shape: "bare",
    counters: { created: 1, lastVchId: 9191 },
    lineErrors: [],
    intended: "created",
    succeeds: true,
  }),
  // PROTOCOL.md 4.1 item 2: enveloped counters; CMPINFO numbers are not counters.
  "resp-import-new-created-live-bigguide.xml": importMeaning({
    shape: "envelope",
    counters: { created: 1, lastVchId: 193 },
    lineErrors: [],
    intended: "created",
    succeeds: true,
  }),
  // Tally.ERP 9: no EXCEPTIONS element (read as 0), an extra VCHNUMBER that is not a counter.
  "resp-import-new-erp9-vchnumber-rudravaram85.xml": importMeaning({
    shape: "envelope",
    counters: { created: 1, lastVchId: 13 },
    lineErrors: [],
    intended: "created",
    succeeds: true,
  }),
  // Alter keyed by Tally's REMOTEID with a partial body changed nothing.
  "resp-import-new-exceptions-alter-live-bigguide.xml": importMeaning({
    shape: "envelope",
    counters: { exceptions: 1 },
    lineErrors: [],
    intended: "altered",
    succeeds: false,
  }),
  // Official case study: two vouchers in one request, seven counters only.
  "resp-import-new-importresult-official-case-study.xml": importMeaning({
    shape: "envelope",
    counters: { created: 2, lastVchId: 119 },
    lineErrors: [],
    intended: "created",
    expectedCount: 2,
    succeeds: true,
  }),
  // A failure no counter reports: only the LINEERROR tells.
  "resp-import-new-lineerror-cannot-delete-unnamed-live-bigguide.xml": importMeaning({
    shape: "envelope",
    counters: {},
    lineErrors: ["Cannot delete unnamed object: VOUCHER!"],
    intended: "deleted",
    succeeds: false,
  }),
  // Labelled "Success" by its author; STATUS 1 but a rejection.
  "resp-import-new-lineerror-godown-live-bigguide.xml": importMeaning({
    shape: "envelope",
    counters: { exceptions: 1 },
    lineErrors: ["Godown 'Warehouse A' does not exist!"],
    intended: "created",
    succeeds: false,
  }),
  // PROTOCOL.md 4.1 item 3.
  "resp-unknown-request.xml": (text) => {
    importMeaning({ shape: "unknown-request", counters: {}, lineErrors: [], intended: "created", succeeds: false })(text);
    expect(readExportError(text)).toEqual({ kind: "unknown-request", lineErrors: [] });
  },
  // PROTOCOL.md 4.1 item 6.
  "resp-get-liveness-tallyprime.xml": (text) => {
    expect(readLiveness(text)).toEqual({ running: true, product: "TallyPrime" });
    notAnImport(text);
  },
  "resp-get-liveness-tally-erp9.xml": (text) => {
    expect(readLiveness(text)).toEqual({ running: true, product: "Tally.ERP 9" });
    notAnImport(text);
  },
  // PROTOCOL.md 4.1 item 4: three read failures, published as fragments.
  "resp-export-errors-fragments-p002.xml": (text) => {
    expect(readExportError(text)).toEqual({
      kind: "status-0",
      lineErrors: ["Could not find Report 'Profit & Loss'!", "Could not set 'SVCurrentCompany' to 'No Such Company Xyz'"],
      companyNotLoaded: "No Such Company Xyz",
      reportNotFound: "Profit & Loss",
    });
    const pairs = [...text.matchAll(/<STATUS>0<\/STATUS>\s*(<LINEERROR>.*?<\/LINEERROR>)/g)];
    // Each fragment nested as TallyConnector's ResponseEnvelope.cs models it (the sample's own comment).
    const wrap = (lineError: string): string =>
      `<ENVELOPE><HEADER><VERSION>1</VERSION><STATUS>0</STATUS></HEADER><BODY><DATA>${lineError}</DATA></BODY></ENVELOPE>`;
    expect(pairs.map(([, lineError]) => readExportError(wrap(lineError)))).toEqual([
      { kind: "status-0", lineErrors: ["Could not find Report 'Profit & Loss'!"], reportNotFound: "Profit & Loss" },
      {
        kind: "status-0",
        lineErrors: ["Could not set 'SVCurrentCompany' to 'No Such Company Xyz'"],
        companyNotLoaded: "No Such Company Xyz",
      },
    ]);
    for (const [, lineError] of pairs) expect(readImportResponse(wrap(lineError)).shape).toBe("export-error");
    const unknown = /<RESPONSE>.*?<\/RESPONSE>/.exec(text)?.[0] ?? "";
    expect(readExportError(unknown)?.kind).toBe("unknown-request");
  },
  // PROTOCOL.md 5 "Company list".
  "resp-export-company-collection-fixture-marketingbng.xml": (text) => {
    expect(readCompanies(text)).toEqual([
      { name: "EXAMPLE TRADING PRIVATE LIMITED", startingFrom: { y: 2021, m: 4, d: 1 }, endingAt: { y: 2022, m: 3, d: 31 } },
    ]);
    expect(readExportError(text)).toBeUndefined();
    notAnImport(text);
  },
  // PROTOCOL.md 2.9: empty CLOSINGBALANCE / OPENINGBALANCE mean absent, not zero.
  "resp-export-ledger-collection-fixture-marketingbng.xml": (text) => {
    const ledgers = readMasterNames(text, "LEDGER");
    expect(ledgers.map((l) => [l.name, l.parent, l.closingBalance, l.openingBalance])).toEqual([
      ["Aylward Singh_Salary Payable", "SALARY PAYABLE", -7770000, 0],
      ["Accounting Charges", "Indirect Expenses", undefined, 0],
      ["Bramley & Sons Accessories Private Limited", "Sundry Creditors", 0, 0],
      ["Northwind Retail", "Unclassified", -8880000, -8880000],
      ["HDFC Bank Current A/c", "Bank Accounts", 65555556, 50505051],
      ["Northwind Retail Limited", "Sundry Debtors", 0, 0],
      ["Sales - Domestic", "Sales Accounts", 5050505, 0],
      ["Output IGST", "Duties & Taxes", 909090, undefined],
    ]);
    expect(ledgers[1]).not.toHaveProperty("closingBalance");
    expect(ledgers.filter((l) => l.partyGstin).map((l) => [l.name, l.partyGstin])).toEqual([
      ["Bramley & Sons Accessories Private Limited", "29AABCE1234F1Z5"],
    ]);
    expect(readExportError(text)).toBeUndefined();
    notAnImport(text);
  },
  // An out-of-period Voucher Register: DATA holds only a nameless COMPANY block.
  "resp-export-voucher-register-empty-fixture-marketingbng.xml": (text) => {
    expect(readVouchers(text)).toEqual([]);
    expect(readCompanies(text)).toEqual([]);
    expect(readExportError(text)).toBeUndefined();
    notAnImport(text);
  },
  // PROTOCOL.md 2.1 and 2.3: debit negative; an exported invoice carries both ledger lists.
  "resp-export-collection-sales-vouchers-live-bigguide.xml": (text) => {
    const vouchers = readVouchers(text);
    expect(vouchers).toEqual([
      {
        guid: "f0347998-2c19-4a5e-a4ed-01f589cb92a5-00000022",
        remoteId: "f0347998-2c19-4a5e-a4ed-01f589cb92a5-00000022",
        vchKey: "f0347998-2c19-4a5e-a4ed-01f589cb92a5-0000b2f0:00000010",
        masterId: 34,
        alterId: 66,
        date: { y: 2025, m: 6, d: 1 },
        voucherType: "Sales",
        voucherNumber: "8",
        partyLedger: "Abc Party",
        isCancelled: false,
        ledgerEntries: [{ ledger: "Abc Party", amount: -2130000, isDeemedPositive: true }],
        inventoryEntries: [
          { item: "Item1", qty: 100, unit: "nos", rate: 21300, amount: 2130000, ledger: "Sales", isDeemedPositive: false },
        ],
      },
    ]);
    expect(readExportError(text)).toBeUndefined();
    notAnImport(text);
  },
  // PROTOCOL.md 4.1 item 5: Day Book gives TALLYMESSAGE/VOUCHER.
  "resp-export-day-book-fixture-marketingbng.xml": (text) => {
    const [payment, sales] = readVouchers(text);
    expect(readVouchers(text)).toHaveLength(2);
    expect(payment).toMatchObject({
      remoteId: "00000000-1111-2222-3333-444444444444-00000af3",
      guid: "00000000-1111-2222-3333-444444444444-00000af3",
      vchKey: "00000000-1111-2222-3333-444444444444-0000b496:00000008",
      alterId: 45231,
      date: { y: 2026, m: 7, d: 28 },
      voucherType: "Payment",
      voucherNumber: "111",
      partyLedger: "Northwind Retail Limited",
      narration: "NEFT/FAKEREF0000001/NORTHWIND RETAIL LIMITED/FAKE0000000/Example ref st028",
      isCancelled: false,
      ledgerEntries: [
        { ledger: "Northwind Retail Limited", amount: -15050505, isDeemedPositive: true },
        { ledger: "HDFC Bank Current A/c", amount: 15050505, isDeemedPositive: false },
      ],
      inventoryEntries: [],
    });
    expect(sales).toMatchObject({
      date: { y: 2026, m: 7, d: 30 },
      voucherType: "Sales",
      voucherNumber: "MT/2026/0042",
      partyLedger: "Bramley & Sons Accessories Private Limited",
      ledgerEntries: [
        { ledger: "Bramley & Sons Accessories Private Limited", amount: -5959595, isDeemedPositive: true },
        { ledger: "Sales - Domestic", amount: 5050505, isDeemedPositive: false },
        { ledger: "Output IGST", amount: 909090, isDeemedPositive: false },
      ],
      inventoryEntries: [
        { item: "Widget, 12mm", qty: 100, unit: "nos", rate: 50505, amount: 5050505, godown: "Main Location", isDeemedPositive: false },
      ],
    });
    expect(sales).not.toHaveProperty("narration");
    expect(readExportError(text)).toBeUndefined();
    notAnImport(text);
  },
};

describe("shared Tally samples", () => {
  it("finds the shared samples folder beside the repository", () => {
    if (!existsSync(SAMPLES)) {
      throw new Error(`Shared Tally samples not found at ${SAMPLES}: check out "shared/" as a sibling of the repository root.`);
    }
  });

  it("has a meaning for every response sample, and a sample for every meaning", () => {
    const responses = readdirSync(SAMPLES)
      .filter((f) => f.startsWith("resp-") && f.endsWith(".xml"))
      .sort();
    expect(Object.keys(MEANINGS).sort()).toEqual(responses);
  });

  it.each(Object.entries(MEANINGS))("reads %s as PROTOCOL.md says it means", (file, meaning) => {
    meaning(sample(file));
  });
});

// PROTOCOL.md, "Verbatim XML examples": exactly these two do not parse, by design.
const NOT_PARSING = new Set(["req-import-new-masters-official-case-study.xml", "templates/tpl-import-legacy-delete-master-dhananjay.xml"]);

function allSampleFiles(): string[] {
  if (!existsSync(SAMPLES)) return ["(shared samples folder missing)"];
  const top = readdirSync(SAMPLES).filter((f) => f.endsWith(".xml"));
  const templates = readdirSync(path.join(SAMPLES, "templates")).map((f) => `templates/${f}`);
  return [...top, ...templates].sort();
}

describe("every sample parses after cleaning, except the documented ones", () => {
  it("lists request samples among them", () => {
    expect(allSampleFiles().filter((f) => f.startsWith("req-")).length).toBeGreaterThanOrEqual(15);
  });

  it.each(allSampleFiles())("%s", (file) => {
    const parsed = parseTallyXml(sample(file));
    expect(parsed.ok).toBe(!NOT_PARSING.has(file));
    // An independent validator agrees on the cleaned text.
    expect(XMLValidator.validate(cleanTallyXml(sample(file))) === true).toBe(!NOT_PARSING.has(file));
  });
});

function names(el: XmlElement | undefined): string[] {
  return (el?.children ?? []).map((c) => c.name);
}

function root(xml: string): XmlElement {
  const parsed = parseTallyXml(xml);
  if (!parsed.ok) throw new Error(parsed.reason);
  return parsed.root;
}

function at(el: XmlElement, ...path: string[]): XmlElement | undefined {
  return path.reduce<XmlElement | undefined>((node, name) => node?.children.find((c) => c.name === name), el);
}

describe("our read requests are shaped like the public samples", () => {
  const APRIL = { y: 2026, m: 4, d: 1 };
  const MARCH = { y: 2027, m: 3, d: 31 };

  it("asks for the Trial Balance with the official sample's header and variables", () => {
    const official = root(sample("req-export-trial-balance-official-case-study.xml"));
    const ours = root(trialBalanceRequest("Sharma Enterprises", APRIL, MARCH));
    expect(names(at(ours, "HEADER"))).toEqual(names(at(official, "HEADER")));
    expect(at(ours, "HEADER", "ID")?.text).toBe(at(official, "HEADER", "ID")?.text);
    const ourVars = names(at(ours, "BODY", "DESC", "STATICVARIABLES"));
    expect(ourVars).toEqual(expect.arrayContaining(names(at(official, "BODY", "DESC", "STATICVARIABLES"))));
  });

  it("asks for vouchers the way the live period sample and the bridge window sample do", () => {
    const ours = root(vouchersRequest({ company: "Sharma Enterprises", from: APRIL, to: MARCH, voucherType: "Sales" }));
    for (const file of ["req-export-collection-sales-vouchers-period-bigguide.xml", "req-export-collection-voucher-window-bridge.xml"]) {
      const theirs = root(sample(file));
      expect(names(at(ours, "HEADER"))).toEqual(names(at(theirs, "HEADER")));
      expect(names(at(ours, "BODY", "DESC", "STATICVARIABLES")).sort()).toEqual(
        names(at(theirs, "BODY", "DESC", "STATICVARIABLES")).sort(),
      );
      const collection = at(ours, "BODY", "DESC", "TDL", "TDLMESSAGE", "COLLECTION");
      expect(collection?.attrs.NAME).toBe(at(ours, "HEADER", "ID")?.text);
      expect(names(collection)).toEqual(names(at(theirs, "BODY", "DESC", "TDL", "TDLMESSAGE", "COLLECTION")));
    }
  });

  it("lists masters as a collection with the same envelope as the samples", () => {
    const ours = root(listRequest("Ledger", "Sharma Enterprises"));
    const theirs = root(sample("req-export-collection-voucher-window-bridge.xml"));
    expect(names(at(ours, "HEADER"))).toEqual(names(at(theirs, "HEADER")));
    expect(names(at(ours, "BODY", "DESC"))).toEqual(["STATICVARIABLES", "TDL"]);
  });
});
