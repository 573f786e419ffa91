/**
 * The company a push writes to (PROTOCOL.md 11.4): a request naming a company that is not loaded can
 * post into the loaded one, a year-end split keeps its parent's GUID, and a restored backup is older
 * than what the PostingLog remembers. The push refuses the first two until the user confirms, and
 * believes only what it reads back in the third.
 */
import { prepareHandoff } from "../core/handoff";
import { directTallyTransport } from "../adapters/tally-http";
import { startEmulator } from "../emulator/server";
import type { ProfileName } from "../emulator/profiles";
import { generateWorkbook } from "../../test/support/generate-workbook";
import { portsFor } from "../../test/support/push-harness";
import { runPush } from "./push";

const COMPANY = "Demo Trading Co";
const workbook = () =>
  prepareHandoff(generateWorkbook({ seed: 31, salesInvoices: 4, linesPerInvoice: 2, receipts: 2, payments: 1, expenses: 1 }));

const emulatorFor = (profile: ProfileName, company = COMPANY) => startEmulator({ port: 0, company, booksFrom: "2026-04-01", profile });

describe.each(["factory", "legacy"] as const)("the company a push writes to, on the %s profile", (profile) => {
  const options = { company: COMPANY, createMissingMasters: true, prepareTally: true };

  it("refuses a company that is not loaded, names the loaded one, and writes nothing into it", async () => {
    const emu = await emulatorFor(profile, "Sharma Hardware & Sons");
    try {
      const report = await runPush(workbook().vouchers, portsFor(directTallyTransport({ url: emu.url })), options);
      expect(report.stoppedBy?.code).toBe("tally-no-company");
      expect(report.stoppedBy?.message).toBe(
        "Company 'Demo Trading Co' is not open in Tally (open: Sharma Hardware & Sons); nothing was sent.",
      );
      expect(emu.state.vouchers()).toHaveLength(0);
    } finally {
      await emu.close();
    }
  });

  it("records the company's identity, and stops before writing to another company of the same name until the user confirms", async () => {
    const first = await emulatorFor(profile);
    const other = await emulatorFor(profile);
    try {
      const sent = await runPush(workbook().vouchers, portsFor(directTallyTransport({ url: first.url })), options);
      expect(sent.company).toEqual({
        name: COMPANY,
        guid: first.state.guid,
        booksFrom: first.state.booksFrom,
        voucherMark: first.state.highWaterMarks().altVchId,
      });
      const sentTo = { guid: sent.company!.guid, booksFrom: sent.company!.booksFrom };
      expect(other.state.guid).not.toBe(first.state.guid);

      const stopped = await runPush(workbook().vouchers, portsFor(directTallyTransport({ url: other.url })), { ...options, sentTo });
      expect(stopped.stoppedBy?.code).toBe("tally-other-company");
      expect(other.state.vouchers()).toHaveLength(0);

      const confirmed = await runPush(workbook().vouchers, portsFor(directTallyTransport({ url: other.url })), {
        ...options,
        sentTo,
        acceptOtherCompany: true,
      });
      expect(confirmed.stoppedBy).toBeUndefined();
      expect(other.state.vouchers()).toHaveLength(workbook().vouchers.length);
    } finally {
      await first.close();
      await other.close();
    }
  });

  it("stops at a year-end split: the same GUID with other books-from", async () => {
    const emu = await emulatorFor(profile);
    try {
      const sentTo = { guid: emu.state.guid, booksFrom: { y: 2025, m: 4, d: 1 } };
      const report = await runPush(workbook().vouchers, portsFor(directTallyTransport({ url: emu.url })), { ...options, sentTo });
      expect(report.stoppedBy?.code).toBe("tally-other-company");
      expect(emu.state.vouchers()).toHaveLength(0);
    } finally {
      await emu.close();
    }
  });

  it("after an older backup is restored, reads Tally back instead of trusting the PostingLog, and sends what the backup lacks", async () => {
    const emu = await emulatorFor(profile);
    try {
      const ports = portsFor(directTallyTransport({ url: emu.url }));
      const backup = emu.state.backup();
      const vouchers = workbook().vouchers;
      await runPush(vouchers, ports, options);
      expect(emu.state.vouchers()).toHaveLength(vouchers.length);
      emu.state.restore(backup);
      expect(emu.state.vouchers()).toHaveLength(0);
      const again = await runPush(vouchers, ports, options);
      expect({ posted: again.posted, upToDate: again.upToDate, failed: again.failed }).toEqual({
        posted: vouchers.length,
        upToDate: 0,
        failed: 0,
      });
      expect(emu.state.vouchers()).toHaveLength(vouchers.length);
    } finally {
      await emu.close();
    }
  });
});
