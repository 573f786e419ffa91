import { finding, type At } from "../core/findings";
import { prepareHandoff } from "../core/handoff";
import type { LedgerMapKind } from "../core/records/types";
import { sampleWorkbook } from "../../test/support/taskpane-fakes";
import { namesForKind, unmappedValues } from "./unmapped";

const unmapped = (kind: LedgerMapKind, key: string, at: Partial<At> = {}) =>
  finding("mapping.unmapped", { table: "Receipts", row: 2, column: "Account", value: key, ...at }, { kind, key });

describe("unmappedValues", () => {
  it("finds the unmapped account in the sample workbook's findings", () => {
    const values = unmappedValues(prepareHandoff(sampleWorkbook()).findings);
    expect(values.map(({ kind, value, rows }) => ({ kind, value, rows }))).toEqual([{ kind: "Account", value: "PhonePe", rows: 1 }]);
  });

  it("lists each word once per kind however many rows use it, ignoring case and spaces", () => {
    const values = unmappedValues([
      unmapped("Account", "PhonePe", { row: 2 }),
      unmapped("Account", "phonepe ", { row: 3 }),
      unmapped("Party", "PhonePe", { row: 4, column: "Customer" }),
      finding("mapping.no-godown", { table: "Sales", row: 5, column: "Godown", value: "" }),
      finding("cell.blank", { table: "Sales", row: 6, column: "Customer", value: "x" }),
    ]);
    expect(values.map(({ kind, value, rows }) => `${kind}:${value}:${rows}`)).toEqual(["Account:PhonePe:2", "Party:PhonePe:1"]);
  });

  it("takes the kind from the finding's parameters, never from its column or its sentence", () => {
    const rate = { ...unmapped("Output IGST", "12", { table: "Sales", column: "GST Rate %" }), message: 'Kind "Nonsense"' };
    expect(unmappedValues([rate]).map(({ kind, value }) => [kind, value])).toEqual([["Output IGST", "12"]]);
  });
});

describe("namesForKind", () => {
  it("suggests items, units and godowns from their own lists and everything else from ledgers", () => {
    const lists = { ledgers: ["L"], stockItems: ["I"], units: ["U"], godowns: ["G"], voucherTypes: ["V"] };
    expect(["Item", "Unit", "Godown", "Party", "Output CGST"].map((k) => namesForKind(k as never, lists))).toEqual([
      ["I"],
      ["U"],
      ["G"],
      ["L"],
      ["L"],
    ]);
  });
});
