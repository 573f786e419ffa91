/** How the emulator answers an import, in either shape, and the identities it gives what it creates. */
import { countersOf, postXml } from "../../test/support/emulator-client";
import { ledgerXml, legacyImport } from "../../test/support/tally-requests";
import { sale, voucherImportKit } from "../../test/support/voucher-import-kit";

const { emu, start, post } = voucherImportKit();

describe("answer shapes", () => {
  beforeEach(() => start());

  it("answers a legacy Import Data with bare RESPONSE counters, LINEERROR first, one-space indent and CRLF", async () => {
    const text = await post(
      sale("1", [
        ["Nobody", "-10"],
        ["Sales", "10"],
      ]),
      true,
    );
    const lines = [
      "<RESPONSE>",
      " <LINEERROR>Ledger &apos;Nobody&apos; does not exist!</LINEERROR>",
      " <CREATED>0</CREATED>",
      " <ALTERED>0</ALTERED>",
      " <DELETED>0</DELETED>",
      " <LASTVCHID>0</LASTVCHID>",
      " <LASTMID>0</LASTMID>",
      " <COMBINED>0</COMBINED>",
      " <IGNORED>0</IGNORED>",
      " <ERRORS>0</ERRORS>",
      " <CANCELLED>0</CANCELLED>",
      " <EXCEPTIONS>1</EXCEPTIONS>",
      "</RESPONSE>",
      "",
    ];
    expect(text).toBe(lines.join("\r\n"));
  });

  it("answers a new-form Import with ENVELOPE/HEADER STATUS 1 and BODY/DATA/IMPORTRESULT, even when it holds a LINEERROR", async () => {
    const text = await post(
      sale("1", [
        ["Nobody", "-10"],
        ["Sales", "10"],
      ]),
    );
    expect(text).toMatch(
      /^<ENVELOPE>\r\n <HEADER>\r\n {2}<VERSION>1<\/VERSION>\r\n {2}<STATUS>1<\/STATUS>\r\n <\/HEADER>\r\n <BODY>\r\n {2}<DATA>\r\n {3}<IMPORTRESULT>\r\n {4}<LINEERROR>/,
    );
    expect(text).toContain("<CMPINFOEX>");
    expect(countersOf(text)).toMatchObject({ EXCEPTIONS: 1 });
  });
});

describe("answer shape switches", () => {
  it("gives the bare shape to a new-form request when responseShape is bare", async () => {
    await start({ responseShape: "bare" });
    expect(await post(sale("1"))).toMatch(/^<RESPONSE>\r\n <CREATED>1<\/CREATED>/);
  });

  it("gives the envelope to a legacy request when responseShape is envelope", async () => {
    await start({ responseShape: "envelope" });
    expect(await post(sale("1"), true)).toMatch(/^<ENVELOPE>/);
  });

  it("answers Unknown Request to a legacy Import Data carrying VERSION 1 when prefixVersionTrap is on", async () => {
    await start({ prefixVersionTrap: true });
    const xml = legacyImport(sale("1")).replace("<HEADER>", "<HEADER><VERSION>1</VERSION>");
    expect((await postXml(emu.url, xml)).text).toBe("<RESPONSE>Unknown Request, cannot be processed</RESPONSE>");
    expect(emu.state.vouchers()).toHaveLength(0);
  });
});

describe("identities", () => {
  beforeEach(() => start());

  it("gives a voucher without a client REMOTEID its GUID as REMOTEID, and moves the company-wide ALTERID", async () => {
    await post(sale("1"));
    await post(ledgerXml("Later Ledger", "Sundry Debtors"));
    await post(sale("2"));
    const [a, b] = emu.state.vouchers();
    expect(a.remoteId).toBe(a.guid);
    expect(a.guid).toMatch(new RegExp(`^${emu.state.guid}-[0-9a-f]{8}$`));
    expect(b.alterId - a.alterId).toBe(2); // the ledger in between took one
    expect(a.vchKey).toMatch(/-0000b42e:0000000[12]$/); // day 46126 = 15 Apr 2026
  });

  it("discards the VOUCHERNUMBER sent when the type numbers automatically", async () => {
    await emu.close();
    await start({ manualNumbering: false });
    await post(sale("MY-7") + sale("MY-7"));
    expect(emu.state.vouchers().map((v) => v.number)).toEqual(["1", "2"]);
  });
});
