/**
 * `TYPE Collection` exports with an ad-hoc TDL COLLECTION (PROTOCOL.md 5; BRIDGE 3; GARG
 * collectionRequest). FETCH lists are not honoured: every field the emulator has is returned.
 * Voucher collections load only the SVFROMDATE..SVTODATE period and return nothing without it
 * (P002 11), then apply FILTERS. A company that is not loaded gives 0 rows with STATUS 1; the
 * Company collection ignores SVCURRENTCOMPANY (4.4). An undefined collection or an unknown TYPE
 * raises a modal dialog in real Tally (P002 13; MBNG probe-findings 1): see ExportAnswer.dialog.
 */
import { compareDates } from "../core/dates";
import { ledgerBalances } from "./books";
import { compileFormula, type Formula, type FormulaScope, type Value } from "./formula";
import type { MasterIds, MasterKind } from "./masters";
import { companyXml, mastersXml } from "./master-xml";
import { nameKey, sameName } from "./name-map";
import { cmpInfo, exportEnvelope, exportError } from "./responses";
import { isLoadedCompany, type RequestVariables } from "./request-variables";
import type { CompanyState } from "./state";
import type { Voucher } from "./voucher-record";
import { readBackOf, type ReadBackSettings, type VoucherReadBack } from "./read-back";
import { voucherXml } from "./voucher-xml";
import { at, attr, childrenNamed, textAt, type XNode } from "./xml-tree";
import { el } from "./xml-out";

/** An export answer; `dialog` marks where real Tally shows a blocking modal dialog instead. */
export interface ExportAnswer {
  text: string;
  dialog?: boolean;
  /** Set when the answer is "Could not find Report": sources disagree on that answer (4.1). */
  unknownReport?: boolean;
  /** For the cost model (cost-model.ts): vouchers the read walked, objects it returned. */
  walked?: number;
  returned?: number;
}

const TYPES: Record<string, MasterKind | "VOUCHER" | "COMPANY"> = {
  ledger: "LEDGER",
  group: "GROUP",
  stockitem: "STOCKITEM",
  stockgroup: "STOCKGROUP",
  godown: "GODOWN",
  unit: "UNIT",
  vouchertype: "VOUCHERTYPE",
  voucher: "VOUCHER",
  company: "COMPANY",
};

const dialog = (message: string): ExportAnswer => ({ text: exportError(message), dialog: true });

// $RemoteID and $PartyLedgerName read what the export writes (11.1: no source shows $RemoteID giving the client value).
function voucherField(v: Voucher, view: VoucherReadBack, name: string): Value {
  const fields: Record<string, Value> = {
    date: v.date,
    remoteid: view.remoteId,
    guid: v.guid,
    masterid: v.masterId,
    alterid: v.alterId,
    vouchernumber: v.number,
    vouchertypename: v.type,
    partyledgername: view.partyLedger ?? "",
    narration: v.narration,
    iscancelled: v.cancelled,
  };
  return fields[name.toLowerCase()] ?? v.fields[name.toUpperCase()] ?? "";
}

function masterField(m: MasterIds, name: string): Value {
  const key = name.toLowerCase();
  if (key === "name") return m.name;
  if (key === "masterid" || key === "alterid") return key === "masterid" ? m.masterId : m.alterId;
  const value = (m as unknown as Record<string, unknown>)[key === "partygstin" ? "gstin" : key];
  return typeof value === "string" || typeof value === "number" || typeof value === "boolean" ? value : "";
}

/** Compiles every formula named in FILTER/FILTERS; all must hold. */
function readFilters(tdl: XNode | undefined, collection: XNode): { formulas: Formula[] } | ExportAnswer {
  const names = [...childrenNamed(collection, "FILTERS"), ...childrenNamed(collection, "FILTER")]
    .flatMap((n) => n.text.split(","))
    .map((n) => n.trim())
    .filter((n) => n !== "");
  const formulas: Formula[] = [];
  for (const name of names) {
    const system = childrenNamed(tdl, "SYSTEM").find((s) => sameName(attr(s, "NAME"), name) && /formula/i.test(attr(s, "TYPE") ?? ""));
    if (!system) return dialog(`Error in TDL. 'Formula:${name}' Could not find description!`);
    const compiled = compileFormula(system.text);
    // Not a Tally message: the emulator says plainly what it cannot evaluate.
    if (!compiled.ok) return { text: exportError(`Emulator cannot evaluate formula '${name}': ${compiled.reason}`) };
    formulas.push(compiled.formula);
  }
  return { formulas };
}

