/**
 * The set-up of the emulator's voucher-import tests: a fresh company per test holding the masters
 * the vouchers name, and the requests those tests send. Hand-written XML, as in tally-requests.ts.
 */
import type { EmulatorOptions, RunningEmulator } from "../../src/emulator/server";
import { countersOf, postXml, startTestEmulator } from "./emulator-client";
import { accountingVoucher, ledgerXml, legacyImport, newImport } from "./tally-requests";

/** Ten masters: parties, sales and purchase, the taxes, a bank, a unit, an item and a godown. */
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

/** A sale of 1,180.00 to Acme with CGST and SGST, unless other lines are given. */
export const sale = (
  number: string,
  lines: [string, string][] = [
    ["Acme", "-1180.00"],
    ["Sales", "1000.00"],
    ["Output CGST", "90.00"],
    ["Output SGST", "90.00"],
  ],
  date = "20260415",
) => accountingVoucher({ type: "Sales", date, number, lines });

/** An item invoice as LOKESH's template writes it: items with ACCOUNTINGALLOCATIONS, party and taxes in LEDGERENTRIES. */
export function itemInvoice(opts: { qty?: string; rate?: string; godown?: string; item?: string; unit?: string } = {}): string {
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

/** Call at the top of a test file: `emu` stands for the emulator the running test started. */
export function voucherImportKit() {
  let current: RunningEmulator | undefined;
  afterEach(async () => {
    await current?.close();
    current = undefined;
  });
  const running = (): RunningEmulator => {
    if (!current) throw new Error("start() the emulator first");
    return current;
  };
  const emu = {
    get url() {
      return running().url;
    },
    get state() {
      return running().state;
    },
    /** Closes it before the test ends, to start another with other options. */
    async close() {
      await current?.close();
      current = undefined;
    },
  };
  async function start(options: EmulatorOptions = {}): Promise<void> {
    current = await startTestEmulator(options);
    const c = countersOf((await postXml(current.url, newImport(MASTERS, { id: "All Masters" }))).text);
    if (c.CREATED !== 10) throw new Error(`masters not created: ${JSON.stringify(c)}`);
  }
  const post = async (objects: string, legacy = false) =>
    (await postXml(emu.url, legacy ? legacyImport(objects) : newImport(objects))).text;
  const counters = async (objects: string) => countersOf(await post(objects));
  return { emu, start, post, counters };
}
