import { readFile } from "node:fs/promises";
import { buildSampleWorkbook } from "../../scripts/make-sample-workbook";
import { sampleFacts, type SampleFacts } from "../../scripts/sample-trading/sample-facts";
import { findingAddress } from "../adapters/xlsx/cell-address";
import { readXlsx, type XlsxBook } from "../adapters/xlsx/read-xlsx";
import { snapshotFile, snapshotOf } from "../../test/support/workbook-snapshot";
import { OPS_TABLES } from "../core/findings";
import { checkGstin } from "../core/gst";
import { prepareHandoff, rowVerdicts, type Handoff } from "../core/handoff";
import { SAMPLE, SAMPLE_FACTS } from "../../test/support/cli-test-kit";

jest.setTimeout(60_000);

let book: XlsxBook;
let handoff: Handoff;
let facts: SampleFacts;

beforeAll(async () => {
  book = await readXlsx(SAMPLE);
  handoff = prepareHandoff(book.input);
  facts = JSON.parse(await readFile(SAMPLE_FACTS, "utf8")) as SampleFacts;
});

describe("examples/sample-trading-q1.xlsx", () => {
  it("holds the cells scripts/make-sample-workbook.ts makes, so it can be made again", async () => {
    const made = snapshotOf(buildSampleWorkbook());
    const committed = await snapshotFile(SAMPLE);
    const cells = (s: typeof made) =>
      [...s.cells].filter(([, c]) => c.value !== null).map(([key, c]) => [key, c.value, c.numFmt ?? "General"]);
    expect(cells(committed)).toEqual(cells(made));
    expect(committed.tables).toEqual(made.tables);
  });

  it("comes with the facts the script states about it", () => {
    expect(facts).toEqual(sampleFacts());
  });

  it("gives exactly the planted errors, at their cells, and no warnings", () => {
    const errors = handoff.findings
      .filter((f) => f.severity === "error")
      .map((f) => {
        const at = findingAddress(book, f);
        return `${at.sheet}!${at.cell} ${f.column} ${f.code}`;
      });
    expect(errors.sort()).toEqual(facts.errors.map((e) => `${e.sheet}!${e.cell} ${e.column} ${e.code}`).sort());
    expect(handoff.findings.filter((f) => f.severity === "warning")).toEqual([]);
  });

  it("has the rows and vouchers the facts count, and holds back only the rows of spoilt vouchers", () => {
    for (const table of OPS_TABLES)
      expect([table, handoff.books.rows[table].length + handoff.books.rejected[table].length]).toEqual([table, facts.rows[table]]);
    expect(handoff.vouchers).toHaveLength(facts.vouchers.valid);
    expect(rowVerdicts(handoff).filter((v) => v.status === "Invalid")).toHaveLength(facts.rowsHeldBack);
  });

  it("is set up for a Maharashtra company with a valid GSTIN that may create missing masters", () => {
    const { settings } = handoff.books;
    expect(settings.company).toBe("Sharma Hardware & Sons");
    expect(checkGstin(settings.companyGstin ?? "")).toMatchObject({ ok: true });
    expect(settings.companyGstin?.slice(0, 2)).toBe("27");
    expect(settings).toMatchObject({
      companyState: "27",
      financialYears: [2026],
      roundTotals: true,
      hsnDigits: 4,
      createMissingMasters: true,
    });
    expect(book.workbook.getWorksheet("TallyHandoff")?.state).toBe("hidden");
  });

  it("mixes in-state and out-of-state sales, registered and walk-in customers, items and services", () => {
    const sales = handoff.vouchers.filter((v) => v.kind === "Sales");
    expect(sales.some((v) => v.ledgerEntries.some((e) => /IGST/.test(e.ledger)))).toBe(true);
    expect(sales.some((v) => v.ledgerEntries.some((e) => /CGST/.test(e.ledger)))).toBe(true);
    expect(sales.some((v) => !v.gst?.partyGstin)).toBe(true);
    expect(sales.some((v) => v.isInvoice)).toBe(true);
    const kinds = new Set(handoff.vouchers.map((v) => v.kind));
    expect([...kinds].sort()).toEqual(["CreditNote", "DebitNote", "Journal", "Payment", "Purchase", "Receipt", "Sales", "StockJournal"]);
  });
});
