/**
 * A push never undoes work done in Tally on its own: a voucher whose row is as it was sent, but which
 * Tally now holds otherwise (renumbered or cancelled by hand), is not sent again, and neither is one
 * Tally holds that this workbook's PostingLog never sent; the user's confirmation (replaceTallyChanges)
 * puts the workbook's version back. On every push profile.
 */
import { prepareHandoff } from "../core/handoff";
import { directTallyTransport } from "../adapters/tally-http";
import type { RunningEmulator } from "../emulator/server";
import type { Voucher } from "../core/vouchers/model";
import { COMPANY, everyKindWorkbook, PUSH_PROFILES, withPushEmulator } from "../../test/support/push-profiles";
import { portsFor } from "../../test/support/push-harness";
import { runPush } from "./push";

jest.setTimeout(60_000);

const inTally = (emu: RunningEmulator, v: Voucher) =>
  emu.state.vouchers().filter((t) => t.remoteId.toLowerCase() === v.remoteId.toLowerCase());

describe.each(PUSH_PROFILES)("on the emulator's $profile profile", ({ profile, options: onProfile }) => {
  const options = { ...onProfile, company: COMPANY, createMissingMasters: true };

  it("keeps a number changed and a voucher cancelled in Tally until the user says to put the workbook's back", () =>
    withPushEmulator({ profile }, async (emu) => {
      const handoff = prepareHandoff(everyKindWorkbook(31));
      const ports = portsFor(directTallyTransport({ url: emu.url }));
      const first = await runPush(handoff.vouchers, ports, options);
      expect(first.failed).toBe(0);
      const [renumbered, cancelled] = handoff.vouchers.filter((v) => v.kind === "Sales");
      emu.state.editVoucher(inTally(emu, renumbered)[0].masterId, { number: "BY-HAND-1" });
      emu.state.editVoucher(inTally(emu, cancelled)[0].masterId, { cancelled: true });
      const count = emu.state.vouchers().length;

      const again = await runPush(handoff.vouchers, ports, { ...options, sentTo: first.company });
      const noteOf = (v: Voucher) => again.results.find((r) => r.voucher.remoteId === v.remoteId)!;
      expect(noteOf(renumbered)).toMatchObject({ outcome: "Failed", action: "None", held: "changed-in-tally" });
      expect(noteOf(renumbered).message).toContain("changed in Tally after this workbook sent it");
      expect(noteOf(renumbered).message).toContain(`Tally has it numbered BY-HAND-1, the workbook ${renumbered.number}`);
      expect(noteOf(cancelled).message).toContain("it is cancelled in Tally");
      const held = again.results.filter((r) => r.held === "changed-in-tally").map((r) => r.voucher.remoteId);
      expect(held.sort()).toEqual([renumbered.remoteId, cancelled.remoteId].sort());
      expect(again.failed).toBe(2);
      expect(again.results.filter((r) => r.action !== "None")).toEqual([]);
      expect(inTally(emu, renumbered).map((t) => t.number)).toEqual(["BY-HAND-1"]);
      expect(inTally(emu, cancelled).map((t) => t.cancelled)).toEqual([true]);
      expect(emu.state.vouchers()).toHaveLength(count);

      const replaced = await runPush(handoff.vouchers, ports, { ...options, sentTo: again.company, replaceTallyChanges: true });
      expect(replaced.failed).toBe(0);
      expect(
        replaced.results
          .filter((r) => r.action !== "None")
          .map((r) => r.voucher.remoteId)
          .sort(),
      ).toEqual([renumbered.remoteId, cancelled.remoteId].sort());
      expect(inTally(emu, renumbered).map((t) => t.number)).toEqual([renumbered.number]);
      expect(inTally(emu, cancelled).map((t) => t.cancelled)).toEqual([false]);
      expect(emu.state.vouchers()).toHaveLength(count);
      expect(emu.state.duplicates()).toEqual([]);
    }));

  it("a workbook whose PostingLog lost a send leaves Tally's differing copy alone, and settles the same ones without writing", () =>
    withPushEmulator({ profile }, async (emu) => {
      const input = everyKindWorkbook(32);
      const handoff = prepareHandoff(input);
      const tally = directTallyTransport({ url: emu.url });
      await runPush(handoff.vouchers, portsFor(tally), options);
      const count = emu.state.vouchers().length;
      // The saved workbook is older than that send: its PostingLog is empty and one receipt's amount differs.
      const receipts = input.tables.Receipts!;
      const headers = receipts.headers as string[];
      const rows = receipts.rows.map((r) => [...r]);
      const amount = headers.indexOf("Amount");
      rows[0][amount] = Number(rows[0][amount]) + 1;
      const older = prepareHandoff({ tables: { ...input.tables, Receipts: { ...receipts, rows } } });
      const changed = older.vouchers.find((v) => v.source.table === "Receipts" && v.source.indexes.includes(0))!;

      const pushed = await runPush(older.vouchers, portsFor(tally), options);
      const note = pushed.results.find((r) => r.voucher.remoteId === changed.remoteId)!;
      expect(note).toMatchObject({ outcome: "Failed", action: "None", held: "changed-in-tally" });
      expect(note.message).toContain("this workbook's PostingLog does not show sending it");
      expect(
        pushed.results.filter((r) => r.voucher.remoteId !== changed.remoteId).every((r) => r.outcome === "Posted" && r.action === "None"),
      ).toBe(true);
      expect(emu.state.vouchers()).toHaveLength(count);
      expect(emu.state.duplicates()).toEqual([]);
    }));
});
