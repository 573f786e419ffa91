import type { RunningEmulator, EmulatorOptions } from "./server";
import {
  accountingVoucher,
  countersOf,
  ledgerXml,
  legacyImport,
  newImport,
  postXml,
  startTestEmulator,
} from "../../test/support/emulator-client";

let emu: RunningEmulator;

const MASTERS =
  ledgerXml("Acme", "Sundry Debtors") +
  ledgerXml("Supplier Co", "Sundry Creditors") +
  ledgerXml("Sales", "Sales Accounts") +
  ledgerXml("Purchase", "Purchase Accounts") +
  ledgerXml("Output CGST", "Duties &amp; Taxes") +
  ledgerXml("Output SGST", "Duties &amp; Taxes") +
  ledgerXml("HDFC Bank", "Bank Accounts") +
  `<UNIT NAME="Nos"><NAME>Nos</NAME></UNIT>` +
  `<STOCKITEM NAME="Widget" ACTION="Create"><NAME>Widget</NAME><BASEUNITS>Nos</BASEUNITS></STOCKITEM>` +
  `<GODOWN NAME="Warehouse A" ACTION="Create"><NAME>Warehouse A</NAME></GODOWN>`;

async function start(options: EmulatorOptions = {}): Promise<void> {
  emu = await startTestEmulator(options);
  const c = countersOf((await postXml(emu.url, newImport(MASTERS, { id: "All Masters" }))).text);
  if (c.CREATED !== 10) throw new Error(`masters not created: ${JSON.stringify(c)}`);
}
afterEach(() => emu.close());

const sale = (
  number: string,
  lines: [string, string][] = [
    ["Acme", "-1180.00"],
    ["Sales", "1000.00"],
    ["Output CGST", "90.00"],
    ["Output SGST", "90.00"],
  ],
  date = "20260415",
) => accountingVoucher({ type: "Sales", date, number, lines });

const post = async (objects: string, legacy = false) => (await postXml(emu.url, legacy ? legacyImport(objects) : newImport(objects))).text;
const counters = async (objects: string) => countersOf(await post(objects));

/** An item invoice as LOKESH's template writes it: items with ACCOUNTINGALLOCATIONS, party and taxes in LEDGERENTRIES. */
function itemInvoice(opts: { qty?: string; rate?: string; godown?: string; item?: string; unit?: string } = {}): string {
  const unit = opts.unit ?? "Nos";
  const godown =
    opts.godown === undefined
      ? ""
      : `<BATCHALLOCATIONS.LIST><GODOWNNAME>${opts.godown}</GODOWNNAME><BATCHNAME>Primary Batch</BATCHNAME><AMOUNT>1000.00</AMOUNT></BATCHALLOCATIONS.LIST>`;
  return `<VOUCHER VCHTYPE="Sales" ACTION="Create" OBJVIEW="Invoice Voucher View"><DATE>20260415</DATE><VOUCHERTYPENAME>Sales</VOUCHERTYPENAME><VCHENTRYMODE>Item Invoice</VCHENTRYMODE><ISINVOICE>Yes</ISINVOICE><VOUCHERNUMBER>INV-1</VOUCHERNUMBER><PARTYLEDGERNAME>Acme</PARTYLEDGERNAME>
<ALLINVENTORYENTRIES.LIST><STOCKITEMNAME>${opts.item ?? "Widget"}</STOCKITEMNAME><ISDEEMEDPOSITIVE>No</ISDEEMEDPOSITIVE><RATE>${opts.rate ?? "500.00"}/${unit}</RATE><AMOUNT>1000.00</AMOUNT><ACTUALQTY>${opts.qty ?? " 2"} ${unit}</ACTUALQTY><BILLEDQTY>${opts.qty ?? " 2"} ${unit}</BILLEDQTY>${godown}
<ACCOUNTINGALLOCATIONS.LIST><LEDGERNAME>Sales</LEDGERNAME><ISDEEMEDPOSITIVE>No</ISDEEMEDPOSITIVE><AMOUNT>1000.00</AMOUNT></ACCOUNTINGALLOCATIONS.LIST></ALLINVENTORYENTRIES.LIST>
<LEDGERENTRIES.LIST><LEDGERNAME>Acme</LEDGERNAME><ISDEEMEDPOSITIVE>Yes</ISDEEMEDPOSITIVE><ISPARTYLEDGER>Yes</ISPARTYLEDGER><AMOUNT>-1180</AMOUNT></LEDGERENTRIES.LIST>
<LEDGERENTRIES.LIST><LEDGERNAME>Output CGST</LEDGERNAME><ISDEEMEDPOSITIVE>No</ISDEEMEDPOSITIVE><AMOUNT>90</AMOUNT></LEDGERENTRIES.LIST>
<LEDGERENTRIES.LIST><LEDGERNAME>Output SGST</LEDGERNAME><ISDEEMEDPOSITIVE>No</ISDEEMEDPOSITIVE><AMOUNT>90.00</AMOUNT></LEDGERENTRIES.LIST></VOUCHER>`;
}

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

