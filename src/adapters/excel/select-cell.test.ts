import { type FakeOfficeHost, fakeOfficeEachTest } from "../../../test/support/fake-excel";
import { handoffSheet, salesRows, salesTable } from "../../../test/support/fake-excel/ops-workbook";
import { createExcelWorkbook } from "./excel-workbook";

const office = fakeOfficeEachTest();
const host = office.host;

function install(): FakeOfficeHost {
  return office.install({
    sheets: [
      { name: "Purchases", tables: [{ name: "Purchases", headers: ["Date", "Voucher No"], rows: [[1, "P1"]] }] },
      { name: "Sales Book", tables: [salesTable(salesRows(5), { at: "C4" })] },
      handoffSheet(),
    ],
    active: "Purchases",
  });
}

const state = () => ({ active: host.model.activeSheet, selection: host.model.selection });

describe("selectCell", () => {
  it("activates the table's sheet and selects the finding's cell, in two syncs", async () => {
    install();
    await createExcelWorkbook().selectCell("Sales", 7, "Customer");
    expect(state()).toEqual({ active: "Sales Book", selection: { sheet: "Sales Book", address: "E7" } });
    expect(host.syncCount()).toBe(2);
  });

  it("finds the column ignoring case and spaces, and under the core's other names", async () => {
    install();
    await createExcelWorkbook().selectCell("Sales", 5, "gst rate %");
    expect(host.model.selection?.address).toBe("N5");
    host.model.sheets[1].values[3]![4] = "Party Name";
    await createExcelWorkbook().selectCell("Sales", 6, "Customer");
    expect(host.model.selection?.address).toBe("E6");
  });

  it("selects the row across the table when the finding names no column, and the header for a whole-table finding", async () => {
    install();
    await createExcelWorkbook().selectCell("Sales", 6, "");
    expect(host.model.selection?.address).toBe("C6:Q6");
    await createExcelWorkbook().selectCell("Sales", 0, "HSN/SAC");
    expect(host.model.selection?.address).toBe("O4");
  });

  it("makes the hidden TallyHandoff sheet visible to show a settings cell", async () => {
    install();
    await createExcelWorkbook().selectCell("HandoffSettings", 3, "Value");
    expect(state()).toEqual({ active: "TallyHandoff", selection: { sheet: "TallyHandoff", address: "B3" } });
    expect(host.model.sheets[2].visibility).toBe("Visible");
  });

  it("leaves the selection alone when the table is not in the workbook", async () => {
    install();
    await createExcelWorkbook().selectCell("Returns", 2, "Party");
    expect(state()).toEqual({ active: "Purchases", selection: undefined });
  });
});
