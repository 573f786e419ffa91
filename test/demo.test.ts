/**
 * Issue #6: `npm run demo` end to end, its summary checked against the sample workbook's facts
 * (examples/sample-trading-q1.expected.json, written by the script that makes the sample).
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { runDemo } from "../scripts/demo";
import { capturedIo } from "./support/cli-test-kit";

const facts = JSON.parse(readFileSync(path.resolve(__dirname, "..", "examples", "sample-trading-q1.expected.json"), "utf8"));

describe("npm run demo", () => {
  it("validates the sample, sends every valid voucher once, and shows a balanced trial balance", async () => {
    const io = capturedIo();
    const summary = await runDemo(io);
    const out = io.stdout.join("\n");
    expect(summary.inTally).toBe(facts.vouchers.valid);
    expect(Object.values(summary.vouchersByKind).reduce((a, b) => a + b, 0)).toBe(facts.vouchers.valid);
    expect(summary.heldBackRows).toBe(facts.rowsHeldBack);
    expect(summary.trialBalanceDebit).toBe(summary.trialBalanceCredit);
    expect(summary.trialBalanceRows).toBeGreaterThan(10);
    expect(summary.gstByHead["Output CGST"]).toBe(summary.gstByHead["Output SGST"]);
    for (const e of facts.errors) expect(out).toContain(`${e.sheet}!${e.cell}`);
    expect(out).toContain("not TallyPrime");
    expect(out).toContain(`Posted ${facts.vouchers.valid}, failed 0, unknown 0`);
    // Tally as it comes numbers every type itself: the first push sends nothing, Prepare Tally fixes that.
    expect(out).toContain("factory profile");
    expect(out).toContain("Posted 0, failed ");
    expect(out).toMatch(/Not sent: \d+ Sales vouchers, because Tally numbers Sales itself \(Automatic\)/);
    expect(out).toMatch(/Prepared Tally: .*Sales.* now number Manually with Prevent Duplicates/);
  }, 120_000);
});
