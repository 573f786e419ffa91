import type { EmulatorOptions, RunningEmulator } from "./server";
import { countersOf, postXml, startLegacyEmulator } from "../../test/support/emulator-client";
import { accountingVoucher, ledgerXml, newImport } from "../../test/support/tally-requests";

let emu: RunningEmulator;

async function start(options: EmulatorOptions = {}): Promise<void> {
  emu = await startLegacyEmulator(options);
  await postXml(emu.url, newImport(ledgerXml("Acme", "Sundry Debtors") + ledgerXml("Sales", "Sales Accounts"), { id: "All Masters" }));
}
afterEach(() => emu.close());

const sale = (opts: { number?: string; remoteId?: string; action?: string; amount?: string; type?: string; date?: string } = {}) =>
  accountingVoucher({
    type: opts.type ?? "Sales",
    date: opts.date ?? "20260801",
    number: opts.number ?? "S-1",
    remoteId: opts.remoteId,
    action: opts.action,
    lines: [
      ["Acme", `-${opts.amount ?? "100.00"}`],
      ["Sales", opts.amount ?? "100.00"],
    ],
  });
const send = async (objects: string) => countersOf((await postXml(emu.url, newImport(objects))).text);

/** A voucher addressed by DATE + TAGNAME + TAGVALUE (P002 26/28). */
const byNumber = (action: string, number: string, body = "<NARRATION>by number</NARRATION>", type = "Sales") =>
  `<VOUCHER DATE="01-Aug-2026" TAGNAME="Voucher Number" TAGVALUE="${number}" VCHTYPE="${type}" ACTION="${action}">${body}</VOUCHER>`;

describe("resending a voucher", () => {
  it("creates it twice when the type does not prevent duplicates (CREATED 1 both times)", async () => {
    await start({ preventDuplicates: false });
    expect((await send(sale())).CREATED).toBe(1);
    expect((await send(sale())).CREATED).toBe(1);
    expect(emu.state.duplicates()).toEqual([{ type: "Sales", number: "S-1", masterIds: emu.state.vouchers().map((v) => v.masterId) }]);
  });

  it("refuses the same number on a Manual + Prevent Duplicates type with ERRORS 1", async () => {
    await start();
    await send(sale());
    expect(await send(sale())).toMatchObject({
      CREATED: 0,
      ERRORS: 1,
      EXCEPTIONS: 0,
      lineErrors: ["Voucher Number 'S-1' already exists!"],
    });
    expect(emu.state.vouchers()).toHaveLength(1);
  });

  it("alters in place when a Create carries a client REMOTEID that exists (ALTERED 1, no duplicate)", async () => {
    await start({ preventDuplicates: false });
    await send(sale({ remoteId: "th-0001" }));
    const before = { ...emu.state.vouchers()[0] };
    const c = await send(sale({ remoteId: "th-0001", amount: "250.00" }));
    expect(c).toMatchObject({ CREATED: 0, ALTERED: 1, LASTVCHID: before.masterId });
    const [after] = emu.state.vouchers();
    expect(emu.state.vouchers()).toHaveLength(1);
    expect([after.guid, after.masterId, after.remoteId]).toEqual([before.guid, before.masterId, "th-0001"]);
    expect(after.alterId).toBeGreaterThan(before.alterId);
    expect(emu.state.ledgerBalance("Sales")).toBe(25000);
  });

  it("alters in place on a Prevent Duplicates type too, since the number is its own", async () => {
    await start();
    await send(sale({ remoteId: "th-0001" }));
    expect((await send(sale({ remoteId: "th-0001" }))).ALTERED).toBe(1);
  });
});

