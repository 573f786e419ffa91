import type { EmulatorOptions, RunningEmulator } from "./server";
import { countersOf, postXml, startLegacyEmulator } from "../../test/support/emulator-client";
import { accountingVoucher, collectionRequest, ledgerXml, newImport } from "../../test/support/tally-requests";

let emu: RunningEmulator;
const PERIOD = "<SVFROMDATE>20260401</SVFROMDATE><SVTODATE>20270331</SVTODATE>";

async function start(options: EmulatorOptions = {}): Promise<void> {
  emu = await startLegacyEmulator({ company: "Demo Trading Co", ...options });
  const masters =
    ledgerXml("Acme", "Sundry Debtors", "<PARTYGSTIN>29ABCDE1234F1Z5</PARTYGSTIN>") +
    ledgerXml("Sales", "Sales Accounts") +
    ledgerXml("HDFC Bank", "Bank Accounts", "<OPENINGBALANCE>-5000.00</OPENINGBALANCE>") +
    ledgerXml("Idle Ledger", "Indirect Expenses") +
    `<UNIT NAME="nos"><NAME>nos</NAME></UNIT><STOCKITEM NAME="Item1" ACTION="Create"><NAME>Item1</NAME><BASEUNITS>nos</BASEUNITS></STOCKITEM>`;
  await postXml(emu.url, newImport(masters, { id: "All Masters" }));
}
afterEach(() => emu.close());

const sale = (number: string, date: string, amount = "100.00", party = "Acme") =>
  accountingVoucher({
    type: "Sales",
    date,
    number,
    lines: [
      [party, `-${amount}`],
      ["Sales", amount],
    ],
    extra: `<PARTYLEDGERNAME>${party}</PARTYLEDGERNAME>`,
  });
const exportText = async (xml: string) => (await postXml(emu.url, xml)).text;
const numbersIn = (text: string) => [...text.matchAll(/<VOUCHERNUMBER>([^<]*)</g)].map((m) => m[1]);

