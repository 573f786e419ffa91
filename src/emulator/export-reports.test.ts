import type { RunningEmulator } from "./server";
import { countersOf, postXml, startLegacyEmulator } from "../../test/support/emulator-client";
import { accountingVoucher, ledgerXml, legacyImport, newImport, reportRequest } from "../../test/support/tally-requests";

let emu: RunningEmulator;

beforeEach(async () => {
  emu = await startLegacyEmulator({ company: "Demo Trading Co" });
  const masters =
    ledgerXml("Acme", "Sundry Debtors") +
    ledgerXml("Sales", "Sales Accounts") +
    ledgerXml("Rent", "Indirect Expenses") +
    ledgerXml("HDFC Bank", "Bank Accounts") +
    ledgerXml("Capital", "Capital Account", "<OPENINGBALANCE>1000.00</OPENINGBALANCE>") +
    `<UNIT NAME="Nos"><NAME>Nos</NAME></UNIT><STOCKITEM NAME="Widget" ACTION="Create"><NAME>Widget</NAME><BASEUNITS>Nos</BASEUNITS></STOCKITEM>`;
  await postXml(emu.url, newImport(masters, { id: "All Masters" }));
  const vouchers =
    accountingVoucher({
      type: "Sales",
      date: "20260405",
      number: "S-1",
      lines: [
        ["Acme", "-1180.00"],
        ["Sales", "1180.00"],
      ],
    }) +
    accountingVoucher({
      type: "Payment",
      date: "20260420",
      number: "P-1",
      lines: [
        ["Rent", "-500.00"],
        ["HDFC Bank", "500.00"],
      ],
    }) +
    accountingVoucher({
      type: "Sales",
      date: "20260512",
      number: "S-2",
      lines: [
        ["Acme", "-20.00"],
        ["Sales", "20.00"],
      ],
    });
  await postXml(emu.url, newImport(vouchers));
});
afterEach(() => emu.close());

/** The rows of a Trial Balance answer as [name, debit text, credit text]. */
function tbRows(text: string): [string, string, string][] {
  const names = [...text.matchAll(/<DSPDISPNAME>([^<]*)<\/DSPDISPNAME>/g)].map((m) => m[1]);
  const debits = [...text.matchAll(/<DSPCLDRAMTA>([^<]*)<\/DSPCLDRAMTA>/g)].map((m) => m[1]);
  const credits = [...text.matchAll(/<DSPCLCRAMTA>([^<]*)<\/DSPCLCRAMTA>/g)].map((m) => m[1]);
  return names.map((n, i) => [n, debits[i], credits[i]]);
}

describe("Trial Balance", () => {
  it("writes a debit balance as a negative DSPCLDRAMTA and a credit as DSPCLCRAMTA, with no HEADER", async () => {
    const text = (await postXml(emu.url, reportRequest("Trial Balance", "<EXPLODEFLAG>Yes</EXPLODEFLAG>"))).text;
    expect(text).toMatch(/^<ENVELOPE>\r\n <DSPACCNAME>\r\n {2}<DSPDISPNAME>/);
    expect(text).not.toContain("<HEADER>");
    expect(tbRows(text)).toEqual([
      ["Acme", "-1200.00", ""],
      ["Sales", "", "1200.00"],
      ["Rent", "-500.00", ""],
      ["HDFC Bank", "", "500.00"],
      ["Capital", "", "1000.00"],
      ["Difference in opening balances", "-1000.00", ""],
    ]);
  });

  it("sums by top-level group without EXPLODEFLAG and closes at SVTODATE", async () => {
    const text = (await postXml(emu.url, reportRequest("Trial Balance", "<SVTODATE>20260430</SVTODATE>"))).text;
    expect(tbRows(text)).toEqual([
      ["Current Assets", "-680.00", ""],
      ["Sales Accounts", "", "1180.00"],
      ["Indirect Expenses", "-500.00", ""],
      ["Capital Account", "", "1000.00"],
      ["Difference in opening balances", "-1000.00", ""],
    ]);
  });

  it("agrees with the trial balance computed from the state", async () => {
    const tb = emu.state.trialBalance();
    expect(tb.debitTotal).toBe(tb.creditTotal);
    expect(tb.ledgers.find((l) => l.name === "Acme")?.closing).toBe(-120000);
  });
});

