/**
 * Issue #11's profile matrix: the same workbook pushed on every emulator profile (factory Tally as
 * it comes, with Prepare Tally and with Settings letting Tally number receipts and journals;
 * configured; educational; legacy): push, push again, change one amount, empty the company and
 * push again. Each step is judged from the emulator's own state (test/support/profile-audit.ts).
 */
import { prepareHandoff } from "../core/handoff";
import type { WorkbookInput } from "../core/records/types";
import type { Voucher, VoucherKind } from "../core/vouchers/model";
import { directTallyTransport } from "../adapters/tally-http";
import type { ProfileName } from "../emulator/profiles";
import { startEmulator } from "../emulator/server";
import { generateWorkbook } from "../../test/support/generate-workbook";
import { audit, type AuditCounts } from "../../test/support/profile-audit";
import { createLedgers, portsFor } from "../../test/support/push-harness";
import type { PushReport, VoucherResult } from "./ports";
import { runPush, type PushOptions } from "./push";

const COMPANY = "Demo Trading Co";

interface Scenario {
  name: string;
  profile: ProfileName;
  /** First push without Prepare Tally: nothing whose number Tally would replace may go in. */
  plainFirst: boolean;
  prepareTally: boolean;
  tallyNumbers: VoucherKind[];
}

const SCENARIOS: Scenario[] = [
  { name: "factory, plain push then Prepare Tally", profile: "factory", plainFirst: true, prepareTally: true, tallyNumbers: [] },
  {
    name: "factory, Tally numbers receipts and journals",
    profile: "factory",
    plainFirst: false,
    prepareTally: true,
    tallyNumbers: ["Receipt", "Journal"],
  },
  { name: "configured", profile: "configured", plainFirst: false, prepareTally: false, tallyNumbers: [] },
  { name: "educational", profile: "educational", plainFirst: false, prepareTally: true, tallyNumbers: [] },
  { name: "legacy", profile: "legacy", plainFirst: false, prepareTally: false, tallyNumbers: [] },
];

function workbook(): WorkbookInput {
  return generateWorkbook({
    seed: 23,
    salesInvoices: 10,
    linesPerInvoice: 2,
    purchases: 4,
    receipts: 4,
    payments: 3,
    expenses: 3,
    returns: 2,
    stockMoves: 2,
    journals: 2,
  });
}

/** The same workbook with one Sales amount changed (the row keeps every other value). */
function withOneAmountChanged(input: WorkbookInput): WorkbookInput {
  const sales = input.tables.Sales!;
  const headers = sales.headers as string[];
  const rows = sales.rows.map((r) => [...(r as unknown[])]);
  rows[0][headers.indexOf("Taxable Value")] = 4321.5;
  for (const column of ["Item", "Qty", "Unit", "Rate"]) rows[0][headers.indexOf(column)] = "";
  rows[0][headers.indexOf("HSN/SAC")] = "998314";
  return { tables: { ...input.tables, Sales: { ...sales, rows } } };
}

const educationalDay = (v: Voucher): boolean => [1, 2, 31].includes(v.date.d);

const ZERO: AuditCounts = { duplicates: 0, missing: 0, falsePosted: 0, falseFailed: 0, renumbered: 0 };

describe.each(SCENARIOS)("the push on the emulator's $name profile", (scenario) => {
  it("never duplicates, never loses a voucher, never says Posted or Failed falsely, never lets Tally renumber silently", async () => {
    const emu = await startEmulator({ port: 0, company: COMPANY, profile: scenario.profile });
    try {
      const tally = directTallyTransport({ url: emu.url });
      await createLedgers(tally, COMPANY, [
        { name: "Depreciation", parent: "Indirect Expenses" },
        { name: "Furniture", parent: "Fixed Assets" },
      ]);
      const ports = portsFor(tally);
      const tallyNumbers = new Set(scenario.tallyNumbers);
      const last = new Map<string, VoucherResult>();
      const options: PushOptions = { company: COMPANY, createMissingMasters: true, batchSize: 10, tallyNumbers: scenario.tallyNumbers };
      const educational = scenario.profile === "educational";
      const absent = (v: Voucher) => educational && !educationalDay(v);
      const totals = { ...ZERO };
      const step = async (vouchers: readonly Voucher[], extra: Partial<PushOptions> = {}, countMissing = true): Promise<PushReport> => {
        const report = await runPush(vouchers, ports, { ...options, ...extra });
        expect(report.stoppedBy).toBeUndefined();
        for (const r of report.results) last.set(r.voucher.remoteId, r);
        const counts = audit(emu.state, vouchers, last, tallyNumbers, absent);
        for (const key of Object.keys(totals) as (keyof AuditCounts)[]) totals[key] += key === "missing" && !countMissing ? 0 : counts[key];
        return report;
      };

      const first = prepareHandoff(workbook());
      expect(first.findings.filter((f) => f.severity === "error")).toEqual([]);
      if (scenario.plainFirst) {
        const plain = await step(first.vouchers, {}, false);
        // Every voucher type of a factory company numbers itself: nothing is written, each row says why.
        expect(plain.numbering.length).toBeGreaterThan(0);
        expect(emu.state.vouchers()).toHaveLength(0);
        expect(plain.results.every((r) => r.outcome === "Failed" && /numbers vouchers itself/.test(r.message))).toBe(true);
      }
      const pushed = await step(first.vouchers, { prepareTally: scenario.prepareTally });
      if (scenario.prepareTally) expect(pushed.prepared.length).toBeGreaterThan(0);
      const again = await step(first.vouchers, { prepareTally: scenario.prepareTally });
      expect(again.posted).toBe(0);

      const changed = prepareHandoff(withOneAmountChanged(workbook()));
      const third = await step(changed.vouchers, { prepareTally: scenario.prepareTally });
      expect(third.posted).toBe(educational && !educationalDay(changed.vouchers.find((v) => v.kind === "Sales")!) ? 0 : 1);

      emu.state.clearVouchers();
      await step(changed.vouchers, { prepareTally: scenario.prepareTally });

      if (educational) {
        const refused = changed.vouchers.filter(absent);
        expect(refused.length).toBeGreaterThan(0);
        for (const v of refused) {
          expect(last.get(v.remoteId)?.outcome).toBe("Failed");
          expect(last.get(v.remoteId)?.message).toMatch(/Educational mode takes only the 1st, 2nd and 31st/);
        }
      }
      console.log(`profile matrix ${JSON.stringify({ scenario: scenario.name, ...totals })}`);
      expect(totals).toEqual(ZERO);
    } finally {
      await emu.close();
    }
  }, 120_000);
});
