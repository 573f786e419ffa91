/**
 * The request's static variables (SVCURRENTCOMPANY, SVFROMDATE, SVTODATE, ...), wherever the two
 * envelope forms put them (PROTOCOL.md 1.1, 1.2, 5), and how SVCURRENTCOMPANY is matched: case- and
 * whitespace-insensitively, a missing one meaning the loaded company (4.4; MBNG probe-findings 10).
 */
import type { CalendarDate } from "../core/dates";
import { nameKey } from "./name-map";
import type { CompanyState } from "./state";
import { readTallyDate } from "./tally-values";
import { at, textAt, type XNode } from "./xml-tree";

export interface RequestVariables {
  /** STATICVARIABLES element, for any further variable. */
  node: XNode | undefined;
  /** SVCURRENTCOMPANY as sent, undefined when absent. */
  company: string | undefined;
  from: CalendarDate | undefined;
  to: CalendarDate | undefined;
}

/** Static variables of any request form; SVCURRENTCOMPANY directly in REQUESTDESC counts too (TMCP). */
export function readVariables(root: XNode): RequestVariables {
  const body = at(root, "BODY");
  const requestDesc = at(body, "IMPORTDATA", "REQUESTDESC") ?? at(body, "EXPORTDATA", "REQUESTDESC");
  const node = at(body, "DESC", "STATICVARIABLES") ?? at(requestDesc, "STATICVARIABLES");
  const company = textAt(node, "SVCURRENTCOMPANY") ?? textAt(requestDesc, "SVCURRENTCOMPANY");
  return {
    node,
    company: company === "" ? undefined : company,
    from: readTallyDate(textAt(node, "SVFROMDATE")),
    to: readTallyDate(textAt(node, "SVTODATE")),
  };
}

/** True when the request addresses the loaded company (or none in particular). */
export function isLoadedCompany(state: CompanyState, vars: RequestVariables): boolean {
  return vars.company === undefined || nameKey(vars.company) === nameKey(state.name);
}

/** Tally's answer when SVCURRENTCOMPANY names a company that is not loaded (P002 25; BRIDGE 9.11). */
export function companyNotLoaded(vars: RequestVariables): string {
  return `Could not set 'SVCurrentCompany' to '${vars.company ?? ""}'`;
}
