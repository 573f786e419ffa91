/** What the voucher builders' tests share: building books that make one voucher, and a Sales voucher's header. */
import { remoteIdOf } from "../../src/core/identity";
import { buildVouchers } from "../../src/core/vouchers/build";
import type { Voucher } from "../../src/core/vouchers/model";
import { day } from "./books-builder";

/** The one voucher the books make, after checking they make exactly one and find nothing wrong. */
export function onlyVoucher(books: Parameters<typeof buildVouchers>[0]): Voucher {
  const { vouchers, findings } = buildVouchers(books, []);
  expect(findings).toEqual([]);
  expect(vouchers).toHaveLength(1);
  return vouchers[0];
}

/** The head of a Sales voucher of makeBooks()' company (Sharma Traders, FY 2026-27) from the first `rows` data rows. */
export function saleHead(number: string, party: string, rows = 1, date = day("2026-04-10")) {
  const indexes = Array.from({ length: rows }, (_, i) => i);
  return {
    kind: "Sales" as const,
    voucherType: "Sales",
    date,
    number,
    remoteId: remoteIdOf("Sharma Traders", "Sales", 2026, number),
    source: { table: "Sales" as const, rows: indexes.map((i) => i + 2), indexes },
    party,
  };
}

/** The GST details of a voucher with a registered party; by default one in Maharashtra, the company's own state. */
export function registeredGst(partyGstin: string, state = "Maharashtra", interState = false) {
  return { partyGstin, registrationType: "Regular" as const, placeOfSupply: state, partyState: state, interState };
}

/** The GST details of a sale to an unregistered customer in Maharashtra, the company's own state. */
export const UNREGISTERED_LOCAL = {
  registrationType: "Unregistered/Consumer" as const,
  placeOfSupply: "Maharashtra",
  partyState: "Maharashtra",
  interState: false,
};
