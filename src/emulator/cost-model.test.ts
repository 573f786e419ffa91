import { startEmulator } from "./server";
import { MEASURED_RATES, modelledSeconds } from "./cost-model";
import { parseEmulatorArgs } from "./cli-options";
import { postXml } from "../../test/support/emulator-client";
import { accountingVoucher, collectionRequest, legacyImport } from "../../test/support/tally-requests";

const period = (from: string, to: string) => `<SVFROMDATE TYPE="Date">${from}</SVFROMDATE><SVTODATE TYPE="Date">${to}</SVTODATE>`;

describe("the cost model's arithmetic reproduces PROTOCOL.md 11.5's measurements", () => {
  it("writes: 0.53 s for 1 voucher, 2.08 s for 100", () => {
    expect(modelledSeconds({ kind: "write", written: 1 }, MEASURED_RATES)).toBeCloseTo(0.53, 2);
    expect(modelledSeconds({ kind: "write", written: 100 }, MEASURED_RATES)).toBeCloseTo(2.08, 2);
  });

  it("reads: 7.3 s for a month window of 4,891 vouchers; about 22 s for a filtered read of 101,287 that matched nothing", () => {
    expect(modelledSeconds({ kind: "voucher read", walked: 4891, returned: 4891 }, MEASURED_RATES)).toBeCloseTo(7.3, 2);
    expect(modelledSeconds({ kind: "voucher read", walked: 101_287, returned: 0 }, MEASURED_RATES)).toBeCloseTo(22.15, 2);
  });
});

describe("the emulator accounts what each request walks, returns and writes", () => {
  it("walks a date window's vouchers whatever the filter keeps, and counts what it returns", async () => {
    // 730 seeded vouchers over a 365-day year: exactly 2 per day.
    const emu = await startEmulator({ port: 0, seedVouchers: 730 });
    try {
      const tenDays = collectionRequest("Voucher", { variables: period("20260401", "20260410") });
      await postXml(emu.url, tenDays);
      const narrowed = collectionRequest("Voucher", { variables: period("20260401", "20260410"), formulas: ["$AlterID &gt; 100000"] });
      await postXml(emu.url, narrowed);
      const voucher = accountingVoucher({
        type: "Journal",
        date: "20260405",
        lines: [
          ["Cash", "-10.00"],
          ["Seeded Office Expenses", "10.00"],
        ],
      });
      await postXml(emu.url, legacyImport(voucher + voucher));
      const [whole, filtered, write] = emu.time.log;
      expect(whole).toMatchObject({ kind: "voucher read", walked: 20, returned: 20 });
      expect(filtered).toMatchObject({ kind: "voucher read", walked: 20, returned: 0 });
      expect(write).toMatchObject({ kind: "write", written: 2 });
      expect(emu.time.snapshot().byKind.write.seconds).toBeCloseTo(
        MEASURED_RATES.writeRequestSeconds + 2 * MEASURED_RATES.writeVoucherSeconds,
        6,
      );
      // Without --control the path is no control endpoint: Tally's liveness text answers it.
      expect(await (await fetch(`${emu.url}/__emulator/cost`)).text()).not.toContain("byKind");
    } finally {
      await emu.close();
    }
  });

  it("serves the totals on the control endpoint and zeroes them on request", async () => {
    const emu = await startEmulator({ port: 0, control: true, seedVouchers: 10 });
    try {
      await postXml(emu.url, collectionRequest("Voucher", { variables: period("20260401", "20270331") }));
      const totals = (await (await fetch(`${emu.url}/__emulator/cost`)).json()) as {
        byKind: Record<string, { walked: number; requests: number }>;
      };
      expect(totals.byKind["voucher read"]).toMatchObject({ walked: 10, requests: 1 });
      const reset = (await (await fetch(`${emu.url}/__emulator/cost/reset`, { method: "POST" })).json()) as { requests: number };
      expect(reset.requests).toBe(0);
    } finally {
      await emu.close();
    }
  });
});

describe("cost options", () => {
  it("reads --seed-vouchers, --pace and each rate, and refuses nonsense", () => {
    const o = parseEmulatorArgs(["--seed-vouchers", "100000", "--pace", "--cost-walk-voucher", "0.001"]);
    expect([o.seedVouchers, o.pace, o.costRates]).toEqual([100_000, true, { walkVoucherSeconds: 0.001 }]);
    expect(() => parseEmulatorArgs(["--seed-vouchers=-1"])).toThrow(/--seed-vouchers must be a whole number/);
    expect(() => parseEmulatorArgs(["--cost-write-request", "fast"])).toThrow(/--cost-write-request must be a number of seconds/);
  });
});
