/**
 * GST state and union-territory codes (gst-facts.md section 3) with the names Tally uses.
 * 25 and 28 are legacy codes: still read, but warned about (the rules decide).
 */

export interface StateInfo {
  code: string;
  /** Name as TallyPrime spells it in STATENAME / PLACEOFSUPPLY. */
  name: string;
  /** Union territory without legislature: UTGST instead of SGST (gst-facts.md section 2). */
  utgst: boolean;
  legacy?: boolean;
  aliases?: string[];
}

export const STATES: readonly StateInfo[] = [
  { code: "01", name: "Jammu & Kashmir", utgst: false, aliases: ["Jammu and Kashmir"] },
  { code: "02", name: "Himachal Pradesh", utgst: false },
  { code: "03", name: "Punjab", utgst: false },
  { code: "04", name: "Chandigarh", utgst: true },
  { code: "05", name: "Uttarakhand", utgst: false, aliases: ["Uttaranchal"] },
  { code: "06", name: "Haryana", utgst: false },
  { code: "07", name: "Delhi", utgst: false, aliases: ["New Delhi", "NCT of Delhi"] },
  { code: "08", name: "Rajasthan", utgst: false },
  { code: "09", name: "Uttar Pradesh", utgst: false, aliases: ["UP"] },
  { code: "10", name: "Bihar", utgst: false },
  { code: "11", name: "Sikkim", utgst: false },
  { code: "12", name: "Arunachal Pradesh", utgst: false },
  { code: "13", name: "Nagaland", utgst: false },
  { code: "14", name: "Manipur", utgst: false },
  { code: "15", name: "Mizoram", utgst: false },
  { code: "16", name: "Tripura", utgst: false },
  { code: "17", name: "Meghalaya", utgst: false },
  { code: "18", name: "Assam", utgst: false },
  { code: "19", name: "West Bengal", utgst: false },
  { code: "20", name: "Jharkhand", utgst: false },
  { code: "21", name: "Odisha", utgst: false, aliases: ["Orissa"] },
  { code: "22", name: "Chhattisgarh", utgst: false },
  { code: "23", name: "Madhya Pradesh", utgst: false, aliases: ["MP"] },
  { code: "24", name: "Gujarat", utgst: false },
  { code: "25", name: "Daman & Diu", utgst: true, legacy: true, aliases: ["Daman and Diu"] },
  {
    code: "26",
    name: "Dadra & Nagar Haveli and Daman & Diu",
    utgst: true,
    aliases: ["Dadra and Nagar Haveli and Daman and Diu", "Dadra & Nagar Haveli", "Dadra and Nagar Haveli"],
  },
  { code: "27", name: "Maharashtra", utgst: false },
  { code: "28", name: "Andhra Pradesh (Before Division)", utgst: false, legacy: true },
  { code: "29", name: "Karnataka", utgst: false },
  { code: "30", name: "Goa", utgst: false },
  { code: "31", name: "Lakshadweep", utgst: true },
  { code: "32", name: "Kerala", utgst: false },
  { code: "33", name: "Tamil Nadu", utgst: false },
  { code: "34", name: "Puducherry", utgst: false, aliases: ["Pondicherry"] },
  { code: "35", name: "Andaman & Nicobar Islands", utgst: true, aliases: ["Andaman and Nicobar Islands"] },
  { code: "36", name: "Telangana", utgst: false },
  { code: "37", name: "Andhra Pradesh", utgst: false },
  { code: "38", name: "Ladakh", utgst: true },
  { code: "97", name: "Other Territory", utgst: true },
  { code: "99", name: "Centre Jurisdiction", utgst: false },
];

const norm = (s: string) =>
  s
    .toLowerCase()
    .replace(/&/g, "and")
    .replace(/[^a-z0-9]/g, "");

const BY_KEY = new Map<string, StateInfo>();
for (const s of STATES) {
  BY_KEY.set(s.code, s);
  BY_KEY.set(norm(s.name), s);
  for (const a of s.aliases ?? []) BY_KEY.set(norm(a), s);
}

export function stateByCode(code: string): StateInfo | undefined {
  return BY_KEY.get(code.trim().padStart(2, "0"));
}

/**
 * Finds a state from what a bookkeeper types: "27", "7", "Maharashtra", "maharashtra ",
 * "27-Maharashtra" or "Jammu and Kashmir".
 */
export function findState(typed: string | number): StateInfo | undefined {
  const text = String(typed).trim();
  if (/^\d{1,2}$/.test(text)) return stateByCode(text);
  const prefixed = /^(\d{2})\s*[-:]\s*(.+)$/.exec(text);
  if (prefixed) {
    const byCode = stateByCode(prefixed[1]);
    return byCode && BY_KEY.get(norm(prefixed[2])) === byCode ? byCode : undefined;
  }
  return BY_KEY.get(norm(text));
}
