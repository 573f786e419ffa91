/**
 * Masters as Tally exports them, from a collection read (BODY/DATA/COLLECTION/LEDGER) or the
 * legacy List of Accounts (.../TALLYMESSAGE/LEDGER), PROTOCOL.md 5. Only what the add-in needs
 * to map names and check existence before writing; empty elements mean absent, never zero.
 */
import type { CalendarDate } from "../dates";
import type { Paise } from "../money";
import { childText, childrenNamed, exportedObjects, firstChild, parseTallyXml, type XmlElement } from "./read-xml";
import { tallyAmount, tallyDateValue, tallyYes } from "./read-values";

export type MasterTag = "LEDGER" | "STOCKITEM" | "GODOWN" | "UNIT" | "VOUCHERTYPE" | "GROUP" | "COMPANY";

export interface MasterRecord {
  name: string;
  /** PARENT: group, stock group, parent godown or base voucher type; "&#4; Primary" reads "Primary". */
  parent?: string;
  /** LEDGER: CLOSINGBALANCE as Tally signs it (debit negative); absent when the element is empty. */
  closingBalance?: Paise;
  /** LEDGER: OPENINGBALANCE, same sign rule; absent when empty (MBNG fixtures). */
  openingBalance?: Paise;
  /** LEDGER: PARTYGSTIN, or the last GSTIN of LEDGSTREGDETAILS.LIST (TallyPrime 3.0+, PROTOCOL.md 3.2). */
  partyGstin?: string;
  /** STOCKITEM: BASEUNITS. */
  baseUnits?: string;
  /** VOUCHERTYPE: NUMBERINGMETHOD, e.g. "Manual" (PROTOCOL.md 7: manual numbers are kept). */
  numberingMethod?: string;
  /** VOUCHERTYPE: PREVENTDUPLICATES Yes. */
  preventDuplicates?: boolean;
}

/** The master's name: NAME attribute, else NAME child, else LANGUAGENAME.LIST/NAME.LIST/NAME (PROTOCOL.md 3.1). */
export function masterName(el: XmlElement): string | undefined {
  const attr = el.attrs.NAME?.trim();
  if (attr) return attr;
  const child = childText(el, "NAME");
  if (child) return child;
  for (const language of childrenNamed(el, "LANGUAGENAME.LIST")) {
    for (const list of childrenNamed(language, "NAME.LIST")) {
      const name = childText(list, "NAME");
      if (name) return name;
    }
  }
  return undefined;
}

function gstinOf(ledger: XmlElement): string | undefined {
  const flat = childText(ledger, "PARTYGSTIN");
  if (flat) return flat;
  const dated = childrenNamed(ledger, "LEDGSTREGDETAILS.LIST").map((d) => childText(d, "GSTIN"));
  return dated.filter((g): g is string => g !== undefined).pop();
}

function readMaster(el: XmlElement, tag: MasterTag, name: string): MasterRecord {
  const record: MasterRecord = { name };
  const set = <K extends keyof MasterRecord>(key: K, value: MasterRecord[K] | undefined): void => {
    if (value !== undefined) record[key] = value;
  };
  set("parent", childText(el, "PARENT"));
  if (tag === "LEDGER") {
    set("closingBalance", tallyAmount(childText(el, "CLOSINGBALANCE")));
    set("openingBalance", tallyAmount(childText(el, "OPENINGBALANCE")));
    set("partyGstin", gstinOf(el));
  } else if (tag === "STOCKITEM") {
    set("baseUnits", childText(el, "BASEUNITS"));
  } else if (tag === "VOUCHERTYPE") {
    set("numberingMethod", childText(el, "NUMBERINGMETHOD"));
    if (firstChild(el, "PREVENTDUPLICATES")) set("preventDuplicates", tallyYes(childText(el, "PREVENTDUPLICATES")));
  }
  return record;
}

/**
 * Every master of one kind in an export reply, in Tally's order. Objects without any name (the
 * COMPANY identity block of a Voucher Register reply) are not masters and are left out.
 * Returns [] for a reply that holds none or cannot be read; readExportError says why.
 */
export function readMasterNames(text: string, objectTag: MasterTag): MasterRecord[] {
  const parsed = parseTallyXml(text);
  if (!parsed.ok) return [];
  const records: MasterRecord[] = [];
  for (const el of exportedObjects(parsed.root, objectTag)) {
    const name = masterName(el);
    if (name) records.push(readMaster(el, objectTag, name));
  }
  return records;
}

export interface CompanyRecord {
  name: string;
  /** STARTINGFROM: first day of the books' first financial year. */
  startingFrom?: CalendarDate;
  endingAt?: CalendarDate;
  /** BOOKSFROM: where this company's books begin (a year-end split keeps its parent's GUID, PROTOCOL.md 11.4). */
  booksFrom?: CalendarDate;
  guid?: string;
  /** ALTVCHID: the voucher high-water mark, which moves with every voucher write (PROTOCOL.md 11.5). */
  altVchId?: number;
  /** ALTMSTID: the master high-water mark; masters and vouchers share one ALTERID sequence (PROTOCOL.md 5). */
  altMstId?: number;
}

function markOf(text: string | undefined): number | undefined {
  const mark = Number(text);
  return text !== undefined && text.trim() !== "" && Number.isSafeInteger(mark) ? mark : undefined;
}

/** The loaded companies from a Company collection read (PROTOCOL.md 5 "Company list"). */
export function readCompanies(text: string): CompanyRecord[] {
  const parsed = parseTallyXml(text);
  if (!parsed.ok) return [];
  const companies: CompanyRecord[] = [];
  for (const el of exportedObjects(parsed.root, "COMPANY")) {
    const name = masterName(el);
    if (!name) continue;
    const company: CompanyRecord = { name };
    const startingFrom = tallyDateValue(childText(el, "STARTINGFROM"));
    const endingAt = tallyDateValue(childText(el, "ENDINGAT"));
    if (startingFrom) company.startingFrom = startingFrom;
    if (endingAt) company.endingAt = endingAt;
    const booksFrom = tallyDateValue(childText(el, "BOOKSFROM"));
    if (booksFrom) company.booksFrom = booksFrom;
    const guid = childText(el, "GUID");
    if (guid) company.guid = guid;
    const vchMark = markOf(childText(el, "ALTVCHID"));
    if (vchMark !== undefined) company.altVchId = vchMark;
    const mstMark = markOf(childText(el, "ALTMSTID"));
    if (mstMark !== undefined) company.altMstId = mstMark;
    companies.push(company);
  }
  return companies;
}
