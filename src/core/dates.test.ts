import { displayDate, financialYearOf, fromExcelSerial, fyLabel, parseDateCell, parseFyLabel, tallyDate, toExcelSerial } from "./dates";

describe("dates", () => {
  it("reads Excel 1900-system serials", () => {
    expect(fromExcelSerial(46113)).toEqual({ y: 2026, m: 4, d: 1 });
    expect(fromExcelSerial(61)).toEqual({ y: 1900, m: 3, d: 1 });
    expect(fromExcelSerial(46113.75)).toEqual({ y: 2026, m: 4, d: 1 });
    expect(toExcelSerial({ y: 2026, m: 4, d: 1 })).toBe(46113);
  });

  it.each([
    ["2026-04-01", { y: 2026, m: 4, d: 1 }],
    ["01-04-2026", { y: 2026, m: 4, d: 1 }],
    ["1/4/2026", { y: 2026, m: 4, d: 1 }],
    ["1-Apr-2026", { y: 2026, m: 4, d: 1 }],
    ["15 August 2026", { y: 2026, m: 8, d: 15 }],
    [46113, { y: 2026, m: 4, d: 1 }],
  ])("reads %p", (input, date) => {
    expect(parseDateCell(input)).toEqual({ ok: true, value: date });
  });

  it.each(["31-02-2026", "2026-13-01", "tomorrow", "", "29-Feb-2027", -5])("rejects %p", (input) => {
    expect(parseDateCell(input).ok).toBe(false);
  });

  it("places dates in April-March financial years", () => {
    expect(financialYearOf({ y: 2027, m: 3, d: 31 })).toBe(2026);
    expect(financialYearOf({ y: 2026, m: 4, d: 1 })).toBe(2026);
    expect(fyLabel(2026)).toBe("2026-27");
    expect(fyLabel(2099)).toBe("2099-00");
    expect(parseFyLabel("2026-27")).toBe(2026);
    expect(parseFyLabel("FY 2026-2027")).toBe(2026);
    expect(parseFyLabel("2026-28")).toBeUndefined();
  });

  it("formats for Tally and for people", () => {
    expect(tallyDate({ y: 2026, m: 4, d: 1 })).toBe("20260401");
    expect(displayDate({ y: 2026, m: 4, d: 1 })).toBe("1-Apr-2026");
  });
});
