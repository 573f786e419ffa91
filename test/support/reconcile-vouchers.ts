/** The reconcile tests' books: April 2026 sales of one party at 18% GST, and Tally's copy of each as a read-back gives it. */
import { narrationWithMarker } from "../../src/core/tally/identity-marker";
import type { ExportedVoucher } from "../../src/core/tally/read";
import type { Voucher } from "../../src/core/vouchers/model";

export const D = (d: number, m = 4) => ({ y: 2026, m, d });

export function sale(number: string, d: number, amount = 10_000): Voucher {
  return {
    kind: "Sales",
    voucherType: "Sales",
    date: D(d),
    number,
    remoteId: `th-${number}`,
    source: { table: "Sales", rows: [2], indexes: [0] },
    isInvoice: true,
    ledgerEntries: [
      { ledger: "Sharma & Sons", amount: -(amount + 1800), role: "party" },
      { ledger: "Sales", amount, role: "sales" },
      { ledger: "Output CGST", amount: 900, role: "tax", taxHead: "CGST", taxRate: 9 },
      { ledger: "Output SGST", amount: 900, role: "tax", taxHead: "SGST", taxRate: 9 },
    ],
    inventoryEntries: [],
  };
}

/** Tally's copy: Tally's own GUID as REMOTEID (PROTOCOL.md 11.1), our marker in the narration, then `patch`. */
export function inTally(v: Voucher, patch: Partial<ExportedVoucher> = {}): ExportedVoucher {
  return {
    guid: `guid-${v.number}`,
    remoteId: `guid-${v.number}`,
    date: v.date,
    voucherType: v.voucherType,
    voucherNumber: v.number,
    narration: narrationWithMarker(undefined, v.remoteId),
    isCancelled: false,
    ledgerEntries: v.ledgerEntries.map((e) => ({ ledger: e.ledger, amount: e.amount, isDeemedPositive: e.amount < 0 })),
    inventoryEntries: [],
    ...patch,
  };
}
