/**
 * Books that already hold a year of work (`--seed-vouchers N`): N Payment vouchers spread evenly over
 * the company's first financial year, each paying a seeded expense ledger from Cash, as if entered in
 * Tally by hand (Tally's own GUID as REMOTEID, no narration marker). Amounts and days follow a seeded
 * sequence, so two runs seed the same books.
 */
import { fromDayNumber, toDayNumber } from "../core/dates";
import type { CompanyState } from "./state";

export const SEEDED_LEDGER = "Seeded Office Expenses";

export function seedVouchers(state: CompanyState, count: number, seed = 1): void {
  if (count <= 0) return;
  if (!state.ledgers.get(SEEDED_LEDGER)) {
    state.ledgers.put({ ...state.newIds(SEEDED_LEDGER), parent: "Indirect Expenses", openingBalance: 0 });
  }
  const first = toDayNumber(state.booksFrom);
  const days = toDayNumber(state.booksTo) - first + 1;
  let x = seed >>> 0 || 1;
  for (let i = 0; i < count; i++) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    const paise = 100 * (100 + (x % 50_000));
    state.addVoucher({
      type: "Payment",
      date: fromDayNumber(first + Math.floor((i * days) / count)),
      number: `S-${i + 1}`,
      narration: `Seeded payment ${i + 1}`,
      objView: "Accounting Voucher View",
      isInvoice: false,
      ledgerLines: [
        { ledger: SEEDED_LEDGER, isDeemedPositive: true, amount: -paise, bills: [], inventory: [] },
        { ledger: "Cash", isDeemedPositive: false, amount: paise, bills: [], inventory: [] },
      ],
      inventory: [],
      stockIn: [],
      stockOut: [],
      fields: {},
    });
  }
}
