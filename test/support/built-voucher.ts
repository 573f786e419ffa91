/** What the voucher builders' tests share: building books that make one voucher, and a voucher's head. */
import { remoteIdOf } from "../../src/core/identity";
import { buildVouchers } from "../../src/core/vouchers/build";
import type { BillType, Voucher, VoucherKind } from "../../src/core/vouchers/model";
import type { CalendarDate } from "../../src/core/dates";
import type { OpsTable } from "../../src/core/findings";
import { day } from "./books-builder";

/** The one voucher the books make, after checking they make exactly one and find nothing wrong. */
export function onlyVoucher(books: Parameters<typeof buildVouchers>[0]): Voucher {
  const { vouchers, findings } = buildVouchers(books, []);
  expect(findings).toEqual([]);
  expect(vouchers).toHaveLength(1);
  return vouchers[0];
}

/**
 * The head of a voucher of makeBooks()' company (Sharma Traders, FY 2026-27) made from the first
 * `rows` data rows of `table` (sheet rows from 2).
 */
export function voucherHead<K extends VoucherKind, T extends OpsTable>(
  kind: K,
  voucherType: string,
  table: T,
  number: string,
  date: CalendarDate,
  rows = 1,
) {
  const indexes = Array.from({ length: rows }, (_, i) => i);
  const source = { table, rows: indexes.map((i) => i + 2), indexes };
  return { kind, voucherType, date, number, remoteId: remoteIdOf("Sharma Traders", kind, 2026, number), source };
}

/** The head of a Sales voucher of makeBooks()' company from the first `rows` data rows. */
export function saleHead(number: string, party: string, rows = 1, date = day("2026-04-10")) {
  return { ...voucherHead("Sales", "Sales", "Sales", number, date, rows), party };
}

/** The party's ledger line, its whole amount allocated to one bill. */
export function partyLine(ledger: string, amount: number, bill: string, type: BillType) {
  return { ledger, amount, role: "party" as const, bills: [{ name: bill, type, amount }] };
}

/** Tax within the state: CGST and SGST of the same amount, each at half the GST rate, on Input or Output ledgers. */
export function cgstSgst(side: "Input" | "Output", each: number, gstRate: number) {
  return (["CGST", "SGST"] as const).map((taxHead) => ({
    ledger: `${side} ${taxHead}`,
    amount: each,
    role: "tax" as const,
    taxHead,
    taxRate: gstRate / 2,
  }));
}

/** The GST details of a voucher with a registered party; by default one in Maharashtra, the company's own state. */
export function registeredGst(partyGstin: string, state = "Maharashtra", interState = false) {
  return { partyGstin, registrationType: "Regular" as const, placeOfSupply: state, partyState: state, interState };
}

/** The GST details of a bill from a registered supplier in another state, supplied into Maharashtra, the company's own. */
export function interStateSupplierGst(partyGstin: string, partyState: string) {
  return { ...registeredGst(partyGstin), partyState, interState: true };
}

/** The GST details of a sale to an unregistered customer in Maharashtra, the company's own state. */
export const UNREGISTERED_LOCAL = {
  registrationType: "Unregistered/Consumer" as const,
  placeOfSupply: "Maharashtra",
  partyState: "Maharashtra",
  interState: false,
};
