/**
 * Every finding code with its severity and the one sentence a bookkeeper reads (zod's en.ts
 * idea: the words live here, the rules only pick a code). messages.test.ts fails when a rule
 * uses a code that has no entry here, or an entry is used by no rule.
 */
import type { Severity } from "../findings";
import { RATE_KINDS } from "../mapping";
import type { LedgerMapKind } from "../records/types";

/** What every sentence can use: the column header and the cell's value, already quoted. */
export interface Cell {
  column: string;
  q: string;
}

export interface CodeDef<P> {
  severity: Severity;
  text: (p: P & Cell) => string;
}

const def = <P = unknown>(severity: Severity, text: (p: P & Cell) => string): CodeDef<P> => ({ severity, text });

type Owner = { owner: string };
type Against = { first: string; firstRow: number; word: string; number: string };
type Party = { other: string; party: string };

/** "ledger is mapped for Sales at 18% GST", "stock item is mapped for "Rice"" ... */
function mappingSubject(kind: LedgerMapKind, key: string): string {
  if (RATE_KINDS.includes(kind)) return `ledger is mapped for ${kind.replace(/Return$/, " Return")} at ${key}% GST`;
  const noun: Partial<Record<LedgerMapKind, string>> = { Item: "stock item", Unit: "unit", Godown: "godown" };
  const what: Partial<Record<LedgerMapKind, string>> = { Party: "party ", Account: "account ", Expense: "expense head " };
  return `${noun[kind] ?? "ledger"} is mapped for ${what[kind] ?? ""}"${key}"`;
}

const gstinTail = (owner: string) =>
  owner === "company" ? "check your GST registration certificate" : `check the number on the ${owner}'s invoice`;