describe("Tally's checks on a voucher", () => {
  beforeEach(() => start());

  it.each([
    [
      "a ledger that does not exist",
      sale("1", [
        ["Nobody", "-10"],
        ["Sales", "10"],
      ]),
      "Ledger 'Nobody' does not exist!",
    ],
    [
      "an unbalanced voucher",
      sale("1", [
        ["Acme", "-1180"],
        ["Sales", "1000"],
      ]),
      "Voucher totals do not match!",
    ],
    ["a date before the books begin", sale("BAD-1", undefined, "20260331"), "Voucher date is missing for: 'Sales' voucher BAD-1."],
    ["a date after the books' financial year", sale("BAD-2", undefined, "20270401"), "Voucher date is missing for: 'Sales' voucher BAD-2."],
    [
      "a voucher type that does not exist",
      accountingVoucher({
        type: "Export Sales",
        date: "20260415",
        number: "1",
        lines: [
          ["Acme", "-1"],
          ["Sales", "1"],
        ],
      }),
      "Voucher type 'Export Sales' does not exist!",
    ],
    ["a stock item that does not exist", itemInvoice({ item: "Gadget" }), "Stock Item 'Gadget' does not exist!"],
    ["a godown that does not exist", itemInvoice({ godown: "Warehouse B" }), "Godown 'Warehouse B' does not exist!"],
    ["a unit that does not exist", itemInvoice({ unit: "Box" }), "Unit 'Box' does not exist!"],
  ])("rejects %s with ERRORS 0, EXCEPTIONS 1 and the LINEERROR", async (_what, voucher, message) => {
    expect(await counters(voucher)).toMatchObject({ CREATED: 0, ERRORS: 0, EXCEPTIONS: 1, lineErrors: [message] });
    expect(emu.state.vouchers()).toHaveLength(0);
  });

  it("rejects a voucher with no entries with a silent EXCEPTIONS 1", async () => {
    const c = await counters(`<VOUCHER VCHTYPE="Sales"><DATE>20260415</DATE><VOUCHERTYPENAME>Sales</VOUCHERTYPENAME></VOUCHER>`);
    expect(c).toMatchObject({ CREATED: 0, EXCEPTIONS: 1, lineErrors: [] });
  });

  it("finds voucher types case-insensitively (CREDIT NOTE is Credit Note)", async () => {
    const v = accountingVoucher({
      type: "CREDIT NOTE",
      date: "20260415",
      number: "CN-1",
      lines: [
        ["Sales", "-100"],
        ["Acme", "100"],
      ],
    });
    expect((await counters(v)).CREATED).toBe(1);
    expect(emu.state.vouchers()[0].type).toBe("Credit Note");
  });

  it("ignores elements it does not know", async () => {
    const v = sale("1").replace(
      "<DATE>",
      "<UDF:SOMETHING.LIST><UDF:X>1</UDF:X></UDF:SOMETHING.LIST><VCHSTATUSDATE>20260415</VCHSTATUSDATE><DATE>",
    );
    expect((await counters(v)).CREATED).toBe(1);
  });
});

describe("educational mode", () => {
  it("takes dates only on the 1st, 2nd and 31st of a month (11.6; not the last day of a 30-day month)", async () => {
    await start({ educationalMode: true });
    expect((await counters(sale("E-1", undefined, "20260415"))).lineErrors).toEqual(["Voucher date is missing for: 'Sales' voucher E-1."]);
    expect((await counters(sale("E-2", undefined, "20260430"))).lineErrors).toEqual(["Voucher date is missing for: 'Sales' voucher E-2."]);
    expect((await counters(sale("E-3", undefined, "20260531"))).CREATED).toBe(1);
    expect((await counters(sale("E-4", undefined, "20260602"))).CREATED).toBe(1);
  });
});

