/**
 * Issue #3: every voucher kind written by our writer is read back by our reader as the same
 * voucher, and booked by the emulator (which parses with its own code) as the same voucher, to
 * the paisa, then exported by the emulator and read back equal again.
 */
import { directTallyTransport } from "../../src/adapters/tally-http";
import { checkMasters } from "../../src/core/push/masters-needed";
import { differenceFromTally } from "../../src/core/push/verify";
import { readImportResponse, readVouchers, importSucceeded } from "../../src/core/tally/read";
import { buildManualNumberingImport, buildMasterImport, buildVoucherImport } from "../../src/core/tally/write";
import { vouchersRequest } from "../../src/core/tally/requests";
import { identityMarker, markerIn } from "../../src/core/tally/identity-marker";
import { startEmulator, type RunningEmulator } from "../../src/emulator/server";
import { COMPANY, SAMPLE_VOUCHERS } from "../fixtures/vouchers";

const VOUCHERS = Object.entries(SAMPLE_VOUCHERS);

// Manual numbering keeps our numbers (factory is prepared first); configured and factory export Tally's GUID as REMOTEID, legacy echoes ours.
describe.each(["factory", "configured", "legacy"] as const)(
  "writer, reader and emulator agree on every voucher kind (%s profile)",
  (profile) => {
    let emu: RunningEmulator;
    beforeAll(async () => {
      emu = await startEmulator({ port: 0, company: COMPANY, profile });
      const tally = directTallyTransport({ url: emu.url });
      const { create } = checkMasters(
        VOUCHERS.map(([, v]) => v),
        { ledgers: ["Cash"], stockItems: [], units: [], godowns: ["Main Location"], voucherTypes: [] },
      );
      // Journal ledgers are the owner's to create; here every ledger the fixtures name is made.
      const named = new Set(create.ledgers.map((l) => l.name));
      const extra = VOUCHERS.flatMap(([, v]) => v.ledgerEntries.map((e) => e.ledger)).filter((n) => !named.has(n) && n !== "Cash");
      const ledgers = [...create.ledgers, ...[...new Set(extra)].map((name) => ({ name, parent: "Indirect Expenses" }))];
      const reply = readImportResponse(
        await tally.post(buildMasterImport({ ...create, ledgers }, { company: COMPANY, applicableFrom: { y: 2026, m: 4, d: 1 } })),
      );
      expect(reply.counters.errors + reply.counters.exceptions).toBe(0);
      if (profile === "factory") {
        const types = [...new Set(VOUCHERS.map(([, v]) => v.voucherType))];
        expect(readImportResponse(await tally.post(buildManualNumberingImport(types, { company: COMPANY }))).counters.errors).toBe(0);
      }
    });
    afterAll(() => emu.close());

    it.each(VOUCHERS)("%s: our reader reads our XML back as the same voucher", (_name, voucher) => {
      const [parsed] = readVouchers(buildVoucherImport([voucher], { company: COMPANY }));
      expect(differenceFromTally(voucher, parsed)).toBeUndefined();
      expect(parsed.remoteId).toBe(voucher.remoteId);
    });

    it.each(VOUCHERS)("%s: the emulator books it as the same voucher, to the paisa", async (_name, voucher) => {
      const tally = directTallyTransport({ url: emu.url });
      for (const envelope of ["legacy", "new"] as const) {
        const reply = readImportResponse(await tally.post(buildVoucherImport([voucher], { company: COMPANY, envelope })));
        expect(reply.lineErrors).toEqual([]);
        expect(importSucceeded(reply, "created-or-altered")).toBe(true);
      }
      const all = readVouchers(await tally.post(vouchersRequest({ company: COMPANY, from: voucher.date, to: voucher.date })));
      const exported = all.filter((v) => markerIn(v.narration) === identityMarker(voucher.remoteId));
      expect(exported).toHaveLength(1);
      expect(differenceFromTally(voucher, exported[0])).toBeUndefined();
    });
  },
);