describe("Day Book and Voucher Register", () => {
  it("answers the Day Book with TALLYMESSAGE/VOUCHER, ACTION Create and no TYPE attributes, for the period asked", async () => {
    const text = (await postXml(emu.url, reportRequest("Day Book", "<SVFROMDATE>20260401</SVFROMDATE><SVTODATE>20260430</SVTODATE>"))).text;
    expect(text).toContain("<STATUS>1</STATUS>");
    expect(
      text.match(
        /<TALLYMESSAGE xmlns:UDF="TallyUDF">\r\n {4}<VOUCHER REMOTEID="[^"]+" VCHKEY="[^"]+" VCHTYPE="(Sales|Payment)" ACTION="Create"/g,
      ),
    ).toHaveLength(2);
    expect(text).not.toContain('TYPE="Amount"');
    expect(text).toMatch(/<ALTERID> \d+<\/ALTERID>/);
  });

  it("answers the Voucher Register for one voucher type, ending with the company block", async () => {
    const text = (await postXml(emu.url, reportRequest("Voucher Register", "<VOUCHERTYPENAME>Sales</VOUCHERTYPENAME>"))).text;
    expect([...text.matchAll(/<VOUCHERNUMBER>([^<]+)</g)].map((m) => m[1])).toEqual(["S-1", "S-2"]);
    expect(text).toContain(`<REMOTECMPNAME>Demo Trading Co</REMOTECMPNAME>`);
  });
});

describe("List of Accounts (legacy Export Data)", () => {
  const listOf = (type: string) =>
    `<ENVELOPE><HEADER><TALLYREQUEST>Export Data</TALLYREQUEST></HEADER><BODY><EXPORTDATA><REQUESTDESC><REPORTNAME>List of Accounts</REPORTNAME><STATICVARIABLES><SVEXPORTFORMAT>$$SysName:XML</SVEXPORTFORMAT><ACCOUNTTYPE>${type}</ACCOUNTTYPE></STATICVARIABLES></REQUESTDESC></EXPORTDATA></BODY></ENVELOPE>`;

  it.each([
    ["Ledgers", /<LEDGER NAME="Acme"/, /<GROUP /],
    ["Groups", /<GROUP NAME="Sundry Debtors"/, /<LEDGER /],
    ["Stock Items", /<STOCKITEM NAME="Widget"/, /<LEDGER /],
  ])("lists %s as an importable All Masters file", async (type, present, absent) => {
    const text = (await postXml(emu.url, listOf(type))).text;
    expect(text).toMatch(/^<ENVELOPE>\r\n <HEADER>\r\n {2}<TALLYREQUEST>Import Data<\/TALLYREQUEST>/);
    expect(text).toMatch(present);
    expect(text).not.toMatch(absent);
  });
});

describe("reports that cannot be given", () => {
  it("answers STATUS 0 and Could not find Report for an unknown report", async () => {
    const text = (await postXml(emu.url, reportRequest("Profit &amp; Loss"))).text;
    expect(text).toContain("<STATUS>0</STATUS>");
    expect(text).toContain("<LINEERROR>Could not find Report 'Profit &amp; Loss'!</LINEERROR>");
  });

  it("answers Unknown Request for an unknown report when unknownReport says so (BRIDGE 12a.1)", async () => {
    const other = await startLegacyEmulator({ unknownReport: "unknown-request" });
    try {
      expect((await postXml(other.url, reportRequest("Bills Receivable"))).text).toBe(
        "<RESPONSE>Unknown Request, cannot be processed</RESPONSE>",
      );
    } finally {
      await other.close();
    }
  });

  it("answers Could not set 'SVCurrentCompany' for a report on a company that is not loaded", async () => {
    const text = (await postXml(emu.url, reportRequest("Trial Balance", "<SVCURRENTCOMPANY>No Such Company Xyz</SVCURRENTCOMPANY>"))).text;
    expect(text).toContain("<STATUS>0</STATUS>");
    expect(countersOf(text).lineErrors).toEqual(["Could not set 'SVCurrentCompany' to 'No Such Company Xyz'"]);
  });

  it("answers Could not set 'SVCurrentCompany' to an import for a company that is not loaded, and imports nothing", async () => {
    const res = await postXml(
      emu.url,
      legacyImport(ledgerXml("New One", "Sundry Debtors"), { company: "Other Books", report: "All Masters" }),
    );
    expect(countersOf(res.text).lineErrors).toEqual(["Could not set 'SVCurrentCompany' to 'Other Books'"]);
    expect(emu.state.ledgers.has("New One")).toBe(false);
  });
});