describe("master collections", () => {
  beforeEach(() => start());

  it("lists ledgers with PARENT, PARTYGSTIN and a debit-negative CLOSINGBALANCE, empty when the ledger never moved", async () => {
    await postXml(emu.url, newImport(sale("1", "20260410", "1180.00")));
    const text = await exportText(collectionRequest("Ledger"));
    expect(text).toContain(` <HEADER>\r\n  <VERSION>1</VERSION>\r\n  <STATUS>1</STATUS>`);
    const ledger = (name: string) => new RegExp(`<LEDGER NAME="${name}"[\\s\\S]*?</LEDGER>`).exec(text)?.[0] ?? "";
    expect(ledger("Acme")).toContain(`<PARENT TYPE="String">Sundry Debtors</PARENT>`);
    expect(ledger("Acme")).toContain(`<PARTYGSTIN TYPE="String">29ABCDE1234F1Z5</PARTYGSTIN>`);
    expect(ledger("Acme")).toContain(`<CLOSINGBALANCE TYPE="Amount">-1180.00</CLOSINGBALANCE>`);
    expect(ledger("Sales")).toContain(`<CLOSINGBALANCE TYPE="Amount">1180.00</CLOSINGBALANCE>`);
    expect(ledger("HDFC Bank")).toContain(`<CLOSINGBALANCE TYPE="Amount">-5000.00</CLOSINGBALANCE>`);
    expect(ledger("Idle Ledger")).toContain(`<CLOSINGBALANCE TYPE="Amount"></CLOSINGBALANCE>`);
    expect(ledger("Acme")).toContain(`<LANGUAGEID TYPE="Number"> 1033</LANGUAGEID>`);
    expect(text).toContain(`<PARENT TYPE="String">&#4; Primary</PARENT>`); // Profit & Loss A/c
  });

  it.each([
    ["Group", '<GROUP NAME="Sundry Debtors"'],
    ["StockItem", '<STOCKITEM NAME="Item1"'],
    ["Stock Item", '<STOCKITEM NAME="Item1"'],
    ["Godown", '<GODOWN NAME="Main Location"'],
    ["Unit", '<UNIT NAME="nos"'],
    ["VoucherType", '<VOUCHERTYPE NAME="Sales"'],
  ])("lists the %s collection", async (type, expected) => {
    expect(await exportText(collectionRequest(type))).toContain(expected);
  });

  it("lists only the children of CHILDOF", async () => {
    const text = await exportText(collectionRequest("Ledger", { extra: "<CHILDOF>Sundry Debtors</CHILDOF>" }));
    expect([...text.matchAll(/<LEDGER NAME="([^"]+)"/g)].map((m) => m[1])).toEqual(["Acme"]);
  });

  it("filters masters by a formula on $Parent", async () => {
    const text = await exportText(collectionRequest("Ledger", { formulas: ['$Parent = "bank accounts"'] }));
    expect([...text.matchAll(/<LEDGER NAME="([^"]+)"/g)].map((m) => m[1])).toEqual(["HDFC Bank"]);
  });

  it("lists the loaded company with its period, GUID and AltVchId, whatever SVCURRENTCOMPANY says", async () => {
    await postXml(emu.url, newImport(sale("1", "20260410")));
    const text = await exportText(collectionRequest("Company", { variables: "<SVCURRENTCOMPANY>Some Other Co</SVCURRENTCOMPANY>" }));
    expect(text).toContain(`<COMPANY NAME="Demo Trading Co" RESERVEDNAME="">`);
    expect(text).toContain(`<STARTINGFROM TYPE="Date">20260401</STARTINGFROM>`);
    expect(text).toContain(`<ALTVCHID TYPE="Number"> ${emu.state.vouchers()[0].alterId}</ALTVCHID>`);
  });
});

describe("voucher collections", () => {
  beforeEach(async () => {
    await start();
    await postXml(emu.url, newImport(sale("A-1", "20260405") + sale("A-2", "20260510", "250.00") + sale("A-3", "20260615")));
  });

  it("return nothing without SVFROMDATE/SVTODATE", async () => {
    expect(numbersIn(await exportText(collectionRequest("Voucher")))).toEqual([]);
  });

  it("load only the SVFROMDATE..SVTODATE period", async () => {
    const vars = '<SVFROMDATE TYPE="Date">20260501</SVFROMDATE><SVTODATE TYPE="Date">31-May-2026</SVTODATE>';
    expect(numbersIn(await exportText(collectionRequest("Voucher", { variables: vars })))).toEqual(["A-2"]);
  });

  it.each([
    ['$VoucherNumber = "a-2"', ["A-2"]],
    ["$Date &gt;= ##SVFromDate AND $Date &lt;= ##SVToDate", ["A-1", "A-2", "A-3"]],
    ['$VOUCHERNUMBER = "A-1" or $vouchernumber = "A-3"', ["A-1", "A-3"]],
    ['$VoucherNumber != "A-1" AND $VoucherTypeName = "Sales"', ["A-2", "A-3"]],
    ['$VoucherNumber &lt;&gt; "A-2"', ["A-1", "A-3"]],
    ['$Date &gt; "20260405"', ["A-2", "A-3"]],
    ['$Date &lt; "20260510"', ["A-1"]],
    ['$PartyLedgerName = "ACME" AND $VoucherNumber = "A-3"', ["A-3"]],
  ])("honour the filter %s", async (formula, expected) => {
    expect(numbersIn(await exportText(collectionRequest("Voucher", { variables: PERIOD, formulas: [formula] })))).toEqual(expected);
  });

  it("honour filters on $MasterID, $GUID and $RemoteID, with several formulas that must all hold", async () => {
    const v = emu.state.vouchers()[1];
    const byId = [`$MasterID = ${v.masterId}`, `$GUID = "${v.guid}"`, `$RemoteID = "${v.remoteId}"`];
    expect(numbersIn(await exportText(collectionRequest("Voucher", { variables: PERIOD, formulas: byId })))).toEqual(["A-2"]);
    const contradicting = [`$MasterID = ${v.masterId}`, '$VoucherNumber = "A-1"'];
    expect(numbersIn(await exportText(collectionRequest("Voucher", { variables: PERIOD, formulas: contradicting })))).toEqual([]);
  });

  it("return 0 rows with STATUS 1 for a company that is not loaded", async () => {
    const text = await exportText(collectionRequest("Voucher", { variables: `${PERIOD}<SVCURRENTCOMPANY>Other Co</SVCURRENTCOMPANY>` }));
    expect(text).toContain("<STATUS>1</STATUS>");
    expect(numbersIn(text)).toEqual([]);
  });

  it("match SVCURRENTCOMPANY case- and whitespace-insensitively", async () => {
    const text = await exportText(
      collectionRequest("Voucher", { variables: `${PERIOD}<SVCURRENTCOMPANY>  demo   TRADING co </SVCURRENTCOMPANY>` }),
    );
    expect(numbersIn(text)).toHaveLength(3);
  });
});

describe("exported vouchers", () => {
  beforeEach(() => start());

  it("look like Tally's: REMOTEID = GUID, VCHKEY, leading-space ALTERID/MASTERID, debit negative with ISDEEMEDPOSITIVE Yes", async () => {
    await postXml(emu.url, newImport(sale("A-1", "20260405")));
    const v = emu.state.vouchers()[0];
    const text = await exportText(collectionRequest("Voucher", { variables: PERIOD }));
    expect(text).toContain(`<VOUCHER REMOTEID="${v.guid}" VCHKEY="${v.vchKey}" VCHTYPE="Sales" OBJVIEW="Accounting Voucher View">`);
    expect(text).toContain(`<GUID>${v.guid}</GUID>`);
    expect(text).toContain(`<ALTERID TYPE="Number"> ${v.alterId}</ALTERID>`);
    expect(text).toContain(`<MASTERID TYPE="Number"> ${v.masterId}</MASTERID>`);
    expect(text).toContain(`<VOUCHERKEY TYPE="Number">${v.voucherKey}</VOUCHERKEY>`);
    expect(text).toMatch(
      /<LEDGERNAME TYPE="String">Acme<\/LEDGERNAME>\r\n\s+<ISDEEMEDPOSITIVE TYPE="Logical">Yes<\/ISDEEMEDPOSITIVE>\r\n\s+<AMOUNT TYPE="Amount">-100.00<\/AMOUNT>/,
    );
  });

  it("write item invoices with both LEDGERENTRIES.LIST and ALLLEDGERENTRIES.LIST, and &#4; Not Applicable in batches", async () => {
    const inv = `<VOUCHER VCHTYPE="Sales" ACTION="Create" OBJVIEW="Invoice Voucher View"><DATE>20260601</DATE><VOUCHERTYPENAME>Sales</VOUCHERTYPENAME><VOUCHERNUMBER>8</VOUCHERNUMBER><PARTYLEDGERNAME>Acme</PARTYLEDGERNAME><ISINVOICE>Yes</ISINVOICE>
<ALLINVENTORYENTRIES.LIST><STOCKITEMNAME>Item1</STOCKITEMNAME><ISDEEMEDPOSITIVE>No</ISDEEMEDPOSITIVE><RATE>213.00/nos</RATE><AMOUNT>21300.00</AMOUNT><ACTUALQTY> 100 nos</ACTUALQTY><BILLEDQTY> 100 nos</BILLEDQTY>
<ACCOUNTINGALLOCATIONS.LIST><LEDGERNAME>Sales</LEDGERNAME><ISDEEMEDPOSITIVE>No</ISDEEMEDPOSITIVE><AMOUNT>21300.00</AMOUNT></ACCOUNTINGALLOCATIONS.LIST></ALLINVENTORYENTRIES.LIST>
<LEDGERENTRIES.LIST><LEDGERNAME>Acme</LEDGERNAME><ISDEEMEDPOSITIVE>Yes</ISDEEMEDPOSITIVE><ISPARTYLEDGER>Yes</ISPARTYLEDGER><AMOUNT>-21300.00</AMOUNT></LEDGERENTRIES.LIST></VOUCHER>`;
    expect(countersOf((await postXml(emu.url, newImport(inv))).text).CREATED).toBe(1);
    const text = await exportText(collectionRequest("Voucher", { variables: PERIOD }));
    expect(text.match(/<LEDGERENTRIES\.LIST>/g)).toHaveLength(1);
    expect(text.match(/<ALLLEDGERENTRIES\.LIST>/g)).toHaveLength(2);
    expect(text).toContain("<INVENTORYALLOCATIONS.LIST>");
    expect(text).toContain(`<INDENTNO TYPE="String">&#4; Not Applicable</INDENTNO>`);
    expect(text).toContain(`<ACTUALQTY TYPE="Quantity"> 100 nos</ACTUALQTY>`);
    expect(text).toContain(`<RATE TYPE="Rate">213.00/nos</RATE>`);
    expect(text).toContain(`<GODOWNNAME TYPE="String">Main Location</GODOWNNAME>`);
  });
});
