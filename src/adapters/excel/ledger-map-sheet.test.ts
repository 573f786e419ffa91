import { readTable, fakeOfficeEachTest } from "../../../test/support/fake-excel";
import { handoffSheet } from "../../../test/support/fake-excel/ops-workbook";
import { readLedgerMap } from "../../core/records/ledger-map-table";
import { createExcelWorkbook } from "./excel-workbook";
import type { LedgerMapRow } from "./ledger-map-sheet";

const { host, install } = fakeOfficeEachTest();

/** A map as its sheet rows show it (Kind, Workbook Value, Tally Name), and as the entries written. */
const CELLS: [LedgerMapRow["kind"], string, string][] = [
  ["Party", "Gupta Traders", "Gupta Traders (Delhi)"],
  ["Sales", "18", "Sales @ 18%"],
  ["Output CGST", "18", "CGST 9%"],
  ["Unit", "Nos", "Numbers"],
  ["Account", "HDFC", "HDFC Bank A/c 0012"],
];
const entriesOf = (cells: typeof CELLS): LedgerMapRow[] =>
  cells.map(([kind, workbookValue, tallyName]) => ({ kind, workbookValue, tallyName }));
const MAP = entriesOf(CELLS);

/** What the core reads back from the table. */
function mapAsRead() {
  const { headers, rows } = readTable(host.model, "LedgerMap");
  return readLedgerMap({ name: "LedgerMap", headers, rows }).entries.map(({ kind, workbookValue, tallyName }) => ({
    kind,
    workbookValue,
    tallyName,
  }));
}

describe("writeLedgerMap", () => {
  it("replaces the rows: grows, shrinks and empties the table, and the core reads back what was written", async () => {
    install([handoffSheet()]);
    const port = createExcelWorkbook();
    await port.writeLedgerMap(MAP);
    expect(mapAsRead()).toEqual(MAP);
    expect(readTable(host.model, "LedgerMap").rows).toHaveLength(5);
    await port.writeLedgerMap(MAP.slice(3));
    expect(readTable(host.model, "LedgerMap").rows).toEqual(CELLS.slice(3));
    await port.writeLedgerMap([]);
    expect(readTable(host.model, "LedgerMap").rows).toEqual([["", "", ""]]);
    expect(readTable(host.model, "PostingLog").address).toBe("TallyHandoff!H1:O2");
  });

  it('keeps values as text, so a rate "0.25" stays text and "1-4" never becomes a date', async () => {
    install([handoffSheet()]);
    const asText: typeof CELLS = [
      ["Sales", "0.25", "Sales @ 0.25%"],
      ["Item", "1-4", "Bolt 1-4"],
    ];
    await createExcelWorkbook().writeLedgerMap(entriesOf(asText));
    expect(readTable(host.model, "LedgerMap").rows).toEqual(asText);
  });

  it("makes the hidden sheet with the map when there is none", async () => {
    install([{ name: "Sheet1" }]);
    await createExcelWorkbook().writeLedgerMap(MAP.slice(0, 2));
    expect(mapAsRead()).toEqual(MAP.slice(0, 2));
    expect(readTable(host.model, "LedgerMap").address).toBe("TallyHandoff!D1:F3");
  });
});