describe("booking", () => {
  beforeEach(() => start());

  it("books by the AMOUNT sign whatever ISDEEMEDPOSITIVE says (negative = debit)", async () => {
    const inverted = sale("1").replace(/<ISDEEMEDPOSITIVE>Yes<\/ISDEEMEDPOSITIVE>/g, "<ISDEEMEDPOSITIVE>No</ISDEEMEDPOSITIVE>");
    expect((await counters(inverted)).CREATED).toBe(1);
    expect(emu.state.ledgerBalance("Acme")).toBe(-118000);
    expect(emu.state.ledgerBalance("Sales")).toBe(100000);
  });

  it("reads -2360 and -2360.00 as one amount", async () => {
    expect(
      (
        await counters(
          sale("1", [
            ["Acme", "-2360"],
            ["Sales", "2360.00"],
          ]),
        )
      ).CREATED,
    ).toBe(1);
  });

  it("books an item invoice through ACCOUNTINGALLOCATIONS, reading ' 2 Nos' and '500.00/Nos'", async () => {
    expect(await counters(itemInvoice())).toMatchObject({ CREATED: 1, EXCEPTIONS: 0 });
    const v = emu.state.vouchers()[0];
    expect(v.inventory[0]).toMatchObject({ item: "Widget", actualQty: { qty: 2, unit: "Nos" }, rate: { rate: 50000, unit: "Nos" } });
    expect(emu.state.ledgerBalance("Sales")).toBe(100000);
    expect(emu.state.trialBalance().debitTotal).toBe(emu.state.trialBalance().creditTotal);
  });

  it("books an accounting-view invoice whose items sit under the sales ledger line", async () => {
    const inv = `<INVENTORYALLOCATIONS.LIST><STOCKITEMNAME>Widget</STOCKITEMNAME><ISDEEMEDPOSITIVE>No</ISDEEMEDPOSITIVE><RATE>1000.00/nos</RATE><AMOUNT>1000.00</AMOUNT><ACTUALQTY> 1 nos</ACTUALQTY><BILLEDQTY> 1 nos</BILLEDQTY><BATCHALLOCATIONS.LIST><GODOWNNAME>Main Location</GODOWNNAME><BATCHNAME>Primary Batch</BATCHNAME><AMOUNT>1000.00</AMOUNT></BATCHALLOCATIONS.LIST></INVENTORYALLOCATIONS.LIST>`;
    const v = sale("1").replace(
      "<AMOUNT>1000.00</AMOUNT></ALLLEDGERENTRIES.LIST>",
      `<AMOUNT>1000.00</AMOUNT>${inv}</ALLLEDGERENTRIES.LIST>`,
    );
    expect((await counters(v)).CREATED).toBe(1);
    expect(emu.state.vouchers()[0].ledgerLines[1].inventory[0].item).toBe("Widget");
    expect(emu.state.ledgerBalance("Sales")).toBe(100000);
  });

  it("balances a stock journal by inventory in against inventory out", async () => {
    const line = (tag: string, amount: string) =>
      `<${tag}><STOCKITEMNAME>Widget</STOCKITEMNAME><RATE>10.00/Nos</RATE><AMOUNT>${amount}</AMOUNT><ACTUALQTY> 5 Nos</ACTUALQTY><BATCHALLOCATIONS.LIST><GODOWNNAME>${amount.startsWith("-") ? "Warehouse A" : "Main Location"}</GODOWNNAME><BATCHNAME>Primary Batch</BATCHNAME></BATCHALLOCATIONS.LIST></${tag}>`;
    const sj = (inAmount: string, n: string) =>
      `<VOUCHER VCHTYPE="Stock Journal" ACTION="Create"><DATE>20260415</DATE><VOUCHERTYPENAME>Stock Journal</VOUCHERTYPENAME><VOUCHERNUMBER>${n}</VOUCHERNUMBER>${line("INVENTORYENTRIESIN.LIST", inAmount)}${line("INVENTORYENTRIESOUT.LIST", "50.00")}</VOUCHER>`;
    expect((await counters(sj("-50.00", "SJ-1"))).CREATED).toBe(1);
    expect((await counters(sj("-60.00", "SJ-2"))).lineErrors).toEqual(["Voucher totals do not match!"]);
  });

  it("puts an item line without a godown in Main Location, and refuses it when Main Location is missing", async () => {
    expect((await counters(itemInvoice())).CREATED).toBe(1);
    await emu.close();
    await start({ mainLocation: false });
    expect(await counters(itemInvoice())).toMatchObject({ CREATED: 0, EXCEPTIONS: 1, lineErrors: [] });
  });
});

describe("a batch of vouchers", () => {
  beforeEach(() => start());

  it("sums the counters over the request, LINEERRORs first", async () => {
    const text = await post(
      sale("1") +
        sale("2", [
          ["Nobody", "-1"],
          ["Sales", "1"],
        ]) +
        sale("3"),
    );
    expect(countersOf(text)).toMatchObject({ CREATED: 2, EXCEPTIONS: 1, lineErrors: ["Ledger 'Nobody' does not exist!"] });
    expect(text.indexOf("<LINEERROR>")).toBeLessThan(text.indexOf("<CREATED>"));
  });

  it("reports the MASTERID of the last voucher created as LASTVCHID", async () => {
    const c = countersOf(await post(sale("1") + sale("2")));
    const last = emu.state.vouchers()[1];
    expect(c.LASTVCHID).toBe(last.masterId);
    expect(emu.state.vouchers()[0].masterId).toBeLessThan(last.masterId);
  });

  it("stops at the first rejected object when SVIMPBEHAVIOUREXCP says so", async () => {
    const xml = newImport(
      sale("1", [
        ["Nobody", "-1"],
        ["Sales", "1"],
      ]) + sale("2"),
      { variables: "<SVIMPBEHAVIOUREXCP>Stop Import at First Exception</SVIMPBEHAVIOUREXCP>" },
    );
    expect(countersOf((await postXml(emu.url, xml)).text)).toMatchObject({ CREATED: 0, EXCEPTIONS: 1 });
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
