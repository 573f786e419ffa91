/**
 * Validation of typed Books: a list of small rules, each books-in and findings-out, run in turn
 * (beancount's BASIC_VALIDATIONS). Row-reading problems (unreadable cells, missing columns) are
 * the readers' findings; these rules see only rows that were read.
 */
import type { Finding } from "../findings";
import type { BookGroups } from "../records/groups";
import type { Books } from "../records/types";
import { buildContext, type RuleContext } from "./context";
import { datesInBooks, requiredText, voucherNumbers } from "./rules-common";
import { expenseValues, expenseVendors } from "./rules-expenses";
import { gstins, placesOfSupply } from "./rules-gstin";
import { journalAmounts, journalBalances } from "./rules-journals";
import { gstRates, hsnCodes, itemCellsTogether, lineQuantities, taxableValues } from "./rules-lines";
import { mappingComplete } from "./rules-mapping";
import { chequeNumbers, paymentsAgainstBills, positiveAmounts, receiptsAgainstInvoices } from "./rules-money-movements";
import { billDates, duplicateBills } from "./rules-purchases";
import { returnsAgainstInvoices } from "./rules-returns";
import { stockGodowns, stockQuantities } from "./rules-stock";
import { voucherHeaders } from "./rules-vouchers";

export type Rule = (ctx: RuleContext) => Finding[];

/** Every rule, in the order their findings are produced (the pane sorts them anyway). */
export const RULES: readonly Rule[] = [
  datesInBooks,
  voucherNumbers,
  requiredText,
  voucherHeaders,
  gstins,
  placesOfSupply,
  itemCellsTogether,
  lineQuantities,
  taxableValues,
  gstRates,
  hsnCodes,
  duplicateBills,
  billDates,
  positiveAmounts,
  receiptsAgainstInvoices,
  paymentsAgainstBills,
  chequeNumbers,
  expenseValues,
  expenseVendors,
  returnsAgainstInvoices,
  stockGodowns,
  stockQuantities,
  journalAmounts,
  journalBalances,
  mappingComplete,
];

/**
 * Runs every rule over the books; linear in the rows (indexes are built once per call). `groups`
 * are the books' own (groupBooks), when the caller has grouped them already.
 */
export function validateBooks(books: Books, groups?: BookGroups): Finding[] {
  const ctx = buildContext(books, groups);
  const findings: Finding[] = [];
  for (const rule of RULES) {
    for (const f of rule(ctx)) findings.push(f);
  }
  return findings;
}

export { buildContext, type RuleContext } from "./context";
