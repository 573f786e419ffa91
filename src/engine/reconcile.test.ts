import { nameKey } from "../core/mapping";
import { readTrialBalance } from "../core/tally/read";
import { trialBalanceRequest } from "../core/tally/requests";
import { directTallyTransport } from "../adapters/tally-http";
import { booksTrialBalance, portsFor } from "../../test/support/push-harness";
import { COMPANY, PUSH_PROFILES, withPushEmulator } from "../../test/support/push-profiles";
import { editSales, push, reconcileNow, smallWorkbook, vouchersOf } from "../../test/support/reconcile-kit";
import { applyFix, orphanTargets } from "./reconcile-fixes";

const TWO_PROFILES = PUSH_PROFILES.slice(0, 2);

describe.each(TWO_PROFILES)("reconcile on the emulator's $profile profile", ({ profile, options }) => {
  it("finds everything in step after a clean push", () =>
    withPushEmulator({ profile }, async (emu) => {
      const ports = portsFor(directTallyTransport({ url: emu.url }));
      const vouchers = vouchersOf(smallWorkbook());
      await push(vouchers, ports, options);
      const run = await reconcileNow(vouchers, ports);
      expect(run.unread).toEqual([]);
      expect(run.reconciliation.counts["in-step"]).toBe(vouchers.length);
      expect(run.reconciliation.inStep).toBe(true);
      expect(run.reconciliation.ledgers.every((l) => l.workbook === l.tally)).toBe(true);
    }));

  it("shows a renumbered, a re-dated, a deleted and a hand-edited invoice each in its state, then in step after the fixes", () =>
    withPushEmulator({ profile }, async (emu) => {
      const ports = portsFor(directTallyTransport({ url: emu.url }));
      const input = smallWorkbook();
      const first = vouchersOf(input);
      await push(first, ports, options);
      const edited = editSales(input, (rows, col) => {
        const no = col("Invoice No");
        const date = col("Date");
        const out = rows.filter((r) => r[no] !== "INV-3");
        for (const r of out) if (r[no] === "INV-1") r[no] = "INV-1A";
        for (const r of out) if (r[no] === "INV-2") r[date] = (r[date] as number) + 1;
        return out;
      });
      const second = vouchersOf(edited);
      const inv4 = emu.state.vouchers().find((v) => v.number === "INV-4")!;
      emu.state.editVoucher(inv4.masterId, { number: "INV-4X" });

      const run = await reconcileNow(second, ports);
      const states = run.reconciliation.states;
      const numberOf = (s: (typeof states)[number]) => ("voucher" in s ? s.voucher.number : s.tally.voucherNumber);
      const byState = (name: string) =>
        states
          .filter((s) => s.state === name)
          .map(numberOf)
          .sort();
      expect(byState("orphan")).toEqual(["INV-1", "INV-3"]);
      expect(byState("not-in-tally")).toEqual(["INV-1A"]);
      expect(byState("differs")).toEqual(["INV-2", "INV-4"]);
      const differs = states.filter((s) => s.state === "differs").map((s) => (s.state === "differs" ? s.differences : []));
      const inv2 = first.find((v) => v.number === "INV-2")!;
      expect(differs[0]).toEqual([{ kind: "date", tally: inv2.date, workbook: second.find((v) => v.number === "INV-2")!.date }]);
      expect(differs[1]).toEqual([{ kind: "number", tally: "INV-4X", workbook: "INV-4" }]);
      expect(run.reconciliation.inStep).toBe(false);
      expect(run.reconciliation.ledgers[0].workbook).not.toBe(run.reconciliation.ledgers[0].tally);

      const fixed = await applyFix(orphanTargets(run.reconciliation, "delete-orphans"), "delete-orphans", ports, COMPANY);
      expect(fixed.map((f) => [f.target.tally.voucherNumber, f.done])).toEqual([
        ["INV-1", true],
        ["INV-3", true],
      ]);
      expect(ports.log.entries.filter((e) => e.action === "Delete").map((e) => [e.voucher, e.result])).toEqual([
        ["INV-1", "Sending"],
        ["INV-1", "Posted"],
        ["INV-3", "Sending"],
        ["INV-3", "Posted"],
      ]);
      // INV-4 was renumbered in Tally: a push leaves it so until the user says to replace it.
      const kept = await push(second, ports, options);
      expect(kept.results.filter((r) => r.outcome === "Failed").map((r) => r.voucher.number)).toEqual(["INV-4"]);
      expect((await reconcileNow(second, ports)).reconciliation.states.filter((s) => s.state === "differs").map(numberOf)).toEqual([
        "INV-4",
      ]);
      await push(second, ports, { ...options, replaceTallyChanges: true });
      const after = await reconcileNow(second, ports);
      expect(after.reconciliation.counts["in-step"]).toBe(second.length);
      expect(after.reconciliation.inStep).toBe(true);
      const tb = readTrialBalance(await ports.tally.post(trialBalanceRequest(COMPANY, { y: 2026, m: 4, d: 1 }, { y: 2027, m: 3, d: 31 })));
      const tallyTb = new Map(tb.filter((r) => r.debit !== r.credit).map((r) => [nameKey(r.name), r.credit - r.debit]));
      expect(tallyTb).toEqual(booksTrialBalance(second));
      expect(emu.state.duplicates()).toEqual([]);
    }));
});
