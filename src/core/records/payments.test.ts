import { PAYMENTS_TABLE } from "./payments";
import { readOpsTable, tableFromGrid } from "./read-table";
import type { TableInput } from "./types";
import { rowRead } from "../../../test/support/read-rows";

const readPayments = (input: TableInput) => readOpsTable(PAYMENTS_TABLE, input);

const HEADER = ["Date", "Payment No", "Payee", "Amount", "Mode", "Account", "Against Bill", "Opening Bill", "Instrument No", "Narration"];

describe("reading the Payments table", () => {
  it("reads a UPI payment against a bill, Opening Bill defaulting to No", () => {
    const { rows, findings } = readPayments(
      tableFromGrid("Payments", [
        HEADER,
        [46120, "PAY-1", "Mehta Steel", " 25,000.00 ", "upi", "SBI Current", "MS/889", "", "UTR 5566", "April supply"],
      ]),
    );
    expect(findings).toEqual([]);
    expect(rows).toEqual([
      rowRead(2, {
        date: { y: 2026, m: 4, d: 8 },
        paymentNo: "PAY-1",
        payee: "Mehta Steel",
        amount: 2500000,
        mode: "UPI",
        account: "SBI Current",
        againstBill: "MS/889",
        openingBill: false,
        instrumentNo: "UTR 5566",
        narration: "April supply",
      }),
    ]);
  });

  it("rejects an Opening Bill that is not Yes or No and a date it cannot read", () => {
    const { findings, rejected } = readPayments(
      tableFromGrid("Payments", [HEADER, ["8th April", "PAY-2", "Mehta Steel", 100, "Cash", "Cash", "MS/1", "Sometimes", "", ""]]),
    );
    expect(rejected).toEqual([{ row: 2, index: 0, voucherNo: "PAY-2" }]);
    expect(findings.map((f) => f.message)).toEqual([
      'Date "8th April" is not a date we can read (use 2026-04-01, 01-04-2026 or 1-Apr-2026).',
      'Opening Bill "Sometimes" is not Yes or No.',
    ]);
  });
});
