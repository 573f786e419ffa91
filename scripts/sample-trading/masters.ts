/**
 * Who and what the sample business deals with: Sharma Hardware & Sons, a hardware trader in Pune
 * (Maharashtra, state 27). GSTINs carry real check characters (gstinCheckCharacter), so only the
 * planted typo is wrong. Names include `&`, an apostrophe and a Hindi name on purpose: they are
 * the names that break careless XML and careless CSV.
 */
import type { CalendarDate } from "../../src/core/dates";
import { gstinCheckCharacter } from "../../src/core/gst";

export const withCheck = (first14: string): string => first14 + gstinCheckCharacter(first14);

export const COMPANY = "Sharma Hardware & Sons";
export const COMPANY_GSTIN = withCheck("27AAKFS4821M1Z");
export const MAIN_GODOWN = "Main Location";
export const SECOND_GODOWN = "Bhiwandi Godown";

export interface Party {
  name: string;
  /** Blank for an unregistered buyer. */
  gstin: string;
  /** Place of Supply as the bookkeeper types it; blank = the GSTIN's state or the company's. */
  placeOfSupply: string;
}

export const CUSTOMERS: readonly Party[] = [
  { name: "Sharma & Sons", gstin: withCheck("27AAGFS1234K1Z"), placeOfSupply: "" },
  { name: "D'Souza Traders", gstin: withCheck("30AAPFD5521Q1Z"), placeOfSupply: "" },
  { name: "गुप्ता इलेक्ट्रिकल्स", gstin: withCheck("27AAHFG7788N1Z"), placeOfSupply: "" },
  { name: "Patil Constructions Pvt Ltd", gstin: withCheck("27AACCP5678L1Z"), placeOfSupply: "" },
  { name: "Mehta Builders", gstin: withCheck("24AAKFM3344P1Z"), placeOfSupply: "" },
  { name: "Reddy Infra Projects", gstin: withCheck("36AADCR9012B1Z"), placeOfSupply: "" },
  { name: "Walk-in Customer", gstin: "", placeOfSupply: "" },
  { name: "Kulkarni Interiors", gstin: "", placeOfSupply: "Karnataka" },
];

export const SUPPLIERS: readonly Party[] = [
  { name: "Bharat Steel Ltd", gstin: withCheck("27AABCB1111A1Z"), placeOfSupply: "" },
  { name: "Kumar Electricals", gstin: withCheck("07AAJFK2222C1Z"), placeOfSupply: "" },
  { name: "Jain Pipes & Fittings", gstin: withCheck("27AAEFJ3333D1Z"), placeOfSupply: "" },
  { name: "Ganesh Paints Depot", gstin: withCheck("24AAFFG4444E1Z"), placeOfSupply: "" },
];

export interface Item {
  name: string;
  unit: string;
  hsn: string;
  gstRate: number;
  /** Selling and buying price in paise (the Price List sheet shows them in rupees). */
  salePaise: number;
  costPaise: number;
}

export const ITEMS: readonly Item[] = [
  { name: "Steel Hinge 4in", unit: "Nos", hsn: "8302", gstRate: 18, salePaise: 8_500, costPaise: 6_000 },
  { name: "Brass Door Handle", unit: "Nos", hsn: "8302", gstRate: 18, salePaise: 42_000, costPaise: 31_000 },
  { name: "PVC Pipe 1in 3m", unit: "Nos", hsn: "3917", gstRate: 18, salePaise: 21_000, costPaise: 15_050 },
  { name: "Copper Wire 1.5 sqmm", unit: "Mtr", hsn: "8544", gstRate: 18, salePaise: 2_850, costPaise: 2_000 },
  { name: "LED Bulb 9W", unit: "Nos", hsn: "8539", gstRate: 18, salePaise: 9_900, costPaise: 6_500 },
  { name: "Wall Putty 40kg", unit: "Bag", hsn: "3214", gstRate: 18, salePaise: 89_000, costPaise: 72_000 },
  { name: "Coir Doormat", unit: "Nos", hsn: "5702", gstRate: 5, salePaise: 35_000, costPaise: 24_000 },
];

/** Who supplies which items (index into ITEMS). */
export const SUPPLIER_ITEMS: readonly (readonly number[])[] = [[0, 1], [3, 4], [2], [5, 6]];

export interface Service {
  name: string;
  sac: string;
  gstRate: number;
}

export const SERVICES: readonly Service[] = [
  { name: "Installation charges", sac: "9954", gstRate: 18 },
  { name: "Transport charges", sac: "9965", gstRate: 5 },
];

/** A day of the quarter April-June 2026, as Excel dates are (the writer makes them UTC midnight). */
export function quarterDay(dayOfQuarter: number): CalendarDate {
  const months = [30, 31, 30];
  let d = Math.max(0, Math.min(90, Math.floor(dayOfQuarter)));
  for (let i = 0; i < 3; i++) {
    if (d < months[i]) return { y: 2026, m: 4 + i, d: d + 1 };
    d -= months[i];
  }
  return { y: 2026, m: 6, d: 30 };
}

/** Rupees for a cell: paise / 100, exact for any paise amount below 2^53. */
export const rupees = (paise: number): number => paise / 100;

/** Excel's ROUND(x, 0) on a paise amount, half away from zero: the value a rounded invoice shows. */
export const roundRupee = (paise: number): number => Math.round(paise / 100) * 100;
