/**
 * Masters written as TallyPrime exports them (resp-export-ledger-collection-fixture-marketingbng.xml,
 * resp-export-company-collection-fixture-marketingbng.xml): NAME and RESERVEDNAME attributes,
 * `&#4; Primary` for a top-level parent, CLOSINGBALANCE debit-negative and EMPTY for a ledger with no
 * opening and no postings (MBNG; BRIDGE 7), LANGUAGENAME.LIST with LANGUAGEID ` 1033`.
 */
import { tallyDate } from "../core/dates";
import type { LedgerBalance } from "./books";
import type { Group, Godown, Ledger, MasterIds, MasterKind, StockGroup, StockItem, Unit, VoucherType } from "./masters";
import { nameKey } from "./name-map";
import type { CompanyState } from "./state";
import { PRIMARY, spaced, writeAmount, yesNo } from "./tally-values";
import type { ExportStyle } from "./voucher-xml";
import { el, type XmlNode } from "./xml-out";

type Field = (tag: string, type: string, text: string | undefined) => XmlNode | undefined;

const fieldWriter =
  (style: ExportStyle): Field =>
  (tag, type, text) => {
    if (text === undefined) return undefined;
    return style.typed ? { tag, attrs: { TYPE: type }, text } : { tag, text };
  };

function identity(m: MasterIds, f: Field): (XmlNode | undefined)[] {
  return [f("GUID", "String", m.guid), f("MASTERID", "Number", spaced(m.masterId)), f("ALTERID", "Number", spaced(m.alterId))];
}

function languageNames(name: string, f: Field): XmlNode {
  const nameList = { tag: "NAME.LIST", attrs: { TYPE: "String" }, children: [el("NAME", name)] };
  return el("LANGUAGENAME.LIST", [nameList, f("LANGUAGEID", "Number", spaced(1033))]);
}

function master(tag: string, m: MasterIds, fields: (XmlNode | undefined)[], f: Field): XmlNode {
  return el(tag, [...fields, ...identity(m, f), languageNames(m.name, f)], { NAME: m.name, RESERVEDNAME: m.reservedName });
}

const parentText = (parent: string | null): string => parent ?? PRIMARY;

function ledgerXml(l: Ledger, balance: LedgerBalance | undefined, f: Field): XmlNode {
  const closing = balance && balance.hasActivity ? writeAmount(balance.closing) : "";
  return master(
    "LEDGER",
    l,
    [
      f("PARENT", "String", parentText(l.parent)),
      f("CLOSINGBALANCE", "Amount", closing),
      f("OPENINGBALANCE", "Amount", writeAmount(l.openingBalance)),
      f("PARTYGSTIN", "String", l.gstin),
      f("GSTREGISTRATIONTYPE", "String", l.gstRegistrationType),
      f("TAXTYPE", "String", l.taxType),
      f("GSTDUTYHEAD", "String", l.gstDutyHead),
      f("LEDSTATENAME", "String", l.stateName),
      f("ISBILLWISEON", "Logical", l.billWise === undefined ? undefined : yesNo(l.billWise)),
    ],
    f,
  );
}

const groupXml = (g: Group, f: Field): XmlNode =>
  master("GROUP", g, [f("PARENT", "String", parentText(g.parent)), f("NATURE", "String", g.nature)], f);

const stockGroupXml = (g: StockGroup, f: Field): XmlNode => master("STOCKGROUP", g, [f("PARENT", "String", parentText(g.parent))], f);

const stockItemXml = (i: StockItem, f: Field): XmlNode =>
  master(
    "STOCKITEM",
    i,
    [
      f("PARENT", "String", parentText(i.parent)),
      f("BASEUNITS", "String", i.baseUnits),
      f("GSTAPPLICABLE", "String", i.gstApplicable),
      f("HSNCODE", "String", i.hsnCode),
    ],
    f,
  );

const unitXml = (u: Unit, f: Field): XmlNode =>
  master(
    "UNIT",
    u,
    [f("ISSIMPLEUNIT", "Logical", "Yes"), f("FORMALNAME", "String", u.formalName), f("DECIMALPLACES", "Number", spaced(u.decimals))],
    f,
  );

const godownXml = (g: Godown, f: Field): XmlNode => master("GODOWN", g, [f("PARENT", "String", parentText(g.parent))], f);

const voucherTypeXml = (t: VoucherType, f: Field): XmlNode =>
  master(
    "VOUCHERTYPE",
    t,
    [
      f("PARENT", "String", t.parent),
      f("NUMBERINGMETHOD", "String", t.numbering),
      f("PREVENTDUPLICATES", "Logical", yesNo(t.preventDuplicates)),
      f("ISACTIVE", "Logical", "Yes"),
    ],
    f,
  );

/** The loaded company, with the high-water marks incremental readers poll (PROTOCOL.md 5). */
export function companyXml(state: CompanyState, style: ExportStyle): XmlNode {
  const f = fieldWriter(style);
  const marks = state.highWaterMarks();
  return el(
    "COMPANY",
    [
      f("ENDINGAT", "Date", tallyDate(state.booksTo)),
      f("STARTINGFROM", "Date", tallyDate(state.booksFrom)),
      f("BOOKSFROM", "Date", tallyDate(state.booksFrom)),
      f("GUID", "String", state.guid),
      f("ALTMSTID", "Number", spaced(marks.altMstId)),
      f("ALTVCHID", "Number", spaced(marks.altVchId)),
      f("NAME", "String", state.name),
    ],
    { NAME: state.name, RESERVEDNAME: "" },
  );
}

/** Renders the masters of one kind that pass `keep`, in master order. */
export function mastersXml(
  state: CompanyState,
  kind: MasterKind,
  style: ExportStyle,
  balances: Map<string, LedgerBalance>,
  keep: (m: MasterIds) => boolean = () => true,
): XmlNode[] {
  const f = fieldWriter(style);
  const render: Record<MasterKind, (m: never) => XmlNode> = {
    LEDGER: (l: Ledger) => ledgerXml(l, balances.get(nameKey(l.name)), f),
    GROUP: (g: Group) => groupXml(g, f),
    STOCKGROUP: (g: StockGroup) => stockGroupXml(g, f),
    STOCKITEM: (i: StockItem) => stockItemXml(i, f),
    UNIT: (u: Unit) => unitXml(u, f),
    GODOWN: (g: Godown) => godownXml(g, f),
    VOUCHERTYPE: (t: VoucherType) => voucherTypeXml(t, f),
  };
  return state
    .mastersOf(kind)
    .values()
    .filter(keep)
    .map((m) => render[kind](m as never));
}
