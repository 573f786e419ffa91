/** A stock journal's lines as Tally reads them, and the writer's refusal of an item it cannot book. */
import type { Voucher } from "../vouchers/model";
import { COMPANY, salesItemInvoice, stockJournalTransfer } from "../../../test/fixtures/vouchers";
import { parsedVoucher, type XmlNode as Node } from "../../../test/support/parsed-request";
import { buildVoucherImport } from "./write";

describe("stock journal lines", () => {
  it("sends a move without a rate as quantity only, source out and destination in", () => {
    const noRate: Voucher = {
      ...stockJournalTransfer,
      inventoryEntries: [
        { item: "Steel Bolt M8", qty: 5, unit: "Nos", rate: 0, amount: 0, godown: "Main Location" },
        { item: "Steel Bolt M8", qty: 5, unit: "Nos", rate: 0, amount: -0, godown: "Shop Floor" },
      ],
    };
    const vch = parsedVoucher(buildVoucherImport([noRate], { company: COMPANY }));
    const out = vch["INVENTORYENTRIESOUT.LIST"] as Node;
    const into = vch["INVENTORYENTRIESIN.LIST"] as Node;
    expect([out.ISDEEMEDPOSITIVE, (out["BATCHALLOCATIONS.LIST"] as Node).GODOWNNAME]).toEqual(["No", "Main Location"]);
    expect([into.ISDEEMEDPOSITIVE, (into["BATCHALLOCATIONS.LIST"] as Node).GODOWNNAME]).toEqual(["Yes", "Shop Floor"]);
    expect(out.AMOUNT).toBeUndefined();
    expect(out.RATE).toBeUndefined();
    expect(into.ACTUALQTY).toBe(" 5 Nos");
  });
});

describe("programmer errors", () => {
  it("refuses an invoice item with no ledger to book its value to", () => {
    const broken: Voucher = {
      ...salesItemInvoice,
      inventoryEntries: [{ ...salesItemInvoice.inventoryEntries[0], ledger: undefined }],
    };
    expect(() => buildVoucherImport([broken], { company: COMPANY })).toThrow(/Steel Bolt M8.*no ledger/);
  });
});
