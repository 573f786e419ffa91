import type { Finding } from "../core/findings";
import { prepareHandoff } from "../core/handoff";
import { sampleWorkbook } from "../../test/support/taskpane-fakes";
import { kindOf, mappingFindings, namesForKind, unmappedValues } from "./unmapped";

const f = (over: Partial<Finding>): Finding => ({ table: "Receipts", row: 2, column: "Account", severity: "error", code: "mapping.unmapped", message: "", ...over });

describe("unmappedValues", () => {
  it("finds the unmapped account in the sample workbook's findings", () => {
    const values = unmappedValues(prepareHandoff(sampleWorkbook()).findings);
    expect(values.map(({ kind, value, rows }) => ({ kind, value, rows }))).toEqual([{ kind: "Account", value: "PhonePe", rows: 1 }]);
  });

  it("lists each word once per kind however many rows use it, ignoring case and spaces", () => {
    const values = unmappedValues([
      f({ row: 2, value: "PhonePe" }),
      f({ row: 3, value: "phonepe " }),
      f({ row: 4, column: "Customer", value: "PhonePe", code: "mapping.unmapped" }),
      f({ row: 5, column: "Godown", value: "", code: "mapping.no-godown" }),
      f({ row: 6, code: "cell.blank", value: "x" }),
    ]);
    expect(values.map(({ kind, value, rows }) => `${kind}:${value}:${rows}`)).toEqual(["Account:PhonePe:2", "Party:PhonePe:1"]);
  });
});

describe("kindOf", () => {
  it("reads the kind the message names, else goes by the column", () => {
    expect(kindOf(f({ column: "GST Rate %", message: 'add a row to LedgerMap (Kind "Output IGST", Workbook Value "12").' }))).toBe("Output IGST");
    expect(kindOf(f({ column: "Expense Head" }))).toBe("Expense");
    expect(kindOf(f({ column: "Something Else", message: 'Kind "Nonsense"' }))).toBe("Ledger");
  });
});

describe("mappingFindings", () => {
  it("keeps codes that start with mapping.", () => {
    expect(mappingFindings([f({ code: "mapping.x" }), f({ code: "mappingx" }), f({ code: "gst.x" })]).map((x) => x.code)).toEqual(["mapping.x"]);
  });
});

describe("namesForKind", () => {
  it("suggests items, units and godowns from their own lists and everything else from ledgers", () => {
    const lists = { ledgers: ["L"], stockItems: ["I"], units: ["U"], godowns: ["G"], voucherTypes: ["V"] };
    expect(["Item", "Unit", "Godown", "Party", "Output CGST"].map((k) => namesForKind(k as never, lists))).toEqual([["I"], ["U"], ["G"], ["L"], ["L"]]);
  });
});
