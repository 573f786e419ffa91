/**
 * Rules for an invoice or note line, shared by Sales, Purchases and Returns (docs/workbook.md
 * "Sales"): item cells together, quantities and values, GST rate on the line's date, HSN/SAC.
 */
import type { CalendarDate } from "../dates";
import { finding, type At, type Finding, type OpsTable } from "../findings";
import { checkHsn } from "../gst";
import { gstRateCheck } from "../gst-rates";
import { formatInr, lineValue } from "../money";
import type { InvoiceLineFields, RowBase } from "../records/types";
import { isBlank, type RuleContext } from "./context";

interface Line extends RowBase, InvoiceLineFields {
  date: CalendarDate;
}

function lineTables(ctx: RuleContext): [OpsTable, readonly Line[]][] {
  return [
    ["Sales", ctx.rows.Sales],
    ["Purchases", ctx.rows.Purchases],
    ["Returns", ctx.rows.Returns],
  ];
}

const hasItem = (line: Line) => !isBlank(line.item);

function listed(names: string[]): string {
  if (names.length === 1) return `${names[0]} is`;
  return `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]} are`;
}

/** Item, Qty, Unit and Rate are filled together or not at all; each blank one is reported. */
export function itemCellsTogether(ctx: RuleContext): Finding[] {
  const out: Finding[] = [];
  for (const [table, lines] of lineTables(ctx)) {
    for (const line of lines) {
      const item = hasItem(line);
      const unit = !isBlank(line.unit);
      if (item === unit && item === (line.qty !== undefined) && item === (line.rate !== undefined)) continue;
      const cells: [string, boolean][] = [
        ["Item", item],
        ["Qty", line.qty !== undefined],
        ["Unit", unit],
        ["Rate", line.rate !== undefined],
      ];
      const given = cells.filter(([, filled]) => filled).map(([name]) => name);
      for (const [column, filled] of cells) {
        if (!filled) out.push(finding("line.item-fields-together", { table, row: line.row, column, value: "" }, { given: listed(given) }));
      }
    }
  }
  return out;
}

/** Qty above zero, Rate not negative, Discount % between 0 and 100. */
export function lineQuantities(ctx: RuleContext): Finding[] {
  const out: Finding[] = [];
  for (const [table, lines] of lineTables(ctx)) {
    for (const line of lines) {
      const { qty, rate, discountPercent: discount } = line;
      const row = line.row;
      // Cells are spelled out per finding, not through a closure per line: 100,000 lines (issue #2).
      if (qty !== undefined && !(qty > 0)) out.push(finding("line.qty-not-positive", { table, row, column: "Qty", value: String(qty) }));
      if (rate !== undefined && rate < 0) out.push(finding("line.rate-negative", { table, row, column: "Rate", value: formatInr(rate) }));
      if (discount !== undefined && !(discount >= 0 && discount <= 100)) {
        out.push(finding("line.discount-out-of-range", { table, row, column: "Discount %", value: String(discount) }));
      }
    }
  }
  return out;
}

/** The Taxable Value cell of a line, formatted only when a finding needs it (most lines have none). */
function taxableCell(table: OpsTable, line: Line): At {
  const typed = line.taxableValue;
  return { table, row: line.row, column: "Taxable Value", value: typed === undefined ? "" : formatInr(typed) };
}

/**
 * Taxable Value: required on a line without an Item, never negative, and on an item line equal
 * to Qty x Rate less Discount within a paisa (docs/workbook.md "Sales").
 */
export function taxableValues(ctx: RuleContext): Finding[] {
  const out: Finding[] = [];
  for (const [table, lines] of lineTables(ctx)) {
    for (const line of lines) {
      const typed = line.taxableValue;
      if (typed === undefined) {
        if (!hasItem(line)) out.push(finding("line.taxable-value-required", taxableCell(table, line)));
        continue;
      }
      if (typed < 0) {
        out.push(finding("line.taxable-value-negative", taxableCell(table, line)));
        continue;
      }
      if (!hasItem(line) || line.qty === undefined || line.rate === undefined) continue;
      const computed = lineValue(line.qty, line.rate, line.discountPercent ?? 0);
      if (Math.abs(computed - typed) > 1) {
        out.push(finding("line.taxable-value-mismatch", taxableCell(table, line), { computed: formatInr(computed) }));
      }
    }
  }
  return out;
}

const RATE_CODES = {
  "retired-slab": "gst-rate.retired-slab",
  "not-in-settings": "gst-rate.not-in-settings",
  "not-in-force": "gst-rate.not-in-force",
} as const;

/**
 * GST Rate % allowed on the line's date (gst-rates.ts). An expense without GST reads as 0%,
 * which is always accepted there: it is a bill without tax, not a rate choice.
 */
export function gstRates(ctx: RuleContext): Finding[] {
  const out: Finding[] = [];
  const allowed = ctx.settings.allowedGstRates;
  const lines: [OpsTable, readonly Line[]][] = [...lineTables(ctx), ["Expenses", ctx.rows.Expenses]];
  for (const [table, rows] of lines) {
    for (const line of rows) {
      if (table === "Expenses" && line.gstRate === 0) continue;
      const verdict = gstRateCheck(line.gstRate, line.date, allowed, line.hsn);
      if (verdict.level === "ok") continue;
      const at = { table, row: line.row, column: "GST Rate %", value: String(line.gstRate) };
      out.push(finding(RATE_CODES[verdict.why], at, { reason: verdict.reason }));
    }
  }
  return out;
}

/**
 * HSN/SAC: required on Sales and Purchases lines (and on item lines of Returns) when Settings'
 * HSN Digits is set; checked when given (gst-facts.md section 5).
 */
export function hsnCodes(ctx: RuleContext): Finding[] {
  const out: Finding[] = [];
  const digits = ctx.settings.hsnDigits;
  for (const [table, lines] of lineTables(ctx)) {
    for (const line of lines) {
      if (isBlank(line.hsn)) {
        const needed = digits > 0 && (table !== "Returns" || hasItem(line));
        if (needed) out.push(finding("hsn.required", { table, row: line.row, column: "HSN/SAC", value: "" }, { digits }));
        continue;
      }
      const reason = checkHsn(line.hsn as string, digits);
      if (reason)
        out.push(finding("hsn.invalid", { table, row: line.row, column: "HSN/SAC", value: (line.hsn as string).trim() }, { reason }));
    }
  }
  return out;
}