describe("Alter", () => {
  beforeEach(() => start());

  it("alters the voucher created with that client REMOTEID (ALTERED 1)", async () => {
    await send(sale({ remoteId: "th-0002" }));
    expect(await send(sale({ remoteId: "th-0002", action: "Alter", amount: "300" }))).toMatchObject({ ALTERED: 1, CREATED: 0 });
    expect(emu.state.ledgerBalance("Acme")).toBe(-30000);
  });

  it("answers IGNORED 1 when the REMOTEID does not exist", async () => {
    expect(await send(sale({ remoteId: "th-missing", action: "Alter" }))).toMatchObject({ IGNORED: 1, ALTERED: 0, CREATED: 0 });
  });

  it("makes a duplicate when keyed by Tally's own GUID (the trap of section 7), or by the option's choice", async () => {
    await emu.close();
    await start({ preventDuplicates: false });
    await send(sale());
    const guid = emu.state.vouchers()[0].guid;
    expect(await send(sale({ remoteId: guid, action: "Alter" }))).toMatchObject({ CREATED: 1, ALTERED: 0 });
    expect(emu.state.vouchers()).toHaveLength(2);
    await emu.close();
    await start({ tallyIdAlter: "reject" });
    await send(sale());
    expect(await send(sale({ remoteId: emu.state.vouchers()[0].guid, action: "Alter" }))).toMatchObject({ ALTERED: 0, EXCEPTIONS: 1 });
  });

  it("is refused by Prevent Duplicates when Tally's GUID makes it a second voucher", async () => {
    await send(sale());
    const c = await send(sale({ remoteId: emu.state.vouchers()[0].guid, action: "Alter" }));
    expect(c).toMatchObject({ CREATED: 0, ERRORS: 1, lineErrors: ["Voucher Number 'S-1' already exists!"] });
  });

  it("alters by DATE + TAGNAME Voucher Number + TAGVALUE", async () => {
    await send(sale());
    const lines = `<ALLLEDGERENTRIES.LIST><LEDGERNAME>Acme</LEDGERNAME><ISDEEMEDPOSITIVE>Yes</ISDEEMEDPOSITIVE><AMOUNT>-40</AMOUNT></ALLLEDGERENTRIES.LIST><ALLLEDGERENTRIES.LIST><LEDGERNAME>Sales</LEDGERNAME><ISDEEMEDPOSITIVE>No</ISDEEMEDPOSITIVE><AMOUNT>40</AMOUNT></ALLLEDGERENTRIES.LIST>`;
    expect(await send(byNumber("Alter", "S-1", `<VOUCHERTYPENAME>Sales</VOUCHERTYPENAME>${lines}`))).toMatchObject({ ALTERED: 1 });
    expect(emu.state.ledgerBalance("Sales")).toBe(4000);
  });
});

describe("Cancel and Delete", () => {
  beforeEach(() => start());

  it("cancels by DATE + TAGNAME + TAGVALUE: ALTERED 1, CANCELLED 0, ISCANCELLED Yes, entries stripped", async () => {
    await send(sale());
    const alterId = emu.state.vouchers()[0].alterId;
    expect(await send(byNumber("Cancel", "S-1"))).toMatchObject({ ALTERED: 1, CANCELLED: 0, DELETED: 0 });
    const [v] = emu.state.vouchers();
    expect([v.cancelled, v.ledgerLines.length, v.narration]).toEqual([true, 0, "by number"]);
    expect(v.alterId).toBeGreaterThan(alterId);
    expect(emu.state.ledgerBalance("Sales")).toBe(0);
  });

  it("deletes by DATE + TAGNAME + TAGVALUE (DELETED 1)", async () => {
    await send(sale());
    expect(await send(byNumber("Delete", "S-1"))).toMatchObject({ DELETED: 1 });
    expect(emu.state.vouchers()).toHaveLength(0);
  });

  it("ignores VCHTYPE in that lookup, so it can hit another type with the same number on that date", async () => {
    await send(sale({ type: "Receipt", number: "7" }));
    await send(sale({ number: "7" }));
    expect((await send(byNumber("Delete", "7"))).DELETED).toBe(1);
    expect(emu.state.vouchers().map((v) => v.type)).toEqual(["Sales"]);
  });

  it("refuses a Delete keyed by a GUID child: Cannot delete unnamed object: VOUCHER!, every counter 0", async () => {
    await send(sale());
    const c = await send(
      `<VOUCHER VCHTYPE="Sales" ACTION="Delete"><DATE>20260801</DATE><GUID>${emu.state.vouchers()[0].guid}</GUID></VOUCHER>`,
    );
    expect(c).toMatchObject({ DELETED: 0, ERRORS: 0, EXCEPTIONS: 0, lineErrors: ["Cannot delete unnamed object: VOUCHER!"] });
  });

  it("refuses a Cancel with an empty body: Cannot process 'empty' object: VOUCHER!", async () => {
    await send(sale());
    const c = await send(
      `<VOUCHER DATE="20260801" TAGNAME="MASTER ID" TAGVALUE="${emu.state.vouchers()[0].masterId}" ACTION="Cancel" VCHTYPE="Sales" />`,
    );
    expect(c).toMatchObject({ ALTERED: 0, lineErrors: ["Cannot process 'empty' object: VOUCHER!"] });
    expect(emu.state.vouchers()[0].cancelled).toBe(false);
  });

  it("deletes by a client REMOTEID, but answers Voucher does not exist! (ERRORS 1) to Tally's own", async () => {
    await send(sale({ remoteId: "th-0009" }) + sale({ number: "S-2" }));
    const tallyGuid = emu.state.vouchers()[1].guid;
    const del = (id: string) => `<VOUCHER REMOTEID="${id}" VCHTYPE="Sales" ACTION="Delete"><DATE>20260801</DATE></VOUCHER>`;
    expect(await send(del(tallyGuid))).toMatchObject({ DELETED: 0, ERRORS: 1, lineErrors: ["Voucher does not exist!"] });
    expect((await send(del("th-0009"))).DELETED).toBe(1);
  });
});
