/** How the emulator books what it takes: amounts by sign, items, stock journals, and a batch's counters. */
import { countersOf, postXml } from "../../test/support/emulator-client";
import { newImport } from "../../test/support/tally-requests";
import { itemInvoice, sale, voucherImportKit } from "../../test/support/voucher-import-kit";

const { emu, start, post, counters } = voucherImportKit();

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
