/** The checks Tally makes on a voucher before it takes it, Educational mode's dates among them. */
import { accountingVoucher } from "../../test/support/tally-requests";
import { itemInvoice, sale, voucherImportKit } from "../../test/support/voucher-import-kit";

const { emu, start, counters } = voucherImportKit();

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
