import { readFileSync } from "node:fs";
import path from "node:path";
import { readTrialBalance } from "./read-trial-balance";

const fixture = (name: string): string => readFileSync(path.resolve(__dirname, "../../../test/fixtures/tally/responses", name), "utf8");

describe("readTrialBalance", () => {
  const rows = readTrialBalance(fixture("export-trial-balance.xml"));

  it("pairs each DSPACCNAME with the DSPACCINFO after it, debit negative in the report turned positive", () => {
    expect(rows).toEqual([
      { name: "Capital Account", debit: 0, credit: 49999950 },
      { name: "Cash", debit: 1250000, credit: 0 },
      { name: "Sundry Debtors", debit: 48750000, credit: 0 },
      { name: "Duties & Taxes", debit: 0, credit: 50 },
    ]);
  });

  it("gives totals that agree when the books balance", () => {
    const sum = (key: "debit" | "credit"): number => rows.reduce((s, r) => s + r[key], 0);
    expect(sum("debit")).toBe(sum("credit"));
  });

  it("reads a name without its amounts as zero on both sides", () => {
    const text = "<ENVELOPE><DSPACCNAME><DSPDISPNAME>Suspense</DSPDISPNAME></DSPACCNAME></ENVELOPE>";
    expect(readTrialBalance(text)).toEqual([{ name: "Suspense", debit: 0, credit: 0 }]);
  });

  it("returns no rows for an empty or unreadable reply", () => {
    expect(readTrialBalance("")).toEqual([]);
    expect(readTrialBalance("<RESPONSE>Unknown Request, cannot be processed</RESPONSE>")).toEqual([]);
  });
});
