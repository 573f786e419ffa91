import { prepareHandoff } from "../core/handoff";
import { placeOfSupply, isInterState, taxLines } from "../core/gst-tax";
import { lineValue } from "../core/money";
import { nameKey } from "../core/mapping";
import { readTrialBalance } from "../core/tally/read";
import { trialBalanceRequest } from "../core/tally/requests";
import { directTallyTransport } from "../adapters/tally-http";
import { startEmulator, type RunningEmulator } from "../emulator/server";
import { COMPANY, everyKindWorkbook, PUSH_PROFILES, withPushEmulator } from "../../test/support/push-profiles";
import { booksTrialBalance, portsFor } from "../../test/support/push-harness";
import { runPush, type PushOptions } from "./push";
import type { ProfileName } from "../emulator/profiles";

let profile: ProfileName = "factory";
let onProfile: Partial<PushOptions> = {};
const withEmulator = (run: (emu: RunningEmulator) => Promise<void>) => withPushEmulator({ profile }, run);

describe.each(PUSH_PROFILES)("on the emulator's $profile profile", (p) => {
  beforeAll(() => {
    profile = p.profile;
    onProfile = p.options;
  });

  describe("pushing a workbook of every voucher kind", () => {
    it("books everything once: Tally's trial balance equals the workbook's, to the paisa", () =>
      withEmulator(async (emu) => {
        const handoff = prepareHandoff(everyKindWorkbook());
        expect(handoff.findings.filter((f) => f.severity === "error")).toEqual([]);
        const kinds = new Set(handoff.vouchers.map((v) => v.kind));
        expect([...kinds].sort()).toEqual([
          "CreditNote",
          "DebitNote",
          "Journal",
          "Payment",
          "Purchase",
          "Receipt",
          "Sales",
          "StockJournal",
        ]);
        const tally = directTallyTransport({ url: emu.url });
        const report = await runPush(handoff.vouchers, portsFor(tally), {
          ...onProfile,
          company: COMPANY,
          createMissingMasters: true,
          batchSize: 10,
        });
        expect(report.stoppedBy).toBeUndefined();
        expect({ posted: report.posted, failed: report.failed, unknown: report.unknown }).toEqual({
          posted: handoff.vouchers.length,
          failed: 0,
          unknown: 0,
        });

        const tb = readTrialBalance(await tally.post(trialBalanceRequest(COMPANY, { y: 2026, m: 4, d: 1 }, { y: 2027, m: 3, d: 31 })));
        const tallyTb = new Map(tb.filter((r) => r.debit !== r.credit).map((r) => [nameKey(r.name), r.credit - r.debit]));
        expect(tallyTb).toEqual(booksTrialBalance(handoff.vouchers));
      }));

    it("puts exactly the workbook's GST in Tally's tax ledgers, computed from the rows themselves", () =>
      withEmulator(async (emu) => {
        const handoff = prepareHandoff(everyKindWorkbook(12));
        const tally = directTallyTransport({ url: emu.url });
        await runPush(handoff.vouchers, portsFor(tally), { ...onProfile, company: COMPANY, createMissingMasters: true });
        const expected = new Map<string, number>();
        const add = (ledger: string, amount: number) => expected.set(nameKey(ledger), (expected.get(nameKey(ledger)) ?? 0) + amount);
        const state = handoff.books.settings.companyState;
        for (const r of handoff.books.rows.Sales) {
          const pos = placeOfSupply(r.placeOfSupply, r.customerGstin, state);
          const taxable = r.taxableValue ?? lineValue(r.qty ?? 0, r.rate ?? 0, r.discountPercent ?? 0);
          if (pos.ok) for (const t of taxLines(taxable, r.gstRate, isInterState(state, pos.state.code))) add(`Output ${t.head}`, t.amount);
        }
        const tb = readTrialBalance(await tally.post(trialBalanceRequest(COMPANY, { y: 2026, m: 4, d: 1 }, { y: 2027, m: 3, d: 31 })));
        const returnsTax = new Map<string, number>();
        for (const v of handoff.vouchers.filter((v) => v.kind === "CreditNote"))
          for (const e of v.ledgerEntries)
            if (e.role === "tax") returnsTax.set(nameKey(e.ledger), (returnsTax.get(nameKey(e.ledger)) ?? 0) + e.amount);
        for (const head of ["CGST", "SGST", "IGST"]) {
          const key = nameKey(`Output ${head}`);
          const row = tb.find((r) => nameKey(r.name) === key);
          const inTally = row ? row.credit - row.debit : 0;
          expect(inTally).toBe((expected.get(key) ?? 0) + (returnsTax.get(key) ?? 0));
        }
        expect([...expected.values()].some((v) => v > 0)).toBe(true);
      }));
  });

  describe("sending again", () => {
    it("creates nothing new when pushed twice, and alters the one voucher whose row was edited", () =>
      withEmulator(async (emu) => {
        const input = everyKindWorkbook(13);
        const tally = directTallyTransport({ url: emu.url });
        const ports = portsFor(tally);
        const first = prepareHandoff(input);
        await runPush(first.vouchers, ports, { ...onProfile, company: COMPANY, createMissingMasters: true });
        const count = emu.state.vouchers().length;
        expect(count).toBe(first.vouchers.length);

        const again = await runPush(prepareHandoff(input).vouchers, ports, { ...onProfile, company: COMPANY, createMissingMasters: true });
        expect(again.upToDate).toBe(first.vouchers.length);
        expect(again.posted).toBe(0);
        expect(emu.state.vouchers().length).toBe(count);

        const sales = input.tables.Sales!;
        const headers = sales.headers as string[];
        const edited = sales.rows.map((r) => [...r]);
        edited[0][headers.indexOf("Taxable Value")] = 4321.5;
        edited[0][headers.indexOf("Item")] = "";
        edited[0][headers.indexOf("Qty")] = "";
        edited[0][headers.indexOf("Unit")] = "";
        edited[0][headers.indexOf("Rate")] = "";
        edited[0][headers.indexOf("HSN/SAC")] = "998314";
        const changed = prepareHandoff({ tables: { ...input.tables, Sales: { ...sales, rows: edited } } });
        const third = await runPush(changed.vouchers, ports, { ...onProfile, company: COMPANY, createMissingMasters: true });
        expect(third.posted).toBe(1);
        expect(third.upToDate).toBe(changed.vouchers.length - 1);
        expect(third.results.filter((r) => r.action !== "None").map((r) => r.action)).toEqual(["Alter"]);
        expect(emu.state.vouchers().length).toBe(count);
        expect(emu.state.duplicates()).toEqual([]);
      }));

    it("does not duplicate when a second person pushes the same workbook without its PostingLog", () =>
      withEmulator(async (emu) => {
        const handoff = prepareHandoff(everyKindWorkbook(14));
        const tally = directTallyTransport({ url: emu.url });
        await runPush(handoff.vouchers, portsFor(tally), { ...onProfile, company: COMPANY, createMissingMasters: true });
        const count = emu.state.vouchers().length;
        const second = await runPush(handoff.vouchers, portsFor(tally), { ...onProfile, company: COMPANY, createMissingMasters: true });
        expect(second.upToDate).toBe(handoff.vouchers.length);
        expect(second.posted).toBe(0);
        expect(second.results.every((r) => r.action === "None" && r.outcome === "Posted")).toBe(true);
        expect(emu.state.vouchers().length).toBe(count);
      }));
  });

  describe("pre-flight", () => {
    it("names every missing master before sending anything when Create Missing Masters is off", () =>
      withEmulator(async (emu) => {
        const handoff = prepareHandoff(everyKindWorkbook(15));
        const report = await runPush(handoff.vouchers, portsFor(directTallyTransport({ url: emu.url })), {
          ...onProfile,
          company: COMPANY,
        });
        // Only the journals, whose ledgers the owner created by hand, can go.
        const journals = handoff.vouchers.filter((v) => v.source.table === "Journals").length;
        expect(report.posted).toBe(journals);
        expect(report.failed).toBe(handoff.vouchers.length - journals);
        expect(emu.state.vouchers()).toHaveLength(journals);
        const names = report.missingMasters.map((m) => `${m.kind}:${m.name}`);
        expect(names).toEqual(expect.arrayContaining(["Ledger:Sales Accounts", "Ledger:Output CGST", "Ledger:Sharma & Sons"]));
        const sale = report.results.find((r) => r.voucher.kind === "Sales")!;
        expect(sale.outcome).toBe("Failed");
        expect(sale.message).toMatch(/^Ledger .* do not exist in Tally: add them to LedgerMap or turn on Create Missing Masters\.$/);
      }));

    it("stops with a clear error when the company is not open in Tally", async () => {
      const emu = await startEmulator({ port: 0, company: "Another Company", profile });
      try {
        const handoff = prepareHandoff(everyKindWorkbook(16));
        const report = await runPush(handoff.vouchers, portsFor(directTallyTransport({ url: emu.url })), {
          ...onProfile,
          company: COMPANY,
        });
        expect(report.stoppedBy?.code).toBe("tally-no-company");
        expect(report.stoppedBy?.message).toContain("Demo Trading Co");
        expect(report.posted).toBe(0);
      } finally {
        await emu.close();
      }
    });
  });
});
