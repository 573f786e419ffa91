import type { RunningEmulator } from "./server";
import { countersOf, postXml, startLegacyEmulator } from "../../test/support/emulator-client";
import { accountingVoucher, ledgerXml, legacyImport, newImport } from "../../test/support/tally-requests";

let emu: RunningEmulator;
beforeEach(async () => {
  emu = await startLegacyEmulator();
});
afterEach(() => emu.close());

/** A sale to Acme that uses the Acme and Sales ledgers. */
const ACME_SALE = accountingVoucher({
  type: "Sales",
  date: "20260402",
  number: "1",
  lines: [
    ["Acme", "-100"],
    ["Sales", "100"],
  ],
});

const importMasters = async (xml: string, variables?: string) =>
  countersOf((await postXml(emu.url, newImport(xml, { id: "All Masters", variables }))).text);

describe("a fresh company", () => {
  it("already holds the predefined groups, Cash, Profit & Loss A/c, voucher types and Main Location", () => {
    const s = emu.state;
    expect(s.groups.size).toBe(28);
    for (const g of [
      "Sundry Debtors",
      "Sundry Creditors",
      "Bank Accounts",
      "Cash-in-Hand",
      "Duties & Taxes",
      "Sales Accounts",
      "Purchase Accounts",
      "Indirect Expenses",
      "Capital Account",
      "Stock-in-Hand",
    ]) {
      expect(s.groups.has(g)).toBe(true);
    }
    expect(s.ledgers.values().map((l) => l.name)).toEqual(["Cash", "Profit & Loss A/c"]);
    for (const t of ["Contra", "Payment", "Receipt", "Journal", "Sales", "Credit Note", "Purchase", "Debit Note", "Stock Journal"]) {
      expect(s.voucherTypes.get(t)).toMatchObject({ numbering: "Manual", preventDuplicates: true });
    }
    expect(s.godowns.has("Main Location")).toBe(true);
  });
});