export const MESSAGES = {
  "date.outside-books": def<{ fy: string; years: string }>(
    "error",
    (p) => `${p.column} ${p.q} falls in financial year ${p.fy}, which is not among the financial years in Settings (${p.years}).`,
  ),
  "date.before-books-begin": def<{ begin: string }>("error", (p) => `${p.column} ${p.q} is before Books Begin (${p.begin}) in Settings.`),
  "field.required": def("error", (p) => `${p.column} is blank; every row needs one.`),
  "number.required": def("error", (p) => `${p.column} is blank; every row needs one.`),
  "number.too-long": def<{ length: number }>("error", (p) => `${p.column} ${p.q} has ${p.length} characters; at most 16 are allowed.`),
  "number.bad-characters": def<{ bad: string }>(
    "error",
    (p) => `${p.column} ${p.q} contains "${p.bad}"; GST allows only letters, digits, / and - in document numbers.`,
  ),
  "number.bad-first-character": def("error", (p) => `${p.column} ${p.q} must start with a letter or a digit.`),
  "voucher.header-disagrees": def<Against>(
    "error",
    (p) => `${p.column} ${p.q} differs from "${p.first}" on row ${p.firstRow}, the first line of ${p.word} ${p.number}; all lines of one ${p.word} must agree.`,
  ),
  "gstin.length": def<{ length: number }>("error", (p) => `${p.column} ${p.q} has ${p.length} characters; a GSTIN has exactly 15.`),
  "gstin.format": def<Owner>(
    "error",
    (p) => `${p.column} ${p.q} is not in the GSTIN format (state code, PAN, entity number, Z, check character); ${gstinTail(p.owner)}.`,
  ),
  "gstin.state": def<{ code: string }>("error", (p) => `${p.column} ${p.q} starts with ${p.code}, which is not a GST state code.`),
  "gstin.check-character": def<Owner & { expected: string }>(
    "error",
    (p) => `${p.column} ${p.q} has a wrong last character; ${gstinTail(p.owner)} (it should end in ${p.expected}).`,
  ),
  "gstin.legacy-state": def<{ state: string }>(
    "warning",
    (p) => `${p.column} ${p.q} uses the retired state code of ${p.state}; check that it is the party's current GSTIN.`,
  ),
  "place-of-supply.unknown": def(
    "error",
    (p) => `${p.column} ${p.q} is not a state code or state name; use a code like 27 or a name like Maharashtra.`,
  ),
  "place-of-supply.legacy-state": def<{ state: string }>(
    "warning",
    (p) => `${p.column} ${p.q} is the retired code of ${p.state}; check the state (GST tax type depends on it).`,
  ),
  "place-of-supply.differs-from-gstin": def<{ state: string; gstinColumn: string; gstinState: string }>(
    "warning",
    (p) => `${p.column} ${p.q} (${p.state}) differs from the state of the ${p.gstinColumn} (${p.gstinState}); tax follows the Place of Supply, so check it.`,
  ),
  "line.item-fields-together": def<{ given: string }>(
    "error",
    (p) => `${p.column} is blank while ${p.given} filled; Item, Qty, Unit and Rate are filled together or all left blank.`,
  ),
  "line.qty-not-positive": def("error", (p) => `${p.column} ${p.q} must be more than zero.`),
  "line.rate-negative": def("error", (p) => `${p.column} ${p.q} cannot be negative.`),
  "line.discount-out-of-range": def("error", (p) => `${p.column} ${p.q} must be between 0 and 100.`),
  "line.taxable-value-required": def("error", (p) => `${p.column} is blank on a line without an Item; type the value of the line.`),
  "line.taxable-value-negative": def("error", (p) => `${p.column} ${p.q} cannot be negative; enter returns in the Returns table.`),
  "line.taxable-value-mismatch": def<{ computed: string }>(
    "error",
    (p) => `${p.column} ${p.q} does not match Qty x Rate less Discount (${p.computed}); correct one of them or clear ${p.column}.`,
  ),
  "gst-rate.not-in-settings": def<{ reason: string }>("error", (p) => `${p.column} ${p.q} ${p.reason}.`),
  "gst-rate.not-in-force": def<{ reason: string }>("error", (p) => `${p.column} ${p.q} ${p.reason}.`),
  "gst-rate.retired-slab": def<{ reason: string }>("warning", (p) => `${p.column} ${p.q} ${p.reason}.`),
  "hsn.required": def<{ digits: number }>(
    "error",
    (p) => `${p.column} is blank; Settings asks for an HSN/SAC code of at least ${p.digits} digits on every line.`,
  ),
  "hsn.invalid": def<{ reason: string }>("error", (p) => `${p.column} ${p.q} ${p.reason}.`),
  "purchase.duplicate-bill": def<{ supplier: string; voucherNo: string; firstRow: number }>(
    "error",
    (p) => `${p.column} ${p.q} of "${p.supplier}" is already entered as Voucher No ${p.voucherNo} (row ${p.firstRow}); a supplier's bill is entered only once.`,
  ),
  "purchase.bill-date-after-date": def<{ date: string }>(
    "error",
    (p) => `${p.column} ${p.q} is after the voucher Date ${p.date}; a bill cannot be booked before it was issued.`,
  ),
  "amount.not-positive": def("error", (p) => `${p.column} ${p.q} must be more than zero.`),
  "receipt.invoice-not-found": def(
    "error",
    (p) => `${p.column} ${p.q} is not an Invoice No in Sales; check the number, leave it blank for an on-account receipt, or mark it as an opening bill.`,
  ),
  "receipt.invoice-other-customer": def<Party>(
    "error",
    (p) => `${p.column} ${p.q} was issued to "${p.other}", not to "${p.party}"; check the invoice number or the customer.`,
  ),
  "payment.bill-not-found": def(
    "error",
    (p) => `${p.column} ${p.q} is not a Bill No in Purchases or Expenses; check the number, leave it blank for an on-account payment, or mark it as an opening bill.`,
  ),
  "payment.bill-other-supplier": def<Party>(
    "error",
    (p) => `${p.column} ${p.q} is a bill of "${p.other}", not of "${p.party}"; check the bill number or the payee.`,
  ),
  "instrument.missing": def("warning", (p) => `${p.column} is blank for a cheque; type the cheque number so the bank entry can be matched.`),
  "expense.credit-without-vendor": def(
    "error",
    (p) => `${p.column} is blank and so is Paid From; an expense bought on credit needs the Vendor it is owed to.`,
  ),
  "return.against-invoice-required": def(
    "error",
    (p) => `${p.column} is blank; give the invoice this return is against, or mark the return External.`,
  ),
  "return.invoice-not-found": def<{ where: string }>(
    "error",
    (p) => `${p.column} ${p.q} is not ${p.where}; check the number or mark the return External.`,
  ),
  "return.invoice-other-party": def<Party>(
    "error",
    (p) => `${p.column} ${p.q} belongs to "${p.other}", not to "${p.party}"; check the invoice number or the party.`,
  ),
  "return.item-not-on-invoice": def<{ invoice: string }>(
    "error",
    (p) => `${p.column} ${p.q} is not on invoice ${p.invoice}; a return can only take back what the invoice carried.`,
  ),
  "return.qty-exceeds-invoice": def<{ item: string; invoice: string; returned: string; invoiced: string }>(
    "error",
    (p) => `Returns of "${p.item}" against invoice ${p.invoice} add up to ${p.returned}, more than the ${p.invoiced} the invoice carried.`,
  ),
  "stock-move.no-godown": def("error", () => `From Godown and To Godown are both blank; a stock move needs at least one of them.`),
  "stock-move.same-godown": def("error", (p) => `${p.column} ${p.q} is the same as From Godown; a transfer needs two different godowns.`),
  "journal.debit-and-credit": def("error", () => `Debit and Credit are both filled; each journal row has exactly one of them.`),
  "journal.no-amount": def("error", () => `Debit and Credit are both blank; each journal row needs one of them.`),
  "journal.unbalanced": def<{ number: string; side: string; difference: string }>(
    "error",
    (p) => `Journal ${p.number} does not balance: ${p.side} by ${p.difference}.`,
  ),
  "mapping.unmapped": def<{ kind: LedgerMapKind; key: string }>(
    "error",
    (p) => `No Tally ${mappingSubject(p.kind, p.key)}; add a row to LedgerMap (Kind "${p.kind}", Workbook Value "${p.key}").`,
  ),
  "mapping.no-godown": def(
    "error",
    (p) => `${p.column} is blank and Settings has no Default Godown; type the godown or set a Default Godown.`,
  ),
  "mapping.round-off-missing": def(
    "error",
    () => `Round Totals is on but Round Off Ledger is blank in Settings; name the Tally ledger that takes the rounding difference.`,
  ),
} as const;

export type FindingCode = keyof typeof MESSAGES;

/** The extra words a code's sentence needs beyond the column and the value. */
export type ParamsOf<C extends FindingCode> = (typeof MESSAGES)[C] extends CodeDef<infer P> ? P : never;
