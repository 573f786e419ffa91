/**
 * The profile table, the profiles that differ from factory (configured, educational, legacy), and
 * the behaviours every profile shares (PROTOCOL.md 8 "Profiles", 11).
 */
import { DEFAULT_PROFILE, PROFILE_NAMES, PROFILES, resolveSwitches, type ProfileName } from "./profiles";
import { Faults } from "./faults";
import { planRequest, type Behaviour } from "./request-router";
import type { EmulatorOptions, RunningEmulator } from "./server";
import { CompanyState } from "./state";
import { countersOf, postXml, startTestEmulator } from "../../test/support/emulator-client";
import { accountingVoucher, collectionRequest, ledgerXml, legacyImport, newImport } from "../../test/support/tally-requests";

let emu: RunningEmulator;
async function start(options: EmulatorOptions): Promise<void> {
  emu = await startTestEmulator(options);
  await postXml(emu.url, newImport(ledgerXml("Acme", "Sundry Debtors") + ledgerXml("Sales", "Sales Accounts"), { id: "All Masters" }));
}
afterEach(() => emu?.close());

const send = async (objects: string, company?: string) => countersOf((await postXml(emu.url, newImport(objects, { company }))).text);
const sale = (o: { number?: string; remoteId?: string; action?: string; date?: string } = {}) =>
  accountingVoucher({
    type: "Sales",
    date: o.date ?? "20260801",
    number: o.number ?? "S-1",
    remoteId: o.remoteId,
    action: o.action,
    lines: [
      ["Acme", "-100.00"],
      ["Sales", "100.00"],
    ],
  });
const vouchersXml = async () =>
  (await postXml(emu.url, collectionRequest("Voucher", { variables: "<SVFROMDATE>20260401</SVFROMDATE><SVTODATE>20270331</SVTODATE>" })))
    .text;

describe("the profile table", () => {
  it("defaults to factory, Tally as it comes out of the box, and an option given beats its profile's switch", () => {
    expect(DEFAULT_PROFILE).toBe("factory");
    expect(resolveSwitches({})).toEqual(PROFILES.factory);
    expect(PROFILES.factory).toMatchObject({
      manualNumbering: false,
      preventDuplicates: false,
      exportRemoteId: "guid",
      alterByRemoteId: "duplicate",
    });
    expect(resolveSwitches({ profile: "factory", exportRemoteId: "client" })).toEqual({ ...PROFILES.factory, exportRemoteId: "client" });
    expect(() => resolveSwitches({ profile: "licensed" as ProfileName })).toThrow(/unknown emulator profile "licensed"/);
  });

  it("fills what a caller's own Behaviour and CompanySetup leave out from DEFAULT_PROFILE (test/support/taskpane-fakes.ts)", () => {
    const state = new CompanyState({ name: "Tara Traders", booksFrom: { y: 2026, m: 4, d: 1 } });
    const expected = PROFILES[DEFAULT_PROFILE];
    expect(state.voucherTypes.get("Sales")).toMatchObject({
      numbering: expected.manualNumbering ? "Manual" : "Automatic",
      preventDuplicates: expected.preventDuplicates,
    });
    const partial = { responseShape: "auto", prefixVersionTrap: false, tallyIdAlter: "duplicate", unknownReport: "lineerror" } as Behaviour;
    const plan = planRequest(newImport(sale(), { company: "Some Other Co" }), state, new Faults(), partial);
    const text = plan.kind === "import" ? plan.run() : "";
    expect(text.includes("Could not set")).toBe(expected.companyMismatch === "refuse");
  });

  it("makes configured = factory with Manual + Prevent Duplicates, and educational = factory with the date rule", () => {
    expect(PROFILES.configured).toEqual({ ...PROFILES.factory, manualNumbering: true, preventDuplicates: true });
    expect(PROFILES.educational).toEqual({ ...PROFILES.factory, educationalMode: true });
  });
});

describe("configured profile", () => {
  beforeEach(() => start({ profile: "configured" }));

  it("sets every predefined voucher type to Manual + Prevent Duplicates, and refuses a reused number silently (11.3)", async () => {
    expect(emu.state.voucherTypes.values().every((t) => t.numbering === "Manual" && t.preventDuplicates)).toBe(true);
    expect((await send(sale())).CREATED).toBe(1);
    expect(await send(sale())).toMatchObject({ CREATED: 0, ERRORS: 0, EXCEPTIONS: 1, lineErrors: [] });
    expect(await vouchersXml()).toContain(`<VOUCHER REMOTEID="${emu.state.vouchers()[0].guid}"`);
  });
});

