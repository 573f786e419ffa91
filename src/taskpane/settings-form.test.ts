import { prepareHandoff } from "../core/handoff";
import { sampleWorkbook } from "../../test/support/taskpane-fakes";
import { changedSettings, initialSettingValues, typedSettings } from "./settings-form";

describe("initialSettingValues", () => {
  it("starts from the values as typed, and from the values in force for keys the table lacks", () => {
    const input = sampleWorkbook();
    const values = initialSettingValues(input, prepareHandoff(input).books.settings);
    expect(values["Tally Company"]).toBe("Tara Traders");
    expect(values["Financial Years"]).toBe("2026-27");
    expect(values["Round Off Ledger"]).toBe("Round Off");
    expect(values["Round Totals"]).toBe("Yes");
    expect(values["Credit Note Voucher Type"]).toBe("Credit Note");
  });

  it("shows a value the validation rejected exactly as typed", () => {
    const input = sampleWorkbook();
    const table = input.tables.HandoffSettings!;
    input.tables.HandoffSettings = { ...table, rows: [...table.rows, ["company gstin", "27ABC"]] };
    const values = initialSettingValues(input, prepareHandoff(input).books.settings);
    expect(values["Company GSTIN"]).toBe("27ABC");
  });
});

describe("typedSettings", () => {
  it("is empty without a readable HandoffSettings table", () => {
    expect(typedSettings(undefined).size).toBe(0);
    expect(typedSettings({ tables: { HandoffSettings: { name: "HandoffSettings", headers: ["A", "B"], rows: [["x", "y"]] } } }).size).toBe(
      0,
    );
  });
});

describe("changedSettings", () => {
  it("lists only the keys whose trimmed text changed, in the form's order", () => {
    const before = { "Tally Company": "Tara", "Round Totals": "Yes", "Sales Voucher Type": "Sales" };
    const after = { "Tally Company": "Tara ", "Round Totals": "No", "Sales Voucher Type": " GST Sales " };
    expect(changedSettings(before, after)).toEqual([
      ["Round Totals", "No"],
      ["Sales Voucher Type", "GST Sales"],
    ]);
  });
});
