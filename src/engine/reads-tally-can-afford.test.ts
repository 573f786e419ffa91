/**
 * Issue #15: every read-back covers its own vouchers' dates only, none walks more than Tally can
 * afford, and a re-push of unchanged books reads nothing, on more than one emulator profile, in a
 * company that already holds a year of vouchers. Judged from the requests sent and from the
 * emulator's own accounting of each request (src/emulator/cost-model.ts).
 */
import { prepareHandoff } from "../core/handoff";
import { toDayNumber } from "../core/dates";
import { LOOKED_UP_PER_READ, VOUCHERS_PER_READ } from "../core/push/tally-cost";
import { directTallyTransport } from "../adapters/tally-http";
import type { ProfileName } from "../emulator/profiles";
import type { RunningEmulator } from "../emulator/server";
import { generateWorkbook } from "../../test/support/generate-workbook";
import { portsFor } from "../../test/support/push-harness";
import { COMPANY, withPushEmulator } from "../../test/support/push-profiles";
import type { TallyPort } from "./ports";
import { runPush } from "./push";

// A year of seeded books and three pushes: slow on a busy 2-core machine, never timed.
jest.setTimeout(120_000);
const day = (yyyymmdd: string) => toDayNumber({ y: +yyyymmdd.slice(0, 4), m: +yyyymmdd.slice(4, 6), d: +yyyymmdd.slice(6, 8) });

interface Sent {
  kind: "write" | "voucher read" | "other";
  days: number[];
}

/** Every request, with the voucher dates a write carries or the window a voucher read asks for. */
function recording(tally: TallyPort, sent: Sent[]): TallyPort {
  return {
    post: (xml, opts) => {
      if (/<TALLYREQUEST>Import/.test(xml))
        sent.push({ kind: "write", days: [...xml.matchAll(/<DATE>(\d{8})<\/DATE>/g)].map((m) => day(m[1])) });
      else if (/<ID>TallyHandoffVouchers<\/ID>/.test(xml)) {
        const from = /<SVFROMDATE[^>]*>(\d{8})</.exec(xml)?.[1];
        const to = /<SVTODATE[^>]*>(\d{8})</.exec(xml)?.[1];
        sent.push({ kind: "voucher read", days: from && to ? [day(from), day(to)] : [] });
      } else sent.push({ kind: "other", days: [] });
      return tally.post(xml, opts);
    },
  };
}

const workbook = () =>
  prepareHandoff(
    generateWorkbook({
      seed: 21,
      salesInvoices: 200,
      linesPerInvoice: 2,
      purchases: 30,
      receipts: 30,
      payments: 20,
      expenses: 20,
      stockMoves: 5,
      journals: 5,
    }),
  );

/** A company already holding a year of its own work: 10 vouchers a day. */
const withCompany = (profile: ProfileName, run: (emu: RunningEmulator) => Promise<void>) =>
  withPushEmulator({ profile, seedVouchers: 3650 }, run);

describe.each<ProfileName>(["factory", "configured", "legacy"])("reads Tally can afford, on the %s profile", (profile) => {
  const options = { company: COMPANY, createMissingMasters: true, prepareTally: true };

  it("reads back only the dates of each batch, never a whole year, and walks at most what Tally can afford", () =>
    withCompany(profile, async (emu) => {
      const handoff = workbook();
      const ourDays = new Set(handoff.vouchers.map((v) => toDayNumber(v.date)));
      const sent: Sent[] = [];
      const report = await runPush(handoff.vouchers, portsFor(recording(directTallyTransport({ url: emu.url }), sent)), options);
      expect(report.posted).toBe(handoff.vouchers.length);
      const reads = sent.filter((s) => s.kind === "voucher read");
      expect(reads.length).toBeGreaterThan(0);
      for (const [i, s] of sent.entries()) {
        if (s.kind !== "voucher read") continue;
        const [from, to] = s.days;
        // Every read has a window, and it starts and ends on days our vouchers are dated.
        expect(ourDays.has(from) && ourDays.has(to)).toBe(true);
        const previous = sent[i - 1];
        if (previous?.kind === "write") {
          // A read-back after a write stays inside that write's dates.
          expect(from).toBeGreaterThanOrEqual(Math.min(...previous.days));
          expect(to).toBeLessThanOrEqual(Math.max(...previous.days));
        } else {
          const ours = handoff.vouchers.filter((v) => toDayNumber(v.date) >= from && toDayNumber(v.date) <= to).length;
          expect(ours).toBeLessThanOrEqual(LOOKED_UP_PER_READ);
        }
      }
      const walks = emu.time.log.filter((w) => w.kind === "voucher read").map((w) => w.walked ?? 0);
      expect(Math.max(...walks)).toBeLessThanOrEqual(VOUCHERS_PER_READ);
      // Together the reads walk about the year twice (before and after writing), not once per batch.
      expect(walks.reduce((a, b) => a + b, 0)).toBeLessThan(3 * emu.state.vouchers().length);
    }));

  it("re-pushes unchanged books with no voucher read, and reads again once Tally has changed", () =>
    withCompany(profile, async (emu) => {
      const handoff = workbook();
      const ports = portsFor(directTallyTransport({ url: emu.url }));
      const first = await runPush(handoff.vouchers, ports, options);
      expect(first.company?.voucherMark).toBe(emu.state.highWaterMarks().altVchId);
      const held = emu.state.vouchers().length;
      const sent: Sent[] = [];
      const again = await runPush(
        handoff.vouchers,
        { ...ports, tally: recording(ports.tally, sent) },
        { ...options, sentTo: first.company },
      );
      expect(again.upToDate).toBe(handoff.vouchers.length);
      expect(sent.filter((s) => s.kind !== "other")).toEqual([]);
      expect(emu.state.vouchers().length).toBe(held);
      // Someone edits one of our vouchers in Tally: the mark moves, so the push reads back again.
      const ours = emu.state.vouchers().find((v) => v.narration.includes("[TH:"))!;
      emu.state.editVoucher(ours.masterId, { narration: "changed by hand" });
      const afterEdit: Sent[] = [];
      const third = await runPush(
        handoff.vouchers,
        { ...ports, tally: recording(ports.tally, afterEdit) },
        { ...options, sentTo: again.company },
      );
      expect(afterEdit.some((s) => s.kind === "voucher read")).toBe(true);
      expect(third.results.filter((r) => r.message.startsWith("Already in Tally, unchanged: no voucher"))).toHaveLength(0);
      expect(emu.state.duplicates()).toEqual([]);
    }));
});
