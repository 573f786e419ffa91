/**
 * LEDGER, STOCKITEM, UNIT and GODOWN elements for an "All Masters" import, with GST details in the
 * dated lists of TallyPrime 3.0+ (PROTOCOL.md 3.1-3.3, OFF-XML3).
 */
import Big from "big.js";
import { tallyDate, type CalendarDate } from "../dates";
import type { GstHead } from "../vouchers/model";
import type { GodownMaster, LedgerMaster, StockItemMaster, UnitMaster } from "./masters";
import type { XmlSink } from "./write-sink";
import { systemName, tallyPercent, tallyText, yesNo } from "./write-values";

/** Duty heads as TallyPrime 3.0+ names them; older names are silently dropped (PROTOCOL.md 3.2). */
const DUTY_HEAD: Record<GstHead, string> = { CGST: "CGST", SGST: "SGST/UTGST", IGST: "IGST" };

/** The literal "Primary" fails ("Group 'Primary' does not exist!"); the top level is an empty PARENT (PROTOCOL.md 3.1). */
function parentName(parent: string | undefined): string {
  return parent === undefined || parent.trim().toLowerCase() === "primary" ? "" : tallyText(parent);
}

/** `<TAG NAME="x" ACTION="Create">` with the inner `<NAME>` Tally requires (PROTOCOL.md 3.1). */
function masterElement(message: XmlSink, tag: string, name: string): XmlSink {
  const clean = tallyText(name);
  const master = message.ele(tag, { NAME: clean, ACTION: "Create" });
  master.put("NAME", clean);
  return master;
}

function writeLedgerGst(ledger: XmlSink, m: LedgerMaster, from: string): void {
  const registrationType = m.registrationType ?? (m.gstin ? "Regular" : undefined);
  if (registrationType) {
    const reg = ledger.ele("LEDGSTREGDETAILS.LIST");
    reg.put("APPLICABLEFROM", from);
    reg.word("GSTREGISTRATIONTYPE", registrationType);
    reg.put("STATE", m.stateName ? tallyText(m.stateName) : undefined);
    reg.put("GSTIN", m.gstin ? tallyText(m.gstin) : undefined);
  }
  if (m.stateName) {
    const mailing = ledger.ele("LEDMAILINGDETAILS.LIST");
    mailing.put("APPLICABLEFROM", from);
    mailing.put("STATE", tallyText(m.stateName));
    mailing.word("COUNTRY", "India");
  }
}

export function writeLedger(message: XmlSink, m: LedgerMaster, applicableFrom: CalendarDate): void {
  const ledger = masterElement(message, "LEDGER", m.name);
  ledger.put("PARENT", parentName(m.parent));
  ledger.word("ISBILLWISEON", m.billWise === undefined ? undefined : yesNo(m.billWise));
  // Exports still show PARTYGSTIN on ledgers beside the dated list (PROTOCOL.md 3.2).
  ledger.put("PARTYGSTIN", m.gstin ? tallyText(m.gstin) : undefined);
  writeLedgerGst(ledger, m, tallyDate(applicableFrom));
  if (m.taxHead) {
    ledger.word("TAXTYPE", "GST");
    ledger.word("GSTDUTYHEAD", DUTY_HEAD[m.taxHead]);
    ledger.put("RATEOFTAXCALCULATION", m.taxRate === undefined ? undefined : tallyPercent(m.taxRate));
  }
}

function writeRate(state: XmlSink, head: string, rate: string): void {
  const detail = state.ele("RATEDETAILS.LIST");
  detail.word("GSTRATEDUTYHEAD", head);
  detail.word("GSTRATEVALUATIONTYPE", "Based on Value");
  detail.put("GSTRATE", rate);
}

function writeItemGst(item: XmlSink, gstRate: number, from: string): void {
  const details = item.ele("GSTDETAILS.LIST");
  details.put("APPLICABLEFROM", from);
  // 0% is written as Nil Rated (gst-facts.md 1); the rate then has no heads to split into.
  details.word("TAXABILITY", gstRate > 0 ? "Taxable" : "Nil Rated");
  details.word("SRCOFGSTDETAILS", "Specify Details Here");
  if (gstRate <= 0) return;
  const state = details.ele("STATEWISEDETAILS.LIST");
  state.word("STATENAME", systemName("Any"));
  // Intra-state tax is half the rate each for CGST and SGST (gst-facts.md 2); big.js keeps 0.125 exact.
  const half = new Big(String(gstRate)).div(2).toString();
  writeRate(state, DUTY_HEAD.CGST, half);
  writeRate(state, DUTY_HEAD.SGST, half);
  writeRate(state, DUTY_HEAD.IGST, tallyPercent(gstRate));
}

export function writeStockItem(message: XmlSink, m: StockItemMaster, applicableFrom: CalendarDate): void {
  const item = masterElement(message, "STOCKITEM", m.name);
  item.put("PARENT", "");
  item.put("BASEUNITS", tallyText(m.baseUnit));
  if (m.hsn === undefined && m.gstRate === undefined) return;
  const from = tallyDate(applicableFrom);
  item.word("GSTAPPLICABLE", systemName("Applicable"));
  if (m.hsn) {
    const hsn = item.ele("HSNDETAILS.LIST");
    hsn.put("APPLICABLEFROM", from);
    hsn.put("HSNCODE", tallyText(m.hsn));
    hsn.word("SRCOFHSNDETAILS", "Specify Details Here");
  }
  if (m.gstRate !== undefined) writeItemGst(item, m.gstRate, from);
}

export function writeUnit(message: XmlSink, m: UnitMaster): void {
  const unit = masterElement(message, "UNIT", m.name);
  unit.word("ISSIMPLEUNIT", "Yes");
  unit.put("DECIMALPLACES", m.decimalPlaces === undefined ? undefined : String(m.decimalPlaces));
}

export function writeGodown(message: XmlSink, m: GodownMaster): void {
  const godown = masterElement(message, "GODOWN", m.name);
  godown.put("PARENT", parentName(m.parent));
}

/**
 * Prepare Tally: a voucher type altered to keep the numbers it is sent and refuse a number twice
 * (PROTOCOL.md 7 best practice 3; masters are keyed by name, 3.1). Sent only after the user agrees.
 */
export function writeManualNumbering(message: XmlSink, voucherType: string): void {
  const clean = tallyText(voucherType);
  const type = message.ele("VOUCHERTYPE", { NAME: clean, ACTION: "Alter" });
  type.put("NAME", clean);
  type.word("NUMBERINGMETHOD", "Manual");
  type.word("PREVENTDUPLICATES", "Yes");
}
