import { JOURNALS_TABLE } from "./journals";
import { readOpsTable, tableFromGrid } from "./read-table";
import type { TableInput } from "./types";

const readJournals = (input: TableInput) => readOpsTable(JOURNALS_TABLE, input);

const HEADER = ["Date", "Voucher No", "Ledger", "Debit", "Credit", "Narration"];

describe("reading the Journals table", () => {
  it("reads a two-line journal", () => {
    const { rows, findings } = readJournals(
      tableFromGrid("Journals", [
        HEADER,
        ["31-03-2027", "JV-1", "Depreciation", "12,500", "", "Yearly depreciation"],
        ["31-03-2027", "JV-1", "Furniture & Fixtures", "", "12,500", "Yearly depreciation"],
      ]),
    );
    expect(findings).toEqual([]);
    expect(rows.map((r) => [r.ledger, r.debit, r.credit])).toEqual([
      ["Depreciation", 1250000, undefined],
      ["Furniture & Fixtures", undefined, 1250000],
    ]);
  });

  it("leaves the one-of-Debit-or-Credit rule to validation but refuses an unreadable amount", () => {
    const { rows, findings } = readJournals(
      tableFromGrid("Journals", [HEADER, ["31-03-2027", "JV-2", "Cash", "", "", ""], ["31-03-2027", "JV-2", "Bank", "1O0", "", ""]]),
    );
    expect(rows.map((r) => r.ledger)).toEqual(["Cash"]);
    expect(findings.map((f) => f.message)).toEqual(['Debit "1O0" is not a number.']);
  });
});
