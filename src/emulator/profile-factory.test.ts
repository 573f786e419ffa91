/**
 * The factory profile: a company as TallyPrime creates it, behaving as licensed TallyPrime 7.1 was
 * measured (PROTOCOL.md 11). Assertions are on the XML answers and on the state.
 */
import type { RunningEmulator } from "./server";
import { countersOf, postXml, startTestEmulator } from "../../test/support/emulator-client";
import { accountingVoucher, collectionRequest, ledgerXml, newImport } from "../../test/support/tally-requests";

let emu: RunningEmulator;
beforeEach(async () => {
  emu = await startTestEmulator({ profile: "factory" });
  const masters =
    ledgerXml("Acme", "Sundry Debtors") +
    ledgerXml("Sales", "Sales Accounts") +
    ledgerXml("HDFC Bank", "Bank Accounts") +
    ledgerXml("Rent", "Indirect Expenses");
  await postXml(emu.url, newImport(masters, { id: "All Masters" }));
});
afterEach(() => emu.close());

const send = async (objects: string, company?: string) => countersOf((await postXml(emu.url, newImport(objects, { company }))).text);
const payment = (
  o: { remoteId?: string; action?: string; type?: string; date?: string; extra?: string; lines?: [string, string][] } = {},
) =>
  accountingVoucher({
    type: o.type ?? "Payment",
    date: o.date ?? "20260801",
    number: "P-9",
    remoteId: o.remoteId,
    action: o.action,
    extra: o.extra,
    lines: o.lines ?? [
      ["Rent", "-500.00"],
      ["HDFC Bank", "500.00"],
    ],
  });
const vouchersXml = async (formula?: string) =>
  (
    await postXml(
      emu.url,
      collectionRequest("Voucher", {
        variables: "<SVFROMDATE>20260401</SVFROMDATE><SVTODATE>20270331</SVTODATE>",
        formulas: formula ? [formula] : [],
      }),
    )
  ).text;
const only = () => {
  expect(emu.state.vouchers()).toHaveLength(1);
  return emu.state.vouchers()[0];
};