describe("master imports", () => {
  it("creates a ledger under a predefined group", async () => {
    const c = await importMasters(ledgerXml("Acme Traders", "Sundry Debtors", "<OPENINGBALANCE>-1000.00</OPENINGBALANCE>"));
    expect(c).toMatchObject({ CREATED: 1, ALTERED: 0, ERRORS: 0, EXCEPTIONS: 0, LASTMID: 0, lineErrors: [] });
    expect(emu.state.ledgers.get("Acme Traders")).toMatchObject({ parent: "Sundry Debtors", openingBalance: -100000 });
  });

  it("creates a master that has no ACTION attribute", async () => {
    const c = await importMasters(`<LEDGER NAME="Acme"><NAME>Acme</NAME><PARENT>Sundry Debtors</PARENT></LEDGER>`);
    expect(c.CREATED).toBe(1);
  });

  it("alters a master when Create names one that exists (CREATED 0, ALTERED 1)", async () => {
    await importMasters(ledgerXml("Acme", "Sundry Debtors"));
    const c = await importMasters(ledgerXml("Acme", "Sundry Creditors", "<PARTYGSTIN>29ABCDE1234F1Z5</PARTYGSTIN>"));
    expect(c).toMatchObject({ CREATED: 0, ALTERED: 1 });
    expect(emu.state.ledgers.get("Acme")).toMatchObject({ parent: "Sundry Creditors", gstin: "29ABCDE1234F1Z5" });
  });

  it("matches master names case-insensitively", async () => {
    await importMasters(ledgerXml("Acme Traders", "sundry debtors"));
    const c = await importMasters(ledgerXml("ACME TRADERS", "SUNDRY DEBTORS"));
    expect(c).toMatchObject({ CREATED: 0, ALTERED: 1 });
    expect(emu.state.ledgers.get("acme traders")?.parent).toBe("Sundry Debtors");
  });

  it("refuses the literal parent Primary: Group 'Primary' does not exist!", async () => {
    const c = await importMasters(`<GROUP NAME="Key Accounts" ACTION="Create"><NAME>Key Accounts</NAME><PARENT>Primary</PARENT></GROUP>`);
    expect(c).toMatchObject({ CREATED: 0, ERRORS: 0, EXCEPTIONS: 1, lineErrors: ["Group 'Primary' does not exist!"] });
  });

  it("puts a group whose parent is &#4; Primary at the top level", async () => {
    const c = await importMasters(
      `<GROUP NAME="Key Accounts" ACTION="Create"><NAME>Key Accounts</NAME><PARENT>&#4; Primary</PARENT></GROUP>`,
    );
    expect(c.CREATED).toBe(1);
    expect(emu.state.groups.get("Key Accounts")?.parent).toBeNull();
  });

  it("refuses a ledger under a group that does not exist", async () => {
    const c = await importMasters(ledgerXml("Acme", "Bangalore Debtors"));
    expect(c).toMatchObject({ CREATED: 0, EXCEPTIONS: 1, lineErrors: ["Group 'Bangalore Debtors' does not exist!"] });
  });

  it("renames a master named by its NAME attribute, and vouchers follow", async () => {
    await importMasters(ledgerXml("Acme", "Sundry Debtors") + ledgerXml("Sales", "Sales Accounts"));
    await postXml(emu.url, newImport(ACME_SALE));
    const c = await importMasters(`<LEDGER NAME="Acme" ACTION="Alter"><NAME>Acme Traders Pvt Ltd</NAME></LEDGER>`);
    expect(c.ALTERED).toBe(1);
    expect(emu.state.ledgers.has("Acme")).toBe(false);
    expect(emu.state.vouchers()[0].ledgerLines[0].ledger).toBe("Acme Traders Pvt Ltd");
  });

  it("deletes a master (DELETED 1) and answers Item does not exist! with ERRORS 1 for a missing one", async () => {
    await importMasters(ledgerXml("Acme", "Sundry Debtors"));
    const del = `<LEDGER NAME="Acme" ACTION="Delete"><NAME>Acme</NAME></LEDGER>`;
    expect(await importMasters(del)).toMatchObject({ DELETED: 1, ERRORS: 0 });
    expect(await importMasters(del)).toMatchObject({ DELETED: 0, ERRORS: 1, lineErrors: ["Item does not exist!"] });
  });

  it("refuses to delete a ledger that vouchers use: Cannot be deleted!", async () => {
    await importMasters(ledgerXml("Acme", "Sundry Debtors") + ledgerXml("Sales", "Sales Accounts"));
    await postXml(emu.url, newImport(ACME_SALE));
    const c = await importMasters(`<LEDGER NAME="Acme" ACTION="Delete"><NAME>Acme</NAME></LEDGER>`);
    expect(c).toMatchObject({ DELETED: 0, ERRORS: 1, lineErrors: ["Cannot be deleted!"] });
  });

  it("refuses a stock item whose unit does not exist", async () => {
    const c = await importMasters(`<STOCKITEM NAME="Pen" ACTION="Create"><NAME>Pen</NAME><BASEUNITS>Box</BASEUNITS></STOCKITEM>`);
    expect(c).toMatchObject({ CREATED: 0, EXCEPTIONS: 1, lineErrors: ["Unit 'Box' does not exist!"] });
  });

  it("refuses a stock item under the literal stock group Primary", async () => {
    const c = await importMasters(`<STOCKITEM NAME="Pen" ACTION="Create"><NAME>Pen</NAME><PARENT>Primary</PARENT></STOCKITEM>`);
    expect(c.lineErrors).toEqual(["Stock Group 'Primary' does not exist!"]);
  });

  it("creates units, godowns and stock groups that vouchers can then name", async () => {
    const xml =
      `<UNIT NAME="Nos"><NAME>Nos</NAME><DECIMALPLACES>0</DECIMALPLACES></UNIT>` +
      `<GODOWN NAME="Warehouse A" ACTION="Create"><NAME>Warehouse A</NAME><PARENT>&#4; Primary</PARENT></GODOWN>` +
      `<STOCKGROUP NAME="Stationery" ACTION="Create"><NAME>Stationery</NAME></STOCKGROUP>` +
      `<STOCKITEM NAME="Pen" ACTION="Create"><NAME>Pen</NAME><PARENT>Stationery</PARENT><BASEUNITS>nos</BASEUNITS></STOCKITEM>`;
    expect(await importMasters(xml)).toMatchObject({ CREATED: 4, EXCEPTIONS: 0 });
    expect(emu.state.stockItems.get("pen")).toMatchObject({ parent: "Stationery", baseUnits: "Nos" });
  });

  it("sets numbering and Prevent Duplicates through a VOUCHERTYPE master", async () => {
    const xml = `<VOUCHERTYPE NAME="GST Sales" ACTION="Create"><NAME>GST Sales</NAME><PARENT>Sales</PARENT><NUMBERINGMETHOD>Manual</NUMBERINGMETHOD><PREVENTDUPLICATES>Yes</PREVENTDUPLICATES></VOUCHERTYPE>`;
    expect((await importMasters(xml)).CREATED).toBe(1);
    expect(emu.state.voucherTypes.get("gst sales")).toMatchObject({ parent: "Sales", numbering: "Manual", preventDuplicates: true });
    const alter = `<VOUCHERTYPE NAME="Sales" ACTION="Alter"><NAME>Sales</NAME><NUMBERINGMETHOD>Automatic</NUMBERINGMETHOD></VOUCHERTYPE>`;
    expect((await importMasters(alter)).ALTERED).toBe(1);
    expect(emu.state.voucherTypes.get("Sales")?.numbering).toBe("Automatic");
  });

  it("adds opening balances of an existing ledger under IMPORTDUPS @@DUPCOMBINE (COMBINED 1)", async () => {
    await importMasters(ledgerXml("ICICI", "Bank Accounts", "<OPENINGBALANCE>-100</OPENINGBALANCE>"));
    const c = await importMasters(
      ledgerXml("ICICI", "Bank Accounts", "<OPENINGBALANCE>-50</OPENINGBALANCE>"),
      "<IMPORTDUPS>@@DUPCOMBINE</IMPORTDUPS>",
    );
    expect(c).toMatchObject({ COMBINED: 1, ALTERED: 0 });
    expect(emu.state.ledgers.get("ICICI")?.openingBalance).toBe(-15000);
  });

  it("reads the legacy All Masters envelope and the GST registration list", async () => {
    const gst = `<LEDGSTREGDETAILS.LIST><GSTREGISTRATIONTYPE>Regular</GSTREGISTRATIONTYPE><GSTIN>27AAACB1234C1Z9</GSTIN></LEDGSTREGDETAILS.LIST>`;
    const res = await postXml(emu.url, legacyImport(ledgerXml("Bharat Stores", "Sundry Debtors", gst), { report: "All Masters" }));
    expect(countersOf(res.text).CREATED).toBe(1);
    expect(emu.state.ledgers.get("Bharat Stores")).toMatchObject({ gstin: "27AAACB1234C1Z9", gstRegistrationType: "Regular" });
  });
});
