/**
 * The Company collection's identity and ALTVCHID high-water mark (PROTOCOL.md 5, 11.5), and the
 * test-only ways to change the books behind the client's back: empty the company, edit a voucher
 * by hand, restore an older backup (state methods and the control endpoint).
 */
import { PROFILE_NAMES } from "./profiles";
import type { RunningEmulator } from "./server";
import type { CompanySnapshot } from "./state";
import { countersOf, postXml, startTestEmulator } from "../../test/support/emulator-client";
import { accountingVoucher, collectionRequest, ledgerXml, newImport } from "../../test/support/tally-requests";

let emu: RunningEmulator;
afterEach(() => emu.close());

const send = async (objects: string) => countersOf((await postXml(emu.url, newImport(objects))).text);
const sale = (remoteId: string, action = "Create") =>
  accountingVoucher({
    type: "Sales",
    date: "20260801",
    number: remoteId,
    remoteId,
    action,
    lines: [
      ["Acme", "-100.00"],
      ["Sales", "100.00"],
    ],
  });
async function company(): Promise<{ xml: string; altVchId: number }> {
  const xml = (await postXml(emu.url, collectionRequest("Company"))).text;
  return { xml, altVchId: Number(/<ALTVCHID TYPE="Number">\s*(\d+)</.exec(xml)?.[1]) };
}
const control = async (path: string, method: string, body = "") =>
  JSON.parse((await postXml(emu.url, body, { path: `/__emulator/${path}`, method, contentType: "application/json" })).text) as Record<
    string,
    unknown
  >;

describe.each(PROFILE_NAMES)("the company's ALTVCHID (%s)", (profile) => {
  beforeEach(async () => {
    emu = await startTestEmulator({ profile, control: true });
    await postXml(emu.url, newImport(ledgerXml("Acme", "Sundry Debtors") + ledgerXml("Sales", "Sales Accounts"), { id: "All Masters" }));
  });

  it("lists NAME, GUID, STARTINGFROM and BOOKSFROM, and moves ALTVCHID on every create, upsert, cancel and delete, never back", async () => {
    const start = await company();
    for (const tag of ["NAME", "GUID", "STARTINGFROM", "BOOKSFROM"]) expect(start.xml).toContain(`<${tag} TYPE=`);
    expect(start.xml).toContain(`<GUID TYPE="String">${emu.state.guid}</GUID>`);
    const marks = [start.altVchId];
    for (const step of [sale("a"), sale("b"), sale("b"), sale("b", "Cancel"), sale("b", "Delete")]) {
      await send(step);
      marks.push((await company()).altVchId);
    }
    expect(emu.state.vouchers().map((v) => v.remoteId)).toEqual(["a"]);
    for (let i = 1; i < marks.length; i++) expect(marks[i]).toBeGreaterThan(marks[i - 1]);
  });

  it("empties the company by state.clearVouchers(): masters and GUID stay, ALTVCHID moves on", async () => {
    await send(sale("a"));
    const { altVchId } = await company();
    const guid = emu.state.guid;
    emu.state.clearVouchers();
    expect(emu.state.vouchers()).toHaveLength(0);
    expect(emu.state.ledgers.has("Acme")).toBe(true);
    expect(emu.state.guid).toBe(guid);
    expect((await company()).altVchId).toBeGreaterThan(altVchId);
  });

  it("edits a voucher by hand through state.editVoucher(): same identity, ALTERID and ALTVCHID move", async () => {
    await send(sale("a"));
    const { guid, masterId, alterId } = { ...emu.state.vouchers()[0] };
    const edited = emu.state.editVoucher(masterId, { narration: "changed in Tally" });
    expect(edited).toMatchObject({ guid, masterId, narration: "changed in Tally" });
    expect(edited?.alterId).toBeGreaterThan(alterId);
    expect((await company()).altVchId).toBe(edited?.alterId);
    expect(emu.state.editVoucher(9999, { narration: "x" })).toBeUndefined();
  });

  it("restores an older backup with state.restore(): its vouchers come back and ALTVCHID goes LOWER", async () => {
    await send(sale("a"));
    const backup = emu.state.backup();
    const older = (await company()).altVchId;
    await send(sale("b"));
    expect((await company()).altVchId).toBeGreaterThan(older);
    emu.state.restore(backup);
    expect(emu.state.vouchers().map((v) => v.remoteId)).toEqual(["a"]);
    expect((await company()).altVchId).toBe(older);
  });
});

describe("the control endpoint's books commands (test only)", () => {
  beforeEach(async () => {
    emu = await startTestEmulator({ profile: "factory", control: true });
    await postXml(emu.url, newImport(ledgerXml("Acme", "Sundry Debtors") + ledgerXml("Sales", "Sales Accounts"), { id: "All Masters" }));
    await send(sale("a"));
  });

  it("edits a voucher by hand, backs up, empties and restores the company over HTTP", async () => {
    const masterId = emu.state.vouchers()[0].masterId;
    const body = JSON.stringify({
      narration: "by hand",
      ledgerLines: [
        { ledger: "Acme", amount: -25000 },
        { ledger: "Sales", amount: 25000 },
      ],
    });
    expect(await control(`vouchers/${masterId}`, "POST", body)).toMatchObject({ vouchers: [{ masterId, narration: "by hand" }] });
    expect(emu.state.ledgerBalance("Acme")).toBe(-25000);
    const backup = (await control("backup", "GET")) as unknown as CompanySnapshot;
    const cleared = await control("clear-vouchers", "POST");
    expect(cleared).toMatchObject({ vouchers: [] });
    const restored = await control("restore", "POST", JSON.stringify(backup));
    expect(restored).toMatchObject({ guid: emu.state.guid, vouchers: [{ masterId, narration: "by hand" }], altVchId: backup.seq.altVchId });
    expect(restored.altVchId).toBeLessThan(cleared.altVchId as number);
    expect((await control("vouchers/9999", "POST", "{}")).error).toMatch(/no voucher with MASTERID 9999/);
  });
});
