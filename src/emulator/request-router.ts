/**
 * Classifies a decoded request body and plans its answer (PROTOCOL.md 1, 4.1, 5): legacy
 * `Import Data`, new `Import` + `TYPE Data`, legacy `Export Data`, `Export` + `TYPE Data` (report) or
 * `TYPE Collection`. Anything else, or text that is not well-formed XML, is "Unknown Request".
 * The plan is split from running it so the server can apply latency before anything commits.
 */
import { exportCollection, type ExportAnswer } from "./export-collection";
import { exportReport } from "./export-reports";
import type { Faults } from "./faults";
import { countVouchers, runImport } from "./import-request";
import type { TallyIdAlter } from "./import-vouchers";
import { resolveSwitches, type BehaviourSwitches } from "./profiles";
import { nameKey } from "./name-map";
import { bareCounters, envelopeCounters, exportError, UNKNOWN_REQUEST } from "./responses";
import { companyNotLoaded, isLoadedCompany, readVariables, type RequestVariables } from "./request-variables";
import type { CompanyState } from "./state";
import { at, childrenNamed, parseXml, textAt, type XNode } from "./xml-tree";

/** Which import answer shape to give; "auto" follows the request form (4.1, uncertain there). */
export type ResponseShape = "auto" | "bare" | "envelope";

/** Switches that make the emulator behave like one Tally setup or another. */
export interface Behaviour extends BehaviourSwitches {
  responseShape: ResponseShape;
  /** BIGGUIDE 1.A: a legacy `Import Data` carrying `<VERSION>1</VERSION>` is an Unknown Request. */
  prefixVersionTrap: boolean;
  tallyIdAlter: TallyIdAlter;
  /** Unknown report name: "Could not find Report" (P002 25) or "Unknown Request" (BRIDGE 12a.1). */
  unknownReport: "lineerror" | "unknown-request";
}

export type Plan = { kind: "import"; vouchers: number; run(): string } | { kind: "export"; run(): ExportAnswer } | { kind: "unknown" };

function planImport(messages: XNode[], legacy: boolean, vars: RequestVariables, ctx: Context): Plan {
  const { state, faults, behaviour } = ctx;
  const run = (): string => {
    // Inferred shape: the same STATUS 0 envelope the export side gives (P002 25 does not show a write).
    // Licensed 7.1 posted into the loaded company instead (11.4): the companyMismatch switch.
    const refused = behaviour.companyMismatch === "refuse" && !isLoadedCompany(state, vars);
    if (!faults.noCompany && refused) return exportError(companyNotLoaded(vars));
    const counters = runImport({ messages, staticVariables: vars.node }, state, faults, behaviour);
    const shape = behaviour.responseShape === "auto" ? (legacy ? "bare" : "envelope") : behaviour.responseShape;
    return shape === "bare" ? bareCounters(counters) : envelopeCounters(counters, state);
  };
  return { kind: "import", vouchers: countVouchers(messages), run };
}

function report(name: string, state: CompanyState, vars: RequestVariables, behaviour: Behaviour): ExportAnswer {
  const answer = exportReport(name, state, vars, behaviour);
  return answer.unknownReport && behaviour.unknownReport === "unknown-request" ? { text: UNKNOWN_REQUEST } : answer;
}

function planExport(answer: () => ExportAnswer, faults: Faults): Plan {
  // With no company loaded Tally answers exports with an empty body (TDL-LOADER; MBNG TallyClient.ts).
  return { kind: "export", run: () => (faults.noCompany ? { text: "" } : answer()) };
}

interface Context {
  state: CompanyState;
  faults: Faults;
  behaviour: Behaviour;
}

/** Reads a request and plans its answer. */
export function planRequest(text: string, state: CompanyState, faults: Faults, given: Behaviour): Plan {
  // A caller that builds its own Behaviour (test/support/taskpane-fakes.ts) may leave switches out: DEFAULT_PROFILE's apply.
  const behaviour: Behaviour = { ...given, ...resolveSwitches(given) };
  const root = parseXml(text);
  if (!root || nameKey(root.name) !== "envelope") return { kind: "unknown" };
  const header = at(root, "HEADER");
  const request = nameKey(textAt(header, "TALLYREQUEST") ?? "");
  const type = nameKey(textAt(header, "TYPE") ?? "");
  const vars = readVariables(root);
  const ctx = { state, faults, behaviour };
  if (request === "import data") {
    if (behaviour.prefixVersionTrap && textAt(header, "VERSION") !== undefined) return { kind: "unknown" };
    return planImport(childrenNamed(at(root, "BODY", "IMPORTDATA", "REQUESTDATA"), "TALLYMESSAGE"), true, vars, ctx);
  }
  if (request === "import" && type === "data") {
    return planImport(childrenNamed(at(root, "BODY", "DATA"), "TALLYMESSAGE"), false, vars, ctx);
  }
  if (request === "export data") {
    const name = textAt(root, "BODY", "EXPORTDATA", "REQUESTDESC", "REPORTNAME") ?? "";
    return planExport(() => report(name, state, vars, behaviour), faults);
  }
  if (request === "export" && type === "data") {
    return planExport(() => report(textAt(header, "ID") ?? "", state, vars, behaviour), faults);
  }
  if (request === "export" && type === "collection") {
    return planExport(() => exportCollection(root, state, vars, behaviour), faults);
  }
  return { kind: "unknown" };
}