describe("factory profile (licensed TallyPrime 7.1, section 11)", () => {
  it("numbers every predefined voucher type automatically and prevents no duplicates, so a resend is a second voucher", async () => {
    expect(emu.state.voucherTypes.values().every((t) => t.numbering === "Automatic" && !t.preventDuplicates)).toBe(true);
    expect((await send(payment())).CREATED).toBe(1);
    expect((await send(payment())).CREATED).toBe(1);
    expect(emu.state.vouchers().map((v) => v.number)).toEqual(["1", "2"]);
  });

  it("exports Tally's own GUID as REMOTEID (and as $RemoteID), while the client value stays stored", async () => {
    await send(payment({ remoteId: "th-1" }));
    const v = only();
    expect(v.remoteId).toBe("th-1");
    expect(v.guid).toBe(`${emu.state.guid}-${v.masterId.toString(16).padStart(8, "0")}`);
    expect(await vouchersXml()).toContain(`<VOUCHER REMOTEID="${v.guid}"`);
    expect(await vouchersXml('$RemoteID = "th-1"')).not.toContain("<VOUCHER ");
    expect(await vouchersXml(`$RemoteID = "${v.guid}"`)).toContain("<VOUCHER ");
  });

  it("replaces the voucher on a Create with an existing client REMOTEID: entries, date and type; omitted fields kept", async () => {
    await send(payment({ remoteId: "th-1", extra: "<REFERENCE>INV-9</REFERENCE><NARRATION>rent [TH:th-1]</NARRATION>" }));
    const before = { ...only() };
    const receipt = payment({
      remoteId: "th-1",
      type: "Receipt",
      date: "20260802",
      lines: [
        ["Acme", "300.00"],
        ["HDFC Bank", "-300.00"],
      ],
    });
    expect(await send(receipt)).toMatchObject({ CREATED: 0, ALTERED: 1, ERRORS: 0, EXCEPTIONS: 0 });
    const after = only();
    expect(after).toMatchObject({
      guid: before.guid,
      masterId: before.masterId,
      type: "Receipt",
      date: { y: 2026, m: 8, d: 2 },
      number: before.number,
    });
    expect(after.ledgerLines.map((l) => [l.ledger, l.amount])).toEqual([
      ["Acme", 30000],
      ["HDFC Bank", -30000],
    ]);
    expect(after.fields.REFERENCE).toBe("INV-9");
    expect(after.narration).toBe("rent [TH:th-1]");
    expect(after.alterId).toBeGreaterThan(before.alterId);
  });

  it("makes a DUPLICATE when ACTION Alter is keyed by the client REMOTEID", async () => {
    await send(payment({ remoteId: "th-1" }));
    expect(await send(payment({ remoteId: "th-1", action: "Alter" }))).toMatchObject({ CREATED: 1, ALTERED: 0 });
    expect(emu.state.vouchers()).toHaveLength(2);
  });

  it("cancels in place by the client REMOTEID, and a later Create un-cancels it with its entries", async () => {
    await send(payment({ remoteId: "th-1" }));
    const guid = only().guid;
    expect(await send(payment({ remoteId: "th-1", action: "Cancel" }))).toMatchObject({ ALTERED: 1, CANCELLED: 0, CREATED: 0 });
    expect(only()).toMatchObject({ guid, cancelled: true, ledgerLines: [] });
    expect(await vouchersXml()).toContain("<ISCANCELLED>Yes</ISCANCELLED>");
    expect(await send(payment({ remoteId: "th-1" }))).toMatchObject({ CREATED: 0, ALTERED: 1 });
    expect(only()).toMatchObject({ guid, cancelled: false });
    expect(only().ledgerLines).toHaveLength(2);
  });

  it("deletes by the client REMOTEID, and a later Create with it makes a new voucher (new GUID and MASTERID)", async () => {
    await send(payment({ remoteId: "th-1" }));
    const first = { ...only() };
    expect((await send(payment({ remoteId: "th-1", action: "Delete" }))).DELETED).toBe(1);
    expect(emu.state.vouchers()).toHaveLength(0);
    expect((await send(payment({ remoteId: "th-1" }))).CREATED).toBe(1);
    expect(only().guid).not.toBe(first.guid);
    expect(only().masterId).toBeGreaterThan(first.masterId);
  });

  it("on a type the user set to Manual + Prevent Duplicates: silent EXCEPTIONS 1 for a reused or missing number, BLANK! for an upsert", async () => {
    const alterType = `<VOUCHERTYPE NAME="Payment" ACTION="Alter"><NAME>Payment</NAME><NUMBERINGMETHOD>Manual</NUMBERINGMETHOD><PREVENTDUPLICATES>Yes</PREVENTDUPLICATES></VOUCHERTYPE>`;
    expect((await send(alterType)).ALTERED).toBe(1);
    expect((await send(payment({ remoteId: "th-1" }))).CREATED).toBe(1);
    expect(await send(payment())).toMatchObject({ CREATED: 0, ERRORS: 0, EXCEPTIONS: 1, lineErrors: [] });
    const noNumber = (remoteId?: string) => payment({ remoteId }).replace("<VOUCHERNUMBER>P-9</VOUCHERNUMBER>", "");
    expect(await send(noNumber())).toMatchObject({ CREATED: 0, ERRORS: 0, EXCEPTIONS: 1, lineErrors: [] });
    expect(await send(noNumber("th-1"))).toMatchObject({ ALTERED: 0, ERRORS: 1, lineErrors: ["Voucher Number cannot be left BLANK!"] });
    expect(only().number).toBe("P-9");
  });

  it("posts a write naming a company that is not loaded into the loaded one (11.4); reads of it stay empty (4.4)", async () => {
    expect(await send(payment(), "Some Other Co")).toMatchObject({ CREATED: 1, ERRORS: 0 });
    expect(emu.state.vouchers()).toHaveLength(1);
    const read = await postXml(
      emu.url,
      collectionRequest("Voucher", {
        variables: "<SVCURRENTCOMPANY>Some Other Co</SVCURRENTCOMPANY><SVFROMDATE>20260401</SVFROMDATE><SVTODATE>20270331</SVTODATE>",
      }),
    );
    expect(read.text).toContain("<STATUS>1</STATUS>");
    expect(read.text).not.toContain("<VOUCHER ");
  });

  it("exports a Receipt's and a Payment's PARTYLEDGERNAME as its cash or bank ledger, and EFFECTIVEDATE = DATE", async () => {
    await send(payment({ extra: "<PARTYLEDGERNAME>Rent</PARTYLEDGERNAME><EFFECTIVEDATE>20260805</EFFECTIVEDATE>" }));
    await send(
      accountingVoucher({
        type: "Sales",
        date: "20260801",
        lines: [
          ["Acme", "-100"],
          ["Sales", "100"],
        ],
        extra: "<PARTYLEDGERNAME>Acme</PARTYLEDGERNAME>",
      }),
    );
    const xml = await vouchersXml();
    expect(xml).toContain('<PARTYLEDGERNAME TYPE="String">HDFC Bank</PARTYLEDGERNAME>');
    expect(xml).toContain('<PARTYLEDGERNAME TYPE="String">Acme</PARTYLEDGERNAME>');
    expect(xml).not.toContain("20260805");
    expect(xml.match(/<EFFECTIVEDATE TYPE="Date">20260801<\/EFFECTIVEDATE>/g)).toHaveLength(2);
  });
});
