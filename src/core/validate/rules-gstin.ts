/**
 * GSTINs (the parties' and the company's own) and typed places of supply
 * (gst-facts.md sections 2-4). A blank party GSTIN is an unregistered party, not a problem.
 */
import { finding, type Finding, type OpsTable, type TableName } from "../findings";
import { checkGstin, type GstinCheck } from "../gst";
import type { RowBase } from "../records/types";
import { findState, stateByCode } from "../states";
import { isBlank, type RuleContext } from "./context";

type GstinColumn = [OpsTable, string, string, (row: never) => string | undefined];

const GSTIN_COLUMNS: readonly GstinColumn[] = [
  ["Sales", "Customer GSTIN", "customer", (r: { customerGstin?: string }) => r.customerGstin],
  ["Purchases", "Supplier GSTIN", "supplier", (r: { supplierGstin?: string }) => r.supplierGstin],
  ["Expenses", "Vendor GSTIN", "vendor", (r: { vendorGstin?: string }) => r.vendorGstin],
  ["Returns", "Party GSTIN", "party", (r: { partyGstin?: string }) => r.partyGstin],
];

function gstinFindings(check: GstinCheck, at: { table: TableName; row: number; column: string; value: string }, owner: string): Finding[] {
  if (check.ok) {
    if (!check.legacyState) return [];
    return [finding("gstin.legacy-state", at, { state: stateByCode(check.stateCode)?.name ?? check.stateCode })];
  }
  const text = at.value.trim().toUpperCase();
  switch (check.problem) {
    case "length":
      return [finding("gstin.length", at, { length: text.length })];
    case "state":
      return [finding("gstin.state", at, { code: text.slice(0, 2) })];
    case "check-character":
      return [finding("gstin.check-character", at, { owner, expected: check.expected ?? "" })];
    case "format":
      return [finding("gstin.format", at, { owner })];
  }
}

/** Party GSTINs when given, and the company's own GSTIN in Settings. */
export function gstins(ctx: RuleContext): Finding[] {
  const out: Finding[] = [];
  const checked = new Map<string, GstinCheck>();
  for (const [table, column, owner, read] of GSTIN_COLUMNS) {
    for (const row of ctx.rows[table] as readonly RowBase[]) {
      const value = read(row as never);
      if (isBlank(value)) continue;
      const text = value as string;
      let check = checked.get(text);
      if (!check) checked.set(text, (check = checkGstin(text)));
      out.push(...gstinFindings(check, { table, row: row.row, column, value: text }, owner));
    }
  }
  const own = ctx.settings.companyGstin;
  if (!isBlank(own)) {
    const at = { table: "HandoffSettings" as const, row: 0, column: "Company GSTIN", value: own as string };
    out.push(...gstinFindings(checkGstin(own as string), at, "company"));
  }
  return out;
}

interface PlaceRow extends RowBase {
  placeOfSupply?: string;
}

function placeFindings(table: OpsTable, row: PlaceRow, gstin: string | undefined, warnOnDifference: boolean): Finding[] {
  if (isBlank(row.placeOfSupply)) return [];
  const typed = row.placeOfSupply as string;
  const at = { table, row: row.row, column: "Place of Supply", value: typed };
  const state = findState(typed);
  if (!state) return [finding("place-of-supply.unknown", at)];
  if (state.legacy) return [finding("place-of-supply.legacy-state", at, { state: state.name })];
  const check = warnOnDifference && !isBlank(gstin) ? checkGstin(gstin as string) : undefined;
  if (check?.ok && check.stateCode !== state.code) {
    const gstinState = `${check.stateCode}, ${stateByCode(check.stateCode)?.name ?? ""}`;
    return [finding("place-of-supply.differs-from-gstin", at, { state: state.name, gstinColumn: "Customer GSTIN", gstinState })];
  }
  return [];
}

/**
 * A typed Place of Supply must be a known state. On a sale it usually is the customer's GSTIN
 * state, so a difference is worth a look (gst-facts.md section 2, note). On a purchase it is
 * where the goods arrive, normally our own state, so a difference there is expected.
 */
export function placesOfSupply(ctx: RuleContext): Finding[] {
  const out: Finding[] = [];
  for (const row of ctx.rows.Sales) out.push(...placeFindings("Sales", row, row.customerGstin, true));
  for (const row of ctx.rows.Purchases) out.push(...placeFindings("Purchases", row, row.supplierGstin, false));
  return out;
}
