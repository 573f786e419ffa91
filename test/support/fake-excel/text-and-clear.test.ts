/** Text-formatted cells, Range.clear, bold and autofit in the fake host: each as Office does it, or refused. */
import { cellAt, fakeWorkbook, installFakeOffice, snapshot, type FakeOfficeHost } from ".";

let host: FakeOfficeHost;

function install(): FakeOfficeHost {
  host = installFakeOffice(
    globalThis,
    fakeWorkbook({
      sheets: [
        { name: "Report", cells: { A1: "old", B2: 5, D4: "keep" }, fills: { B2: "#FFFF00" } },
        { name: "Sales", tables: [{ name: "Sales", headers: ["Invoice No"], rows: [["INV-1"]] }] },
      ],
    }),
  );
  return host;
}

afterEach(() => host?.uninstall());

const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => "resolved",
    (e: { code?: string; message?: string }) => `${e.code}: ${e.message}`,
  );

describe("Text-formatted cells", () => {
  it("keep what is typed as text, where a General cell turns number-like text into a number", async () => {
    install();
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Report").getRange("A6:D7");
      range.getRow(0).numberFormat = [["@", "@", "@", "@"]];
      range.values = [
        ["00123", "=SUM(A1)", "0.00", "1,23,456.00 Dr"],
        ["00123", "'=x", "0.00", ""],
      ];
      await context.sync();
    });
    const values = (row: number) => ["A", "B", "C", "D"].map((c) => cellAt(host.model, "Report", `${c}${row}`).value);
    expect(values(6)).toEqual(["00123", "=SUM(A1)", "0.00", "1,23,456.00 Dr"]);
    expect(values(7)).toEqual([123, "=x", 0, ""]);
    expect(cellAt(host.model, "Report", "A6").numberFormat).toBe("@");
  });

  it("refuse an apostrophe typed into them, which the fake does not claim to know", async () => {
    install();
    const run = Excel.run(async (context) => {
      const cell = context.workbook.worksheets.getItem("Report").getRange("A6");
      cell.numberFormat = [["@"]];
      cell.values = [["'007"]];
      await context.sync();
    });
    expect(await failure(run)).toMatch(/^InvalidArgument: .*apostrophe/);
  });
});

describe("Range.clear", () => {
  it("empties values, number formats, fills and bold inside the range and nothing outside it", async () => {
    install();
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Report");
      sheet.getRange("A1:B2").format.font.bold = true;
      sheet.getRange("A1:B2").numberFormat = [
        ["@", "@"],
        ["@", "0.00"],
      ];
      await context.sync();
      sheet.getRange("A1:C3").clear();
      await context.sync();
    });
    for (const a of ["A1", "B2"])
      expect(cellAt(host.model, "Report", a)).toEqual({ value: "", numberFormat: "General", fill: undefined, bold: false });
    expect(cellAt(host.model, "Report", "D4").value).toBe("keep");
  });

  it("clears a whole sheet, and leaves other sheets as they were", async () => {
    install();
    const sales = (snapshot(host.model) as { sheets: unknown[] }).sheets[1];
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Report").getRange().clear();
      await context.sync();
    });
    const after = snapshot(host.model) as { sheets: { values: unknown }[] };
    expect(after.sheets[0].values).toBeNull();
    expect(after.sheets[1]).toEqual(sales);
  });

  it("is refused over a table's cells (not modelled)", async () => {
    install();
    const run = Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sales").getRange("A1:A5").clear();
      await context.sync();
    });
    expect(await failure(run)).toMatch(/^InvalidOperation: .*table/);
  });
});

describe("bold and autofit", () => {
  it("reads bold back, null for a mixed range, and records the columns asked to autofit", async () => {
    install();
    const read = await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Report");
      sheet.getRange("A1:B1").format.font.bold = true;
      sheet.getRange("A:C").format.autofitColumns();
      const header = sheet.getRange("A1:B1").format.font.load("bold");
      const mixed = sheet.getRange("A1:A2").format.font.load("bold");
      const plain = sheet.getRange("C5").format.font.load("bold");
      await context.sync();
      return [header.bold, mixed.bold, plain.bold];
    });
    expect(read).toEqual([true, null, false]);
    expect(cellAt(host.model, "Report", "B1").bold).toBe(true);
    expect(host.model.sheets[0].autofits).toEqual([{ row: 0, col: 0, rows: 1_048_576, cols: 3 }]);
  });
});