function scopeFor(field: (name: string) => Value, vars: RequestVariables, state: CompanyState): FormulaScope {
  const variables: Record<string, Value> = { svfromdate: vars.from, svtodate: vars.to, svcurrentcompany: vars.company ?? state.name };
  return { field, variable: (name) => variables[name.toLowerCase()] ?? "" };
}

/** The vouchers of the loaded period that pass every filter, and how many the period held (what Tally walks). */
function voucherRows(
  state: CompanyState,
  vars: RequestVariables,
  formulas: Formula[],
  readBack: ReadBackSettings,
): { rows: [Voucher, VoucherReadBack][]; walked: number } {
  if (!vars.from && !vars.to) return { rows: [], walked: 0 };
  const from = vars.from ?? state.booksFrom;
  const to = vars.to ?? state.booksTo;
  const period = state.vouchers().filter((v) => compareDates(v.date, from) >= 0 && compareDates(v.date, to) <= 0);
  const rows = period.map((v): [Voucher, VoucherReadBack] => [v, readBackOf(v, state, readBack)]);
  const kept = rows.filter(([v, view]) => {
    const scope = scopeFor((n) => voucherField(v, view, n), vars, state);
    return formulas.every((f) => f(scope));
  });
  return { rows: kept, walked: period.length };
}

/** CHILDOF (direct parent) or, with BELONGSTO Yes, anywhere below that group. */
function childOf(state: CompanyState, collection: XNode): (m: MasterIds) => boolean {
  const parent = textAt(collection, "CHILDOF");
  if (!parent) return () => true;
  const deep = /yes/i.test(textAt(collection, "BELONGSTO") ?? "");
  return (m) => {
    let p = (m as { parent?: string | null }).parent ?? null;
    for (let guard = 0; p !== null && guard < 100; guard++) {
      if (sameName(p, parent)) return true;
      if (!deep) return false;
      p = state.groups.get(p)?.parent ?? null;
    }
    return false;
  };
}

/** Answers a `TYPE Collection` export. */
export function exportCollection(root: XNode, state: CompanyState, vars: RequestVariables, readBack: ReadBackSettings): ExportAnswer {
  const id = textAt(root, "HEADER", "ID") ?? "";
  const tdl = at(root, "BODY", "DESC", "TDL", "TDLMESSAGE");
  const collection = childrenNamed(tdl, "COLLECTION").find((c) => sameName(attr(c, "NAME"), id));
  if (!collection) return dialog(`Error in TDL. 'Collection:${id}' Could not find description!`);
  const kind = TYPES[(textAt(collection, "TYPE") ?? "").replace(/\s+/g, "").toLowerCase()];
  if (!kind) return dialog("incorrect object type");
  const filters = readFilters(tdl, collection);
  if ("text" in filters) return filters;
  const desc = [cmpInfo(state)];
  if (kind === "COMPANY") return { text: exportEnvelope(desc, [el("COLLECTION", [companyXml(state, { typed: true })])]) };
  if (!isLoadedCompany(state, vars)) return { text: exportEnvelope(desc, [el("COLLECTION", [])]) };
  if (kind === "VOUCHER") {
    const { rows, walked } = voucherRows(state, vars, filters.formulas, readBack);
    const xml = rows.map(([v, view]) => voucherXml(v, { typed: true }, view));
    const text = exportEnvelope(desc, [el("COLLECTION", xml, { ISCMPDEPTYPE: "Yes", CMPLOCUS: "4", CMPDEPTYPE: "64" })]);
    return { text, walked, returned: rows.length };
  }
  const balances = new Map(ledgerBalances(state).map((b) => [nameKey(b.ledger), b]));
  const under = childOf(state, collection);
  const keep = (m: MasterIds): boolean => under(m) && filters.formulas.every((f) => f(scopeFor((n) => masterField(m, n), vars, state)));
  const rows = mastersXml(state, kind, { typed: true }, balances, keep);
  const text = exportEnvelope(desc, [el("COLLECTION", rows, kind === "LEDGER" ? { ISMSTDEPTYPE: "Yes", MSTDEPTYPE: "8" } : {})]);
  return { text, returned: rows.length };
}
