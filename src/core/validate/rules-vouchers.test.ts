import type { Books } from "../records/types";
import { buildContext } from "./context";
import { voucherHeaders } from "./rules-vouchers";
import { day, GSTIN, makeBooks } from "../../../test/support/books-builder";

const run = (b: Books) => voucherHeaders(buildContext(b));

describe("header fields agree across the lines of one voucher", () => {
  it("reports each line whose customer differs from the first line's, naming it", () => {
    const findings = run(
      makeBooks({
        Sales: [
          { row: 2, invoiceNo: "INV-7", customer: "Sharma Traders" },
          { row: 3, invoiceNo: "INV-7", customer: "Sharma Traders" },
          { row: 4, invoiceNo: "inv-7", customer: "Gupta Stores" },
        ],
      }),
    );
    expect(findings).toMatchObject([{ code: "voucher.header-disagrees", row: 4, column: "Customer", value: "Gupta Stores" }]);
    expect(findings[0].message).toBe(
      'Customer "Gupta Stores" differs from "Sharma Traders" on row 2, the first line of invoice INV-7; all lines of one invoice must agree.',
    );
  });

  it("shows two invoices typed with one number as lines that disagree on date", () => {
    const b = makeBooks({
      Sales: [
        { row: 2, date: day("10-Apr-2026") },
        { row: 3, date: day("20-Apr-2026") },
      ],
    });
    expect(run(b).map((f) => [f.row, f.column, f.value])).toEqual([[3, "Date", "20-Apr-2026"]]);
  });

  it("checks GSTIN, place of supply and narration of sales", () => {
    const b = makeBooks({
      Sales: [
        { row: 2, customerGstin: GSTIN.customerMH, placeOfSupply: "27", narration: "April order" },
        { row: 3, customerGstin: undefined, placeOfSupply: "29", narration: "Other order" },
      ],
    });
    expect(run(b).map((f) => f.column)).toEqual(["Customer GSTIN", "Place of Supply", "Narration"]);
  });

  it("treats a state code and its name, case and spacing of names, and a blank narration as agreeing", () => {
    const b = makeBooks({
      Sales: [
        { row: 2, customer: "Sharma Traders", placeOfSupply: "27", narration: "April order" },
        { row: 3, customer: "sharma  traders", placeOfSupply: "Maharashtra" },
      ],
    });
    expect(run(b)).toEqual([]);
  });

  it("checks the bill of a purchase, the mode of a receipt, the vendor of an expense, the type of a note", () => {
    const b = makeBooks({
      Purchases: [
        { row: 2, billNo: "GM/101" },
        { row: 3, billNo: "GM/102" },
      ],
      Receipts: [
        { row: 2, mode: "Bank" },
        { row: 3, mode: "Cash" },
      ],
      Expenses: [
        { row: 2, vendor: "Patil Estates" },
        { row: 3, vendor: "Other Estates" },
      ],
      Returns: [
        { row: 2, type: "Sales Return" },
        { row: 3, type: "Purchase Return" },
      ],
    });
    expect(run(b).map((f) => [f.table, f.column])).toEqual([
      ["Purchases", "Bill No"],
      ["Receipts", "Mode"],
      ["Expenses", "Vendor"],
      ["Returns", "Type"],
    ]);
  });

  it("keeps vouchers of different financial years apart", () => {
    const b = makeBooks({
      Journals: [
        { row: 2, debit: 100 },
        { row: 3, date: day("10-Apr-2027"), credit: 100 },
      ],
    });
    expect(run(b)).toEqual([]);
  });
});
