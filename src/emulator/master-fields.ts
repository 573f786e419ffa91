/**
 * Reads the fields of one imported master and checks what they refer to (PROTOCOL.md 3). A PARENT
 * of `&#4; Primary` or empty means top level; the literal "Primary" is a group that does not exist
 * ("Group 'Primary' does not exist!", LOKESH; P002 22). Unknown elements are ignored (8.1).
 */
import { readAmount, readYesNo, isPrimaryParent } from "./tally-values";
import type { MasterKind, Nature, Numbering } from "./masters";
import type { CompanyState } from "./state";
import type { Rejection } from "./voucher-checks";
import { at, textAt, type XNode } from "./xml-tree";

/** Fields to set on the master, or why Tally refuses it. */
export type FieldsOrRejection = { fields: Record<string, unknown> } | { rejection: Rejection };

const refuse = (lineError?: string): { rejection: Rejection } => ({ rejection: { lineError, counter: "exceptions" } });

/** Drops fields the request did not carry, so an alter keeps what it did not mention. */
function present(fields: Record<string, unknown>): FieldsOrRejection {
  return { fields: Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)) };
}

/**
 * Resolves PARENT against one kind of master. undefined = not sent; null = top level.
 * `topAllowed` false: a top-level parent is refused without a message.
 */
function parentIn(
  node: XNode,
  names: { get(n: string): { name: string } | undefined },
  label: string,
  isNew: boolean,
  topAllowed = true,
): { parent: string | null | undefined } | { rejection: Rejection } {
  const text = textAt(node, "PARENT");
  if (text === undefined) return isNew && !topAllowed ? refuse() : { parent: undefined };
  if (isPrimaryParent(text)) return topAllowed ? { parent: null } : refuse();
  const found = names.get(text);
  return found ? { parent: found.name } : refuse(`${label} '${text}' does not exist!`);
}

function group(node: XNode, state: CompanyState, isNew: boolean): FieldsOrRejection {
  const p = parentIn(node, state.groups, "Group", isNew);
  if ("rejection" in p) return p;
  const nature: Nature | undefined = p.parent ? state.groups.get(p.parent)?.nature : isNew ? "Assets" : undefined;
  return present({ parent: p.parent ?? (isNew ? null : undefined), nature });
}

function ledger(node: XNode, state: CompanyState, isNew: boolean): FieldsOrRejection {
  const p = parentIn(node, state.groups, "Group", isNew, false);
  if ("rejection" in p) return p;
  const gst = at(node, "LEDGSTREGDETAILS.LIST");
  return present({
    parent: p.parent,
    openingBalance: readAmount(textAt(node, "OPENINGBALANCE")) ?? (isNew ? 0 : undefined),
    gstin: textAt(node, "PARTYGSTIN") || textAt(gst, "GSTIN") || undefined,
    gstRegistrationType: textAt(node, "GSTREGISTRATIONTYPE") || textAt(gst, "GSTREGISTRATIONTYPE") || undefined,
    taxType: textAt(node, "TAXTYPE") || undefined,
    gstDutyHead: textAt(node, "GSTDUTYHEAD") || undefined,
    stateName: textAt(node, "LEDSTATENAME") || textAt(node, "LEDMAILINGDETAILS.LIST", "STATE") || undefined,
    billWise: readYesNo(textAt(node, "ISBILLWISEON")),
  });
}

function stockGroup(node: XNode, state: CompanyState, isNew: boolean): FieldsOrRejection {
  const p = parentIn(node, state.stockGroups, "Stock Group", isNew);
  return "rejection" in p ? p : present({ parent: p.parent ?? (isNew ? null : undefined) });
}

function stockItem(node: XNode, state: CompanyState, isNew: boolean): FieldsOrRejection {
  const p = parentIn(node, state.stockGroups, "Stock Group", isNew);
  if ("rejection" in p) return p;
  const unit = textAt(node, "BASEUNITS");
  if (unit && !state.units.has(unit)) return refuse(`Unit '${unit}' does not exist!`);
  const hsn = textAt(node, "HSNDETAILS.LIST", "HSNCODE") || textAt(node, "GSTDETAILS.LIST", "HSNCODE") || undefined;
  return present({
    parent: p.parent ?? (isNew ? null : undefined),
    baseUnits: unit ? state.units.get(unit)?.name : undefined,
    hsnCode: hsn,
    gstApplicable: textAt(node, "GSTAPPLICABLE") || undefined,
  });
}

function unit(node: XNode, _state: CompanyState, isNew: boolean): FieldsOrRejection {
  const places = textAt(node, "DECIMALPLACES");
  return present({ formalName: textAt(node, "FORMALNAME") || undefined, decimals: places ? Number(places) || 0 : isNew ? 0 : undefined });
}

function godown(node: XNode, state: CompanyState, isNew: boolean): FieldsOrRejection {
  const p = parentIn(node, state.godowns, "Godown", isNew);
  return "rejection" in p ? p : present({ parent: p.parent ?? (isNew ? null : undefined) });
}

/** NUMBERINGMETHOD text: "Manual", "Automatic (Manual Override)", anything else ("Automatic", "Multi-user Auto") numbers automatically. */
function readNumbering(method: string): Numbering {
  if (/^\s*manual/i.test(method)) return "Manual";
  return /override/i.test(method) ? "Automatic (Manual Override)" : "Automatic";
}

function voucherType(node: XNode, state: CompanyState, isNew: boolean): FieldsOrRejection {
  const p = parentIn(node, state.voucherTypes, "Voucher type", isNew, false);
  if ("rejection" in p) return p;
  const method = textAt(node, "NUMBERINGMETHOD");
  const numbering: Numbering | undefined = method ? readNumbering(method) : isNew ? "Automatic" : undefined;
  const prevent = readYesNo(textAt(node, "PREVENTDUPLICATES"));
  return present({
    parent: p.parent,
    numbering,
    preventDuplicates: prevent ?? (isNew ? false : undefined),
    lastAutoNumber: isNew ? 0 : undefined,
  });
}

const READERS: Record<MasterKind, (node: XNode, state: CompanyState, isNew: boolean) => FieldsOrRejection> = {
  GROUP: group,
  LEDGER: ledger,
  STOCKGROUP: stockGroup,
  STOCKITEM: stockItem,
  UNIT: unit,
  GODOWN: godown,
  VOUCHERTYPE: voucherType,
};

/** Reads and checks one master's fields. */
export function readMasterFields(kind: MasterKind, node: XNode, state: CompanyState, isNew: boolean): FieldsOrRejection {
  return READERS[kind](node, state, isNew);
}
