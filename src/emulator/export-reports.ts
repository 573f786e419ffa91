/**
 * Built-in reports addressed by name (`TYPE Data` + ID, or legacy `Export Data` + REPORTNAME;
 * PROTOCOL.md 5): Trial Balance, Day Book, Voucher Register, List of Accounts. Any other name is
 * "Could not find Report '<name>'!" with STATUS 0 (P002 25); a company that is not loaded is
 * "Could not set 'SVCurrentCompany' to '<name>'" (4.4).
 */
import { compareDates } from "../core/dates";
import { ledgerBalances, trialBalance, type TrialBalanceRow } from "./books";
import type { ExportAnswer } from "./export-collection";
import type { MasterKind } from "./masters";
import { mastersXml } from "./master-xml";
import { nameKey, sameName } from "./name-map";
import { exportEnvelope, exportError } from "./responses";
import { companyNotLoaded, isLoadedCompany, type RequestVariables } from "./request-variables";
import type { CompanyState } from "./state";
import { readYesNo, writeAmount } from "./tally-values";
import { readBackOf, type ReadBackSettings } from "./read-back";
import { voucherXml } from "./voucher-xml";
import { el, renderXml, type XmlNode } from "./xml-out";
import { textAt } from "./xml-tree";

const UDF = { "xmlns:UDF": "TallyUDF" };

/**
 * One Trial Balance row as Tally writes it: the debit column holds a NEGATIVE number (P002 24; MBNG
 * fixtures README), the other column an empty element. No TB capture is in the samples: the DSP tag
 * layout follows PROTOCOL.md 2.1 and public readers (see docs/emulator.md).
 */
function tbRow(row: TrialBalanceRow): XmlNode[] {
  const debit = row.closing < 0 ? writeAmount(row.closing) : "";
  const credit = row.closing > 0 ? writeAmount(row.closing) : "";
  return [
    el("DSPACCNAME", [el("DSPDISPNAME", row.name)]),
    el("DSPACCINFO", [el("DSPCLDRAMT", [el("DSPCLDRAMTA", debit)]), el("DSPCLCRAMT", [el("DSPCLCRAMTA", credit)])]),
  ];
}

/** Condensed (top-level groups) by default; EXPLODEFLAG Yes lists ledgers. Closing as at SVTODATE. */
function trialBalanceReport(state: CompanyState, vars: RequestVariables): string {
  const tb = trialBalance(state, vars.to);
  const rows = readYesNo(textAt(vars.node, "EXPLODEFLAG")) ? tb.ledgers : tb.groups;
  const all = tb.openingDifference === 0 ? rows : [...rows, { name: "Difference in opening balances", closing: tb.openingDifference }];
  return renderXml(el("ENVELOPE", all.flatMap(tbRow)));
}

function vouchersInPeriod(state: CompanyState, vars: RequestVariables, type?: string) {
  const from = vars.from ?? state.booksFrom;
  const to = vars.to ?? state.booksTo;
  return state
    .vouchers()
    .filter((v) => compareDates(v.date, from) >= 0 && compareDates(v.date, to) <= 0 && (!type || sameName(v.type, type)))
    .sort((a, b) => compareDates(a.date, b.date) || a.masterId - b.masterId);
}

/** Day Book: BODY/DATA/TALLYMESSAGE/VOUCHER, no TYPE attributes (MBNG day-book.xml). */
function dayBook(state: CompanyState, vars: RequestVariables, readBack: ReadBackSettings): string {
  const messages = vouchersInPeriod(state, vars).map((v) =>
    el("TALLYMESSAGE", [voucherXml(v, { typed: false }, readBackOf(v, state, readBack))], UDF),
  );
  const desc = [el("CMPINFO", [el("COMPANY", "0"), el("VOUCHER", "0")])];
  return exportEnvelope(desc, messages);
}

/** Voucher Register: like the Day Book, ending with the company block an empty register shows (MBNG). */
function voucherRegister(state: CompanyState, vars: RequestVariables, readBack: ReadBackSettings): string {
  const type = textAt(vars.node, "VOUCHERTYPENAME") || undefined;
  const messages = vouchersInPeriod(state, vars, type).map((v) =>
    el("TALLYMESSAGE", [voucherXml(v, { typed: false }, readBackOf(v, state, readBack))], UDF),
  );
  const remote = el("REMOTECMPINFO.LIST", [el("NAME", state.guid), el("REMOTECMPNAME", state.name)], { MERGE: "Yes" });
  const company = el("TALLYMESSAGE", [el("COMPANY", [remote])], UDF);
  return exportEnvelope([el("STATICVARIABLES", [el("SVCURRENTCOMPANY", state.name)])], [...messages, company]);
}

const ACCOUNT_TYPES: Record<string, MasterKind[]> = {
  ledgers: ["LEDGER"],
  groups: ["GROUP"],
  "stock items": ["STOCKITEM"],
  "stock groups": ["STOCKGROUP"],
  godowns: ["GODOWN"],
  units: ["UNIT"],
  "voucher types": ["VOUCHERTYPE"],
};

/** Legacy List of Accounts: an importable "All Masters" file (inferred shape, see docs/emulator.md). */
function listOfAccounts(state: CompanyState, vars: RequestVariables): string {
  const kinds = ACCOUNT_TYPES[nameKey(textAt(vars.node, "ACCOUNTTYPE") ?? "")] ?? ["GROUP", "LEDGER"];
  const balances = new Map(ledgerBalances(state).map((b) => [nameKey(b.ledger), b]));
  const objects = kinds.flatMap((k) => mastersXml(state, k, { typed: false }, balances));
  const desc = el("REQUESTDESC", [el("REPORTNAME", "All Masters"), el("STATICVARIABLES", [el("SVCURRENTCOMPANY", state.name)])]);
  const data = el(
    "REQUESTDATA",
    objects.map((o) => el("TALLYMESSAGE", [o], UDF)),
  );
  return renderXml(el("ENVELOPE", [el("HEADER", [el("TALLYREQUEST", "Import Data")]), el("BODY", [el("IMPORTDATA", [desc, data])])]));
}

const REPORTS: Record<string, (state: CompanyState, vars: RequestVariables, readBack: ReadBackSettings) => string> = {
  "trial balance": trialBalanceReport,
  "day book": dayBook,
  "voucher register": voucherRegister,
  "list of accounts": listOfAccounts,
};

/** Answers a report export by its name. */
export function exportReport(reportName: string, state: CompanyState, vars: RequestVariables, readBack: ReadBackSettings): ExportAnswer {
  if (!isLoadedCompany(state, vars)) return { text: exportError(companyNotLoaded(vars)) };
  const report = REPORTS[nameKey(reportName)];
  if (!report) return { text: exportError(`Could not find Report '${reportName}'!`), unknownReport: true };
  return { text: report(state, vars, readBack) };
}
