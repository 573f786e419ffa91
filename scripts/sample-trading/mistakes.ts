/**
 * Eight mistakes bookkeepers really make, so Validate has something to show. Each names the
 * errors validation must report on its row (table, row, columns, code); the sample's test checks
 * that these, and only these, are the workbook's errors.
 */
import { quarterDay, withCheck } from "./masters";
import { priceLookup } from "./purchases";
import { invoiceNumber } from "./sales";
import type { SampleRow } from "./sample-rows";

const SHARMA_GSTIN = withCheck("27AAGFS1234K1Z");
/** The last character typed wrong: the one the check character catches (gst-facts.md section 4). */
const SHARMA_GSTIN_TYPO = SHARMA_GSTIN.slice(0, 14) + (SHARMA_GSTIN.endsWith("X") ? "Y" : "X");

function serviceSale(number: string, day: number, customer: string, gstin: string | undefined, taxable: number | string): SampleRow {
  const at = quarterDay(day);
  return {
    table: "Sales",
    at,
    voucher: number,
    cells: {
      Date: at,
      "Invoice No": number,
      Customer: customer,
      "Customer GSTIN": gstin,
      "Taxable Value": taxable,
      "GST Rate %": 18,
      "HSN/SAC": "9954",
      Narration: "Installation charges",
      Salesperson: "Anil",
    },
  };
}

export function plantedMistakes(): SampleRow[] {
  const gstinTypo = serviceSale(invoiceNumber(61), 18, "Sharma & Sons", SHARMA_GSTIN_TYPO, 4_500);
  gstinTypo.mistake = { columns: ["Customer GSTIN"], code: "gstin.check-character", what: "GSTIN typed with a wrong last character" };

  const lastYear = serviceSale(invoiceNumber(62), 43, "Patil Constructions Pvt Ltd", withCheck("27AACCP5678L1Z"), 7_800);
  lastYear.cells.Date = { y: 2025, m: 5, d: 14 };
  lastYear.mistake = { columns: ["Date"], code: "date.outside-books", what: "2025 typed for 2026: the date is outside the financial year" };

  const letterO = serviceSale(invoiceNumber(63), 57, "Walk-in Customer", undefined, "12,00O.00");
  letterO.mistake = { columns: ["Taxable Value"], code: "cell.invalid", what: "the letter O typed for a zero in an amount" };

  const duplicate = serviceSale(invoiceNumber(24), 71, "Reddy Infra Projects", withCheck("36AADCR9012B1Z"), 15_000);
  // Typed weeks later for another customer: its date and GSTIN differ from the first invoice's too.
  duplicate.mistake = {
    columns: ["Date", "Customer", "Customer GSTIN"],
    code: "voucher.header-disagrees",
    what: "an invoice number used again for another customer",
  };

  const at = quarterDay(64);
  const notInPriceList: SampleRow = {
    table: "Purchases",
    at,
    voucher: "PUR/26-27/016",
    cells: {
      Date: at,
      "Voucher No": "PUR/26-27/016",
      Supplier: "Ganesh Paints Depot",
      "Supplier GSTIN": withCheck("24AAFFG4444E1Z"),
      "Bill No": "GPD-1190",
      "Bill Date": at,
      Item: "Tile Adhesive 20kg",
      Qty: 40,
      Unit: "Bag",
      Rate: priceLookup({ error: "#N/A" }),
      "GST Rate %": 18,
      "HSN/SAC": "3214",
      Godown: "Main Location",
      "ITC Eligible": "Yes",
    },
    mistake: { columns: ["Rate"], code: "cell.excel-error", what: "a VLOOKUP that found no price: #N/A" },
  };

  const ghostInvoice: SampleRow = {
    table: "Receipts",
    at: quarterDay(77),
    voucher: "RCT/26-27/900",
    cells: {
      Date: quarterDay(77),
      "Receipt No": "RCT/26-27/900",
      Customer: "Mehta Builders",
      Amount: 18_880,
      Mode: "Bank",
      Account: "HDFC",
      "Against Invoice": invoiceNumber(105),
      "Instrument No": "UTR699120",
    },
    mistake: {
      columns: ["Against Invoice"],
      code: "receipt.invoice-not-found",
      what: "a receipt against an invoice number that does not exist",
    },
  };

  const misspelt: SampleRow = {
    table: "Expenses",
    at: quarterDay(66),
    voucher: "EXP/26-27/016",
    cells: {
      Date: quarterDay(66),
      "Voucher No": "EXP/26-27/016",
      "Expense Head": "Printing & Stationary",
      "Taxable Value": 1_850,
      "GST Rate %": 0,
      "Paid From": "Cash",
      Narration: "Bill books",
    },
    mistake: {
      columns: ["Expense Head"],
      code: "mapping.unmapped",
      what: "an expense head spelt differently from the LedgerMap (Stationery)",
    },
  };

  return [gstinTypo, lastYear, letterO, duplicate, notInPriceList, ghostInvoice, misspelt, ...unbalancedJournal()];
}

/** 12,500 debited, 12,050 credited: two digits swapped. */
function unbalancedJournal(): SampleRow[] {
  const at = quarterDay(89);
  const row = (ledger: string, debit?: number, credit?: number): SampleRow => ({
    table: "Journals",
    at,
    voucher: "JV/26-27/005",
    cells: {
      Date: at,
      "Voucher No": "JV/26-27/005",
      Ledger: ledger,
      Debit: debit,
      Credit: credit,
      Narration: debit ? "Audit fee provision" : undefined,
    },
  });
  const what = "a journal whose debit and credit differ (12,500 and 12,050)";
  const debit = row("Audit Fees", 12_500);
  debit.mistake = { columns: ["Debit"], code: "journal.unbalanced", what };
  const credit = row("Audit Fees Payable", undefined, 12_050);
  credit.mistake = { columns: ["Credit"], code: "journal.unbalanced", what };
  return [debit, credit];
}
