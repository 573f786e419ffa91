/**
 * Header fields agree across the lines of one voucher (docs/workbook.md "Principles"). Grouping is
 * by number within a financial year, so two invoices typed with one number show up here, as lines
 * that disagree on date or customer. The voucher builder takes the first line's header.
 */
import { displayDate, isoDate, type CalendarDate } from "../dates";
import { finding, type Finding, type OpsTable } from "../findings";
import { nameKey } from "../mapping";
import type { RowGroup } from "../records/groups";
import type { RowBase } from "../records/types";
import { findState } from "../states";
import { VOUCHER_NUMBERS, type RuleContext } from "./context";

interface HeaderField<R> {
  column: string;
  read: (row: R) => string | CalendarDate | undefined;
  /** Narration is often typed on the first line only: a blank line agrees with any. */
  blankAgrees?: boolean;
}

type Read = string | CalendarDate | undefined;
const isDate = (v: Read): v is CalendarDate => typeof v === "object";
const show = (v: Read) => (v === undefined ? "" : isDate(v) ? displayDate(v) : v.trim());

function key(column: string, v: Read): string {
  if (v === undefined) return "";
  if (isDate(v)) return isoDate(v);
  if (column === "Place of Supply") return findState(v)?.code ?? nameKey(v);
  if (column.endsWith("GSTIN")) return v.trim().toUpperCase();
  return nameKey(v);
}

function disagreements<R extends RowBase>(table: OpsTable, groups: readonly RowGroup<R>[], fields: readonly HeaderField<R>[]): Finding[] {
  const out: Finding[] = [];
  const word = VOUCHER_NUMBERS[table].word;
  for (const group of groups) {
    if (group.rows.length < 2) continue;
    const first = group.rows[0];
    for (const field of fields) {
      const expected = field.read(first);
      for (let i = 1; i < group.rows.length; i++) {
        const row = group.rows[i];
        const actual = field.read(row);
        if (actual === expected) continue; // the usual case: the same text typed or filled down
        if (field.blankAgrees && (show(actual) === "" || show(expected) === "")) continue;
        if (key(field.column, actual) === key(field.column, expected)) continue;
        const at = { table, row: row.row, column: field.column, value: show(actual) };
        out.push(finding("voucher.header-disagrees", at, { first: show(expected), firstRow: first.row, word, number: group.number }));
      }
    }
  }
  return out;
}

const date = { column: "Date", read: (r: { date: CalendarDate }) => r.date };
const narration = { column: "Narration", read: (r: { narration?: string }) => r.narration, blankAgrees: true };

/** One finding per line whose header field differs from the voucher's first line. */
export function voucherHeaders(ctx: RuleContext): Finding[] {
  const g = ctx.groups;
  return [
    ...disagreements("Sales", g.Sales, [
      date,
      { column: "Customer", read: (r) => r.customer },
      { column: "Customer GSTIN", read: (r) => r.customerGstin },
      { column: "Place of Supply", read: (r) => r.placeOfSupply },
      narration,
    ]),
    ...disagreements("Purchases", g.Purchases, [
      date,
      { column: "Supplier", read: (r) => r.supplier },
      { column: "Supplier GSTIN", read: (r) => r.supplierGstin },
      { column: "Bill No", read: (r) => r.billNo },
      { column: "Bill Date", read: (r) => r.billDate },
      { column: "Place of Supply", read: (r) => r.placeOfSupply },
      narration,
    ]),
    ...disagreements("Receipts", g.Receipts, [
      date,
      { column: "Customer", read: (r) => r.customer },
      { column: "Mode", read: (r) => r.mode },
      { column: "Account", read: (r) => r.account },
    ]),
    ...disagreements("Payments", g.Payments, [
      date,
      { column: "Payee", read: (r) => r.payee },
      { column: "Mode", read: (r) => r.mode },
      { column: "Account", read: (r) => r.account },
    ]),
    ...disagreements("Expenses", g.Expenses, [
      date,
      { column: "Vendor", read: (r) => r.vendor },
      { column: "Vendor GSTIN", read: (r) => r.vendorGstin },
      { column: "Bill No", read: (r) => r.billNo },
      { column: "Paid From", read: (r) => r.paidFrom },
      narration,
    ]),
    ...disagreements("Returns", g.Returns, [
      date,
      { column: "Type", read: (r) => r.type },
      { column: "Party", read: (r) => r.party },
      { column: "Party GSTIN", read: (r) => r.partyGstin },
    ]),
    ...disagreements("StockMoves", g.StockMoves, [date]),
    ...disagreements("Journals", g.Journals, [date, narration]),
  ];
}
