import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { countersOf, postXml, startLegacyEmulator } from "../../test/support/emulator-client";
import { accountingVoucher, collectionRequest, ledgerXml, newImport } from "../../test/support/tally-requests";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), "tally-emulator-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const masters = ledgerXml("Acme", "Sundry Debtors") + ledgerXml("Sales", "Sales Accounts");
const sale = (number: string) =>
  accountingVoucher({
    type: "Sales",
    date: "20260415",
    number,
    remoteId: `th-${number}`,
    lines: [
      ["Acme", "-10"],
      ["Sales", "10"],
    ],
  });

describe("the --data file", () => {
  it("saves the company after every change and loads it back at the next start", async () => {
    const dataFile = path.join(dir, "books.json");
    const first = await startLegacyEmulator({ dataFile, company: "Saved Co" });
    await postXml(first.url, newImport(masters, { id: "All Masters" }));
    await postXml(first.url, newImport(sale("1")));
    const saved = first.state.vouchers()[0];
    expect(JSON.parse(readFileSync(dataFile, "utf8")).vouchers).toHaveLength(1);
    await first.close();

    const second = await startLegacyEmulator({ dataFile, company: "Ignored Because Loaded" });
    try {
      expect(second.state.name).toBe("Saved Co");
      expect(second.state.vouchers()[0]).toMatchObject({ guid: saved.guid, masterId: saved.masterId, remoteId: "th-1" });
      expect(countersOf((await postXml(second.url, newImport(sale("1")))).text).ALTERED).toBe(1); // REMOTEID survives
      await postXml(second.url, newImport(sale("2")));
      const next = second.state.vouchers()[1];
      expect(next.masterId).toBeGreaterThan(saved.masterId);
      expect(next.alterId).toBeGreaterThan(second.state.vouchers()[0].alterId);
    } finally {
      await second.close();
    }
  });

  it("is not written when a request changed nothing", async () => {
    const dataFile = path.join(dir, "books.json");
    const emu = await startLegacyEmulator({ dataFile });
    await postXml(emu.url, collectionRequest("Ledger"));
    await postXml(emu.url, newImport(ledgerXml("X", "No Such Group"), { id: "All Masters" }));
    await emu.close();
    expect(existsSync(dataFile)).toBe(false);
  });
});

describe("company setup", () => {
  it("takes books-from as YYYY-MM-DD text and ends the books with that financial year", async () => {
    const emu = await startLegacyEmulator({ booksFrom: "2025-06-01" });
    await emu.close();
    expect([emu.state.booksFrom, emu.state.booksTo]).toEqual([
      { y: 2025, m: 6, d: 1 },
      { y: 2026, m: 3, d: 31 },
    ]);
  });

  it("sets numbering and Prevent Duplicates per voucher type", async () => {
    const emu = await startLegacyEmulator({
      preventDuplicates: false,
      voucherTypes: { Journal: { manualNumbering: false }, Sales: { preventDuplicates: true } },
    });
    await emu.close();
    expect(emu.state.voucherTypes.get("Journal")).toMatchObject({ numbering: "Automatic" });
    expect(emu.state.voucherTypes.get("Sales")).toMatchObject({ numbering: "Manual", preventDuplicates: true });
    expect(emu.state.voucherTypes.get("Payment")).toMatchObject({ numbering: "Manual", preventDuplicates: false });
  });

  it("refuses a books-from date it cannot read", async () => {
    await expect(startLegacyEmulator({ booksFrom: "sometime" })).rejects.toThrow(/sometime/);
  });
});
