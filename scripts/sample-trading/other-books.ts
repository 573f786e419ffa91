/**
 * The rest of a quarter's books: monthly rent, electricity and telephone, freight on credit, tea
 * from the petty cash; stock moved between the shop's two godowns; month-end journals.
 */
import { ITEMS, MAIN_GODOWN, SECOND_GODOWN, quarterDay, rupees, withCheck } from "./masters";
import { between, pick, type Random, type SampleRow } from "./sample-rows";

const LANDLORD = { name: "Deshmukh Estates", gstin: withCheck("27AAJFD6060R1Z") };
const TELECOM = { name: "Skyline Telecom Ltd", gstin: withCheck("27AAHCS7788H1Z") };
const TRANSPORTER = { name: "Shree Ganesh Transport", gstin: withCheck("27ABHPG5151K1Z") };

interface ExpenseLine {
  head: string;
  day: number;
  taxable: number;
  rate: number;
  paidFrom?: string;
  vendor?: { name: string; gstin: string };
  billNo?: string;
  narration?: string;
}

function monthly(rnd: Random, month: number): ExpenseLine[] {
  const start = [0, 30, 61][month];
  const label = ["Apr", "May", "Jun"][month];
  return [
    {
      head: "Rent",
      day: start + 4,
      taxable: 45_000_00,
      rate: 18,
      paidFrom: "HDFC",
      vendor: LANDLORD,
      billNo: `DE/RENT/${label}26`,
      narration: `Shop rent ${label} 2026`,
    },
    {
      head: "Electricity",
      day: start + 11,
      taxable: between(rnd, 60, 95) * 100_00,
      rate: 0,
      paidFrom: "HDFC",
      billNo: `MSEDCL-${label}`,
      narration: "MSEDCL bill",
    },
    {
      head: "Telephone",
      day: start + 14,
      taxable: 1_199_00,
      rate: 18,
      vendor: TELECOM,
      billNo: `AIR/${label}/5512`,
      narration: "Broadband and mobile",
    },
    {
      head: "Freight",
      day: start + between(rnd, 16, 24),
      taxable: between(rnd, 8, 30) * 250_00,
      rate: 5,
      vendor: TRANSPORTER,
      billNo: `SGT/${230 + month * 17}`,
    },
    {
      head: "Tea & Refreshments",
      day: start + between(rnd, 20, 27),
      taxable: between(rnd, 30, 90) * 10_00,
      rate: 0,
      paidFrom: "Cash",
      narration: "Tea and snacks",
    },
  ];
}

export function expenses(rnd: Random): SampleRow[] {
  const lines = [0, 1, 2].flatMap((m) => monthly(rnd, m));
  return lines.map((e, i) => {
    const date = quarterDay(e.day);
    const number = `EXP/26-27/${String(i + 1).padStart(3, "0")}`;
    return {
      table: "Expenses",
      at: date,
      voucher: number,
      cells: {
        Date: date,
        "Voucher No": number,
        "Expense Head": e.head,
        Vendor: e.vendor?.name,
        "Vendor GSTIN": e.vendor?.gstin,
        "Bill No": e.billNo,
        "Taxable Value": rupees(e.taxable),
        "GST Rate %": e.rate,
        "Paid From": e.paidFrom,
        Narration: e.narration,
      },
    };
  });
}

/** Stock sent to the Bhiwandi godown and brought back to the shop. */
export function stockMoves(rnd: Random): SampleRow[] {
  return Array.from({ length: 6 }, (_, i) => {
    const item = pick(rnd, ITEMS);
    const out = i % 2 === 0;
    const date = quarterDay(8 + i * 14 + between(rnd, 0, 5));
    const number = `STJ/26-27/${String(i + 1).padStart(3, "0")}`;
    return {
      table: "StockMoves",
      at: date,
      voucher: number,
      cells: {
        Date: date,
        "Move No": number,
        Item: item.name,
        Qty: item.unit === "Mtr" ? 100 : between(rnd, 5, 20),
        Unit: item.unit,
        "From Godown": out ? MAIN_GODOWN : SECOND_GODOWN,
        "To Godown": out ? SECOND_GODOWN : MAIN_GODOWN,
        Rate: rupees(item.costPaise),
        Reason: out ? "Overflow stock to godown" : "Shop counter refill",
      },
    };
  });
}

/** Month-end entries: depreciation, salaries due, bank charges. */
export function journals(): SampleRow[] {
  const entries: [number, string, [string, number, number][], string][] = [
    [
      29,
      "JV/26-27/001",
      [
        ["Depreciation", 3_500_00, 0],
        ["Furniture & Fixtures", 0, 3_500_00],
      ],
      "Depreciation for April",
    ],
    [
      29,
      "JV/26-27/002",
      [
        ["Salaries", 62_000_00, 0],
        ["Salaries Payable", 0, 62_000_00],
      ],
      "Salaries for April, paid 7 May",
    ],
    [
      60,
      "JV/26-27/003",
      [
        ["Salaries", 62_000_00, 0],
        ["Salaries Payable", 0, 62_000_00],
      ],
      "Salaries for May, paid 7 June",
    ],
    [
      60,
      "JV/26-27/004",
      [
        ["Bank Charges", 354_00, 0],
        ["HDFC Bank", 0, 354_00],
      ],
      "NEFT and cheque book charges",
    ],
  ];
  return entries.flatMap(([day, number, lines, narration]) =>
    lines.map(([ledger, debit, credit], l) => ({
      table: "Journals" as const,
      at: quarterDay(day),
      voucher: number,
      cells: {
        Date: quarterDay(day),
        "Voucher No": number,
        Ledger: ledger,
        Debit: debit ? rupees(debit) : undefined,
        Credit: credit ? rupees(credit) : undefined,
        Narration: l === 0 ? narration : undefined,
      },
    })),
  );
}
