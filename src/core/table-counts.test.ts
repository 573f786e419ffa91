import { sampleWorkbook } from "../../test/support/taskpane-fakes";
import { finding, type Finding } from "./findings";
import { prepareHandoff } from "./handoff";
import { countPerTable } from "./table-counts";

describe("countPerTable", () => {
  it("counts rows read (rejected ones too), vouchers built, errors and warnings", () => {
    const counts = countPerTable(prepareHandoff(sampleWorkbook()));
    expect(counts).toEqual([
      { table: "Sales", rows: 4, vouchers: 2, errors: 2, warnings: 1 },
      { table: "Receipts", rows: 2, vouchers: 1, errors: 1, warnings: 0 },
    ]);
  });

  it("lists Settings and LedgerMap first, and a table that is absent but has findings with no rows", () => {
    const handoff = prepareHandoff(sampleWorkbook());
    const extra: Finding[] = [
      { ...finding("cell.blank", { table: "Journals", row: 0, column: "" }), severity: "warning" },
      finding("cell.blank", { table: "HandoffSettings", row: 3, column: "Value" }),
    ];
    const counts = countPerTable({ ...handoff, findings: [...handoff.findings, ...extra] });
    expect(counts.map((c) => c.table)).toEqual(["HandoffSettings", "Sales", "Receipts", "Journals"]);
    expect(counts[3]).toEqual({ table: "Journals", rows: 0, vouchers: 0, errors: 0, warnings: 1 });
  });
});
