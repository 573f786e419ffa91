/**
 * Tally requests and objects as raw XML strings, written by hand rather than by our own writer
 * (src/core/tally), so the emulator's tests do not share our writer's mistakes.
 */

/** A legacy `Import Data` request around TALLYMESSAGE content. */
export function legacyImport(objects: string, opts: { company?: string; report?: string } = {}): string {
  const company =
    opts.company === undefined ? "" : `<STATICVARIABLES><SVCURRENTCOMPANY>${opts.company}</SVCURRENTCOMPANY></STATICVARIABLES>`;
  return `<ENVELOPE><HEADER><TALLYREQUEST>Import Data</TALLYREQUEST></HEADER><BODY><IMPORTDATA><REQUESTDESC><REPORTNAME>${opts.report ?? "Vouchers"}</REPORTNAME>${company}</REQUESTDESC><REQUESTDATA><TALLYMESSAGE xmlns:UDF="TallyUDF">${objects}</TALLYMESSAGE></REQUESTDATA></IMPORTDATA></BODY></ENVELOPE>`;
}

/** A new-form `Import` + `TYPE Data` request. */
export function newImport(objects: string, opts: { company?: string; id?: string; variables?: string } = {}): string {
  const company = opts.company === undefined ? "" : `<SVCURRENTCOMPANY>${opts.company}</SVCURRENTCOMPANY>`;
  return `<ENVELOPE><HEADER><VERSION>1</VERSION><TALLYREQUEST>Import</TALLYREQUEST><TYPE>Data</TYPE><ID>${opts.id ?? "Vouchers"}</ID></HEADER><BODY><DESC><STATICVARIABLES>${company}${opts.variables ?? ""}</STATICVARIABLES></DESC><DATA><TALLYMESSAGE xmlns:UDF="TallyUDF">${objects}</TALLYMESSAGE></DATA></BODY></ENVELOPE>`;
}

/** A `TYPE Collection` export with an inline TDL collection and optional formulas. */
export function collectionRequest(
  type: string,
  opts: { variables?: string; formulas?: string[]; extra?: string; name?: string } = {},
): string {
  const name = opts.name ?? "EmuRows";
  const formulas = opts.formulas ?? [];
  const filterNames = formulas.map((_, i) => `F${i}`).join(",");
  const systems = formulas.map((f, i) => `<SYSTEM TYPE="Formulae" NAME="F${i}">${f}</SYSTEM>`).join("");
  const filters = formulas.length ? `<FILTERS>${filterNames}</FILTERS>` : "";
  return `<ENVELOPE><HEADER><VERSION>1</VERSION><TALLYREQUEST>Export</TALLYREQUEST><TYPE>Collection</TYPE><ID>${name}</ID></HEADER><BODY><DESC><STATICVARIABLES><SVEXPORTFORMAT>$$SysName:XML</SVEXPORTFORMAT>${opts.variables ?? ""}</STATICVARIABLES><TDL><TDLMESSAGE><COLLECTION NAME="${name}"><TYPE>${type}</TYPE><FETCH>*</FETCH>${filters}${opts.extra ?? ""}</COLLECTION>${systems}</TDLMESSAGE></TDL></DESC></BODY></ENVELOPE>`;
}

/** A built-in report export (`TYPE Data` + report ID). */
export function reportRequest(id: string, variables = ""): string {
  return `<ENVELOPE><HEADER><VERSION>1</VERSION><TALLYREQUEST>Export</TALLYREQUEST><TYPE>Data</TYPE><ID>${id}</ID></HEADER><BODY><DESC><STATICVARIABLES><SVEXPORTFORMAT>$$SysName:XML</SVEXPORTFORMAT>${variables}</STATICVARIABLES></DESC></BODY></ENVELOPE>`;
}

/** A LEDGER master element. */
export function ledgerXml(name: string, parent: string, extra = ""): string {
  return `<LEDGER NAME="${name}" ACTION="Create"><NAME>${name}</NAME><PARENT>${parent}</PARENT>${extra}</LEDGER>`;
}

/** An accounting voucher with ALLLEDGERENTRIES lines given as [ledger, signed amount]. */
export function accountingVoucher(v: {
  type: string;
  date: string;
  number?: string;
  remoteId?: string;
  action?: string;
  lines: [string, string][];
  extra?: string;
}): string {
  const attrs = [`VCHTYPE="${v.type}"`, `ACTION="${v.action ?? "Create"}"`, v.remoteId ? `REMOTEID="${v.remoteId}"` : ""].join(" ");
  const lines = v.lines
    .map(
      ([ledger, amount]) =>
        `<ALLLEDGERENTRIES.LIST><LEDGERNAME>${ledger}</LEDGERNAME><ISDEEMEDPOSITIVE>${amount.startsWith("-") ? "Yes" : "No"}</ISDEEMEDPOSITIVE><AMOUNT>${amount}</AMOUNT></ALLLEDGERENTRIES.LIST>`,
    )
    .join("");
  const number = v.number === undefined ? "" : `<VOUCHERNUMBER>${v.number}</VOUCHERNUMBER>`;
  return `<VOUCHER ${attrs}><DATE>${v.date}</DATE><VOUCHERTYPENAME>${v.type}</VOUCHERTYPENAME>${number}${v.extra ?? ""}${lines}</VOUCHER>`;
}
