import { gstRateCheck, isTobaccoHsn } from "./gst-rates";

const day = (y: number, m: number, d: number) => ({ y, m, d });

describe("GST rate table by date", () => {
  it("accepts 12% on 21-Sep-2025, the last day before GST 2.0", () => {
    expect(gstRateCheck(12, day(2025, 9, 21))).toEqual({ level: "ok" });
  });

  it("warns on 12% from 22-Sep-2025 and after", () => {
    expect(gstRateCheck(12, day(2025, 9, 22)).level).toBe("warning");
    expect(gstRateCheck(12, day(2025, 9, 23))).toMatchObject({ level: "warning", why: "retired-slab" });
    expect(gstRateCheck(12, day(2026, 4, 1)).level).toBe("warning");
  });

  it("rejects 40% before 22-Sep-2025 and accepts it from that day", () => {
    expect(gstRateCheck(40, day(2025, 9, 21))).toMatchObject({ level: "error", why: "not-in-force" });
    expect(gstRateCheck(40, day(2025, 9, 22))).toEqual({ level: "ok" });
  });

  it("accepts 28% on tobacco until 31-Jan-2026 and only warns from 1-Feb-2026", () => {
    expect(gstRateCheck(28, day(2026, 1, 31), undefined, "24022010")).toEqual({ level: "ok" });
    expect(gstRateCheck(28, day(2026, 2, 1), undefined, "24022010").level).toBe("warning");
  });

  it("only warns on 28% after GST 2.0 for goods that are not tobacco", () => {
    expect(gstRateCheck(28, day(2025, 12, 1), undefined, "8703").level).toBe("warning");
  });

  it("accepts the concessional and precious-goods rates", () => {
    for (const rate of [0, 0.1, 0.25, 1.5, 3, 5, 18]) {
      expect(gstRateCheck(rate, day(2025, 6, 1)).level).toBe("ok");
      expect(gstRateCheck(rate, day(2026, 6, 1)).level).toBe("ok");
    }
  });

  it("rejects a rate that never existed, naming the date", () => {
    const verdict = gstRateCheck(15, day(2026, 6, 1));
    expect(verdict).toMatchObject({ level: "error", why: "not-in-force" });
    expect(verdict.level !== "ok" && verdict.reason).toContain("1-Jun-2026");
  });

  it("lets Settings' own list decide, overriding the table both ways", () => {
    expect(gstRateCheck(12, day(2026, 6, 1), [5, 12, 18])).toEqual({ level: "ok" });
    expect(gstRateCheck(40, day(2026, 6, 1), [5, 12, 18])).toMatchObject({ level: "error", why: "not-in-settings" });
  });

  it("uses the table when Settings' list is empty", () => {
    expect(gstRateCheck(40, day(2026, 6, 1), [])).toEqual({ level: "ok" });
  });

  it("knows tobacco and pan masala codes", () => {
    expect(isTobaccoHsn("2402")).toBe(true);
    expect(isTobaccoHsn("21069020")).toBe(true);
    expect(isTobaccoHsn("2106")).toBe(false);
    expect(isTobaccoHsn(undefined)).toBe(false);
  });
});
