/**
 * Imports one master (LEDGER, GROUP, STOCKGROUP, STOCKITEM, UNIT, GODOWN, VOUCHERTYPE). Masters are
 * keyed by name: Create on an existing name alters it, `CREATED 0, ALTERED 1` (BRIDGE 9.4). The
 * NAME attribute names the existing master, the inner NAME the new one (a rename, PROTOCOL.md 3.1).
 * Delete of a missing master: "Item does not exist!", ERRORS 1 (BRIDGE 9.7).
 */
import { isReferenced, renameReferences } from "./master-references";
import { readMasterFields } from "./master-fields";
import type { MasterIds, MasterKind } from "./masters";
import type { CompanyState } from "./state";
import type { Outcome } from "./import-vouchers";
import { attr, textAt, type XNode } from "./xml-tree";

/** IMPORTDUPS: what a Create does to a master that already exists (OFF-CS1). */
export type ImportDups = "modify" | "combine" | "ignore";

export const MASTER_TAGS: readonly MasterKind[] = ["GROUP", "LEDGER", "STOCKGROUP", "STOCKITEM", "UNIT", "GODOWN", "VOUCHERTYPE"];

/** Reads IMPORTDUPS (`@@DUPCOMBINE`, `DupCombine`, `DupIgnoreCombine`, `DupModify`). */
export function readImportDups(text: string | undefined): ImportDups {
  const t = (text ?? "").toLowerCase();
  if (t.includes("ignore")) return "ignore";
  if (t.includes("combine")) return "combine";
  return "modify";
}

function namesOf(node: XNode): { old?: string; next?: string } {
  const inner = textAt(node, "NAME") || textAt(node, "LANGUAGENAME.LIST", "NAME.LIST", "NAME");
  const old = attr(node, "NAME")?.trim() || undefined;
  return { old, next: inner || old };
}

function remove(state: CompanyState, kind: MasterKind, existing: MasterIds | undefined): Outcome {
  if (!existing) return { kind: "rejected", rejection: { lineError: "Item does not exist!", counter: "errors" } };
  if (existing.reservedName !== "" || isReferenced(state, kind, existing.name)) {
    return { kind: "rejected", rejection: { lineError: "Cannot be deleted!", counter: "errors" } };
  }
  state.mastersOf(kind).remove(existing.name);
  state.revision++;
  return { kind: "deleted" };
}

function alterExisting(
  state: CompanyState,
  kind: MasterKind,
  existing: MasterIds,
  fields: Record<string, unknown>,
  name: string,
  dups: ImportDups,
): Outcome {
  if (dups === "ignore") return { kind: "ignored" };
  const combined = dups === "combine" && kind === "LEDGER" && typeof fields.openingBalance === "number";
  if (combined) fields.openingBalance = (fields.openingBalance as number) + ((existing as { openingBalance?: number }).openingBalance ?? 0);
  const previous = existing.name;
  Object.assign(existing, fields, { name, alterId: state.nextAlterId() });
  state.mastersOf(kind).put(existing, previous);
  if (previous !== name) renameReferences(state, kind, previous, name);
  return { kind: combined ? "combined" : "altered" };
}

/** Imports one master element of the given kind. */
export function importMaster(kind: MasterKind, node: XNode, state: CompanyState, dups: ImportDups): Outcome {
  const { old, next } = namesOf(node);
  if (!next) return { kind: "rejected", rejection: { counter: "exceptions" } };
  const masters = state.mastersOf(kind);
  const existing = masters.get(old) ?? masters.get(next);
  if (attr(node, "ACTION")?.trim().toLowerCase() === "delete") return remove(state, kind, existing);
  const read = readMasterFields(kind, node, state, existing === undefined);
  if ("rejection" in read) return { kind: "rejected", rejection: read.rejection };
  if (existing) return alterExisting(state, kind, existing, read.fields, next, dups);
  masters.put({ ...state.newIds(next), ...read.fields } as MasterIds);
  return { kind: "created" };
}
