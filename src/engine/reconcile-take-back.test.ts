import { compareDates, tallyDate } from "../core/dates";
import { handoffError } from "../core/handoff-error";
import { runReconcile } from "./reconcile";
import { directTallyTransport } from "../adapters/tally-http";
import { pushesInLog } from "../core/reconcile/pushes";
import { portsFor } from "../../test/support/push-harness";
import { COMPANY, PUSH_PROFILES, withPushEmulator } from "../../test/support/push-profiles";
import { push, reconcileNow, smallWorkbook, vouchersOf } from "../../test/support/reconcile-kit";
import type { TallyPort } from "./ports";
import { applyFix, orphanTargets, takeBackTargets } from "./reconcile-fixes";

const TWO_PROFILES = PUSH_PROFILES.slice(0, 2);

describe.each(TWO_PROFILES)("on the emulator's $profile profile", ({ profile, options }) => {
  it("takes back the second push: deletes only what it created, and the next push asks before re-creating them", () =>
    withPushEmulator({ profile }, async (emu) => {
      const ports = portsFor(directTallyTransport({ url: emu.url }));
      const all = vouchersOf(smallWorkbook(31, 8));
      const firstFour = all.filter((v) => ["INV-1", "INV-2", "INV-3", "INV-4"].includes(v.number));
      await push(firstFour, ports, options);
      await push(all, ports, options);
      const pushes = pushesInLog(ports.log.entries);
      expect(pushes.map((p) => [p.number, p.created.length])).toEqual([
        [1, firstFour.length],
        [2, all.length - firstFour.length],
      ]);
      const run = await reconcileNow(all, ports);
      const targets = takeBackTargets(run.reconciliation, ports.log.entries, 2)!;
      const expected = all.filter((v) => !firstFour.includes(v)).map((v) => v.number);
      expect(targets.map((t) => t.tally.voucherNumber).sort()).toEqual([...expected].sort());
      const outcomes = await applyFix(targets, "take-back", ports, COMPANY);
      expect(outcomes.every((o) => o.done)).toBe(true);
      expect(
        emu.state
          .vouchers()
          .map((v) => v.number)
          .sort(),
      ).toEqual(firstFour.map((v) => v.number).sort());
      expect(pushesInLog(ports.log.entries)[1].takenBack).toBe(true);

      const held = await push(all, ports, options);
      expect(held.failed).toBe(expected.length);
      expect(held.results.filter((r) => r.outcome === "Failed").every((r) => /taken back/.test(r.message))).toBe(true);
      expect(emu.state.vouchers().length).toBe(firstFour.length);

      const confirmed = await push(all, ports, { ...options, recreateTakenBack: true });
      expect(confirmed.posted).toBe(expected.length);
      expect(emu.state.vouchers().length).toBe(all.length);
      expect((await reconcileNow(all, ports)).reconciliation.inStep).toBe(true);
    }));

  it("cancels orphans on confirmation: they stay in Tally, cancelled, and book nothing", () =>
    withPushEmulator({ profile }, async (emu) => {
      const ports = portsFor(directTallyTransport({ url: emu.url }));
      const all = vouchersOf(smallWorkbook(51, 6));
      await push(all, ports, options);
      const kept = all.filter((v) => v.number !== "INV-2");
      const run = await reconcileNow(kept, ports);
      const targets = orphanTargets(run.reconciliation, "cancel-orphans");
      expect(targets.map((t) => t.tally.voucherNumber)).toEqual(["INV-2"]);
      expect((await applyFix(targets, "cancel-orphans", ports, COMPANY)).map((o) => o.done)).toEqual([true]);
      expect(
        emu.state
          .vouchers()
          .filter((v) => v.cancelled)
          .map((v) => v.number),
      ).toEqual(["INV-2"]);
      expect(ports.log.entries.filter((e) => e.action === "Cancel").map((e) => e.result)).toEqual(["Sending", "Posted"]);
      const after = (await reconcileNow(kept, ports)).reconciliation;
      expect(after.inStep).toBe(true);
      expect(orphanTargets(after, "cancel-orphans")).toEqual([]);
    }));

  it("reports a window whose answer was cut short as not checked, never as missing or orphaned", () =>
    withPushEmulator({ profile }, async (emu) => {
      const direct = directTallyTransport({ url: emu.url });
      const ports = portsFor(direct);
      const vouchers = vouchersOf(smallWorkbook(41, 10));
      await push(vouchers, ports, options);
      // The read of the window holding the first voucher stops at its reply limit, as the transport does (bounded-reply.ts).
      const first = tallyDate(vouchers[0].date);
      const holdsFirst = (xml: string) => {
        const [from, to] = [/<SVFROMDATE[^>]*>(\d+)</.exec(xml)?.[1], /<SVTODATE[^>]*>(\d+)</.exec(xml)?.[1]];
        return from !== undefined && to !== undefined && from <= first && first <= to;
      };
      const cut: TallyPort = {
        post: async (xml, opts) => {
          if (xml.includes("TallyHandoffVouchers") && holdsFirst(xml)) throw handoffError("tally.reply-too-large", { megabytes: 16 });
          return direct.post(xml, opts);
        },
      };
      const run = await runReconcile(vouchers, { tally: cut, log: ports.log }, { company: COMPANY, vouchersPerRead: 3 });
      expect(run.unread.length).toBe(1);
      const unread = run.unread[0];
      const insideUnread = vouchers.filter((v) => compareDates(v.date, unread.from) >= 0 && compareDates(v.date, unread.to) <= 0);
      expect(insideUnread.length).toBeGreaterThan(0);
      expect(run.reconciliation.counts["not-checked"]).toBe(insideUnread.length);
      expect(run.reconciliation.counts["not-in-tally"] + run.reconciliation.counts.orphan).toBe(0);
      expect(run.reconciliation.inStep).toBe(false);
    }));
});