describe("educational profile", () => {
  beforeEach(() => start({ profile: "educational" }));

  it("takes vouchers only on the 1st, 2nd and 31st (11.6), otherwise behaving as factory", async () => {
    expect((await send(sale({ date: "20260430" }))).lineErrors).toEqual(["Voucher date is missing for: 'Sales' voucher S-1."]);
    expect((await send(sale({ date: "20260415" }))).EXCEPTIONS).toBe(1);
    for (const date of ["20260501", "20260502", "20260531"]) expect((await send(sale({ date, remoteId: `r-${date}` }))).CREATED).toBe(1);
    expect(emu.state.vouchers().map((v) => v.number)).toEqual(["1", "2", "3"]);
    expect(await vouchersXml()).not.toContain('REMOTEID="r-');
  });
});

describe("legacy profile (the older instances of section 7)", () => {
  beforeEach(() => start({ profile: "legacy" }));

  it("echoes the client REMOTEID on export and alters by it", async () => {
    await send(sale({ remoteId: "th-1" }));
    expect(await vouchersXml()).toContain('<VOUCHER REMOTEID="th-1"');
    expect(await send(sale({ remoteId: "th-1", action: "Alter" }))).toMatchObject({ CREATED: 0, ALTERED: 1 });
    expect(emu.state.vouchers()).toHaveLength(1);
  });

  it("refuses a reused number with ERRORS 1 and already exists!, and refuses a write naming another company", async () => {
    await send(sale());
    expect(await send(sale())).toMatchObject({ ERRORS: 1, lineErrors: ["Voucher Number 'S-1' already exists!"] });
    const other = await postXml(emu.url, newImport(sale({ number: "S-2" }), { company: "Some Other Co" }));
    expect(other.text).toContain("<LINEERROR>Could not set 'SVCurrentCompany' to 'Some Other Co'</LINEERROR>");
    expect(emu.state.vouchers()).toHaveLength(1);
  });
});

describe.each(PROFILE_NAMES)("every profile: %s", (profile) => {
  beforeEach(() => start({ profile }));

  it("answers Unknown Request to a raw & inside an attribute", async () => {
    const raw = legacyImport(`<LEDGER NAME="A & B" ACTION="Create"><NAME>A &amp; B</NAME><PARENT>Sundry Debtors</PARENT></LEDGER>`, {
      report: "All Masters",
    });
    expect((await postXml(emu.url, raw)).text).toBe("<RESPONSE>Unknown Request, cannot be processed</RESPONSE>");
    expect(emu.state.ledgers.has("A & B")).toBe(false);
  });

  it.each(["Alter", "Create"])(
    "alters a voucher type's numbering by ACTION %s, and the VoucherType collection shows it",
    async (action) => {
      const type = (method: string, prevent: string) =>
        `<VOUCHERTYPE NAME="Sales" ACTION="${action}"><NAME>Sales</NAME><NUMBERINGMETHOD>${method}</NUMBERINGMETHOD><PREVENTDUPLICATES>${prevent}</PREVENTDUPLICATES></VOUCHERTYPE>`;
      const listed = async () => {
        const xml = (await postXml(emu.url, collectionRequest("VoucherType"))).text;
        return xml.slice(xml.indexOf('<VOUCHERTYPE NAME="Sales"'), xml.indexOf("</VOUCHERTYPE>", xml.indexOf('<VOUCHERTYPE NAME="Sales"')));
      };
      expect(await send(type("Manual", "Yes"))).toMatchObject({ CREATED: 0, ALTERED: 1 });
      expect(await listed()).toContain('<NUMBERINGMETHOD TYPE="String">Manual</NUMBERINGMETHOD>');
      expect(await listed()).toContain('<PREVENTDUPLICATES TYPE="Logical">Yes</PREVENTDUPLICATES>');
      await send(type("Automatic (Manual Override)", "No"));
      expect(await listed()).toContain('<NUMBERINGMETHOD TYPE="String">Automatic (Manual Override)</NUMBERINGMETHOD>');
      expect(await listed()).toContain('<PREVENTDUPLICATES TYPE="Logical">No</PREVENTDUPLICATES>');
      expect(emu.state.voucherTypes.get("Sales")).toMatchObject({ numbering: "Automatic (Manual Override)", preventDuplicates: false });
    },
  );

  it("exports NARRATION verbatim, identity marker included", async () => {
    const narration = "Rent & rates <Aug> \"q\" 'a' ₹ [TH:abc123]";
    const escaped = narration.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
    const v = sale().replace("<VOUCHERNUMBER>", `<NARRATION>${escaped}</NARRATION><VOUCHERNUMBER>`);
    expect((await postXml(emu.url, newImport(v), { encoding: "utf-16" })).text).toContain("<CREATED>1</CREATED>");
    expect(emu.state.vouchers()[0].narration).toBe(narration);
    const read = await postXml(
      emu.url,
      collectionRequest("Voucher", { variables: "<SVFROMDATE>20260401</SVFROMDATE><SVTODATE>20270331</SVTODATE>" }),
      { encoding: "utf-16" },
    );
    expect(read.text).toContain(`<NARRATION TYPE="String">Rent &amp; rates &lt;Aug&gt; "q" 'a' ₹ [TH:abc123]</NARRATION>`);
  });
});
