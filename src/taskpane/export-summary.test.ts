import { prepareHandoff, rowVerdicts } from "../core/handoff";
import { sampleWorkbook } from "../../test/support/taskpane-fakes";
import { exportSummary } from "./export-summary";

describe("exportSummary", () => {
  it("counts the sample's vouchers per kind, its period, and the rows left out with their notes", () => {
    const handoff = prepareHandoff(sampleWorkbook());
    const summary = exportSummary(handoff.vouchers, rowVerdicts(handoff));
    // sampleWorkbook: INV-1 and INV-2 valid (INV-3 and the blank number are not), RCT-1 valid, RCT-2 unmapped.
    expect(summary.byKind.map((k) => [k.kind, k.count])).toEqual([
      ["Sales", 2],
      ["Receipt", 1],
    ]);
    expect(summary.period).toBe("5-Apr-2026 to 9-Apr-2026");
    expect(summary.leftOut.map((l) => [l.table, l.rows, l.reasons.length])).toEqual([
      ["Sales", 2, 2],
      ["Receipts", 1, 1],
    ]);
    expect(summary.leftOut[1].reasons[0].note).toMatch(/PhonePe/);
  });

  it("has no period and leaves nothing out when there is nothing", () => {
    expect(exportSummary([], [])).toEqual({ vouchers: 0, byKind: [], period: undefined, leftOut: [] });
  });
});
