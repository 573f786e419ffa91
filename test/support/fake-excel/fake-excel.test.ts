/** The fake host must fail where Office fails, or adapter tests would pass against a friendlier Excel. */
import { cellAt, fakeWorkbook, installFakeOffice, readTable, snapshot, type FakeOfficeHost } from ".";

let host: FakeOfficeHost;

function install(): FakeOfficeHost {
  const model = fakeWorkbook({
    sheets: [
      {
        name: "Sales",
        tables: [
          {
            name: "Sales",
            headers: ["Invoice No", "Amount"],
            rows: [
              ["INV-1", 100],
              ["INV-2", 250],
            ],
          },
        ],
      },
      { name: "Stock Moves", tables: [{ name: "StockMoves", headers: ["Move No"], rows: [] }] },
      { name: "TallyHandoff", visibility: "Hidden" },
    ],
  });
  host = installFakeOffice(globalThis, model);
  return host;
}

afterEach(() => host?.uninstall());

const codeOf = (promise: Promise<unknown>) =>
  promise.then(
    () => "resolved",
    (e: { code?: string }) => e.code,
  );

describe("the fake Excel host", () => {
  it("throws PropertyNotLoaded when code reads a property it did not load and sync", async () => {
    install();
    await Excel.run(async (context) => {
      const body = context.workbook.tables.getItem("Sales").getDataBodyRange();
      expect(() => body.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      body.load("values");
      expect(() => body.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await context.sync();
      expect(body.values).toEqual([
        ["INV-1", 100],
        ["INV-2", 250],
      ]);
      expect(() => body.address).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    });
  });

  it("applies values at sync, in queue order, and counts every sync", async () => {
    install();
    await Excel.run(async (context) => {
      const cell = context.workbook.tables.getItem("Sales").getDataBodyRange().getCell(0, 1);
      cell.values = [[999]];
      expect(readTable(host.model, "Sales").rows[0][1]).toBe(100);
      await context.sync();
      expect(readTable(host.model, "Sales").rows[0][1]).toBe(999);
    });
    expect(host.syncCount()).toBe(1);
  });

  it("syncs once more at the end of Excel.run only when commands are still queued", async () => {
    install();
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sales").getRange("D1").values = [["note"]];
    });
    expect(host.syncCount()).toBe(1);
    await Excel.run(async () => undefined);
    expect(host.syncCount()).toBe(1);
  });

  it("gives null objects for missing items, readable only after a sync", async () => {
    install();
    await Excel.run(async (context) => {
      const missing = context.workbook.tables.getItemOrNullObject("Purchases");
      const present = context.workbook.tables.getItemOrNullObject("sales");
      expect(() => missing.isNullObject).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await context.sync();
      expect(missing.isNullObject).toBe(true);
      expect(present.isNullObject).toBe(false);
    });
    const failed = Excel.run(async (context) => {
      context.workbook.tables.getItem("Purchases").getRange().load("values");
      await context.sync();
    });
    expect(await codeOf(failed)).toBe("ItemNotFound");
  });

  it("loads a collection with nested paths: table names, sheet names and column names", async () => {
    install();
    await Excel.run(async (context) => {
      const tables = context.workbook.tables.load({ name: true, worksheet: { name: true }, columns: { name: true } });
      await context.sync();
      const seen = tables.items.map((t) => [t.name, t.worksheet.name, t.columns.items.map((c) => c.name)]);
      expect(seen).toEqual([
        ["Sales", "Sales", ["Invoice No", "Amount"]],
        ["StockMoves", "Stock Moves", ["Move No"]],
      ]);
      expect(() => tables.items[0].worksheet.visibility).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    });
  });

  it("refuses a sync whose response is above 5 MB, and leaves its values unread", async () => {
    const model = fakeWorkbook({
      sheets: [
        { name: "Big", tables: [{ name: "Big", headers: ["Text"], rows: Array.from({ length: 60_000 }, () => ["x".repeat(100)]) }] },
      ],
    });
    host = installFakeOffice(globalThis, model);
    const range = await Excel.run(async (context) => {
      const body = context.workbook.tables.getItem("Big").getDataBodyRange().load("values");
      expect(await codeOf(context.sync())).toBe("ResponsePayloadSizeLimitExceeded");
      return body;
    });
    expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    expect(host.ledger.syncs[0].responseBytes).toBeGreaterThan(5_000_000);
  });

  it("refuses a sync whose request is above 5 MB before applying any of it", async () => {
    install();
    const big = Array.from({ length: 60_000 }, () => ["y".repeat(100)]);
    const outcome = Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sales").getRange("A1").values = [["changed"]];
      context.workbook.worksheets.getItem("Sales").getRange("F1:F60000").values = big;
      await context.sync();
    });
    expect(await codeOf(outcome)).toBe("RequestPayloadSizeLimitExceeded");
    expect(cellAt(host.model, "Sales", "A1").value).toBe("Invoice No");
  });

  it("stores values like typed input: an apostrophe keeps text, number-like text becomes a number", async () => {
    install();
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sales").getRange("D1:F1").values = [["'001", "001", "INV-3"]];
      await context.sync();
    });
    expect(["D1", "E1", "F1"].map((a) => cellAt(host.model, "Sales", a).value)).toEqual(["001", 1, "INV-3"]);
  });

  it("appends table rows and columns, moving the cells below and to the right", async () => {
    install();
    host.model.sheets[0].values[5] = ["below"];
    host.model.sheets[0].values[1]![2] = "right";
    await Excel.run(async (context) => {
      const table = context.workbook.tables.getItem("Sales");
      table.rows.add(undefined, [["INV-3", 75]]);
      table.columns.add(undefined, undefined, "Tally Status");
      await context.sync();
    });
    expect(readTable(host.model, "Sales")).toEqual({
      headers: ["Invoice No", "Amount", "Tally Status"],
      rows: [
        ["INV-1", 100, ""],
        ["INV-2", 250, ""],
        ["INV-3", 75, ""],
      ],
      address: "Sales!A1:C4",
    });
    expect(cellAt(host.model, "Sales", "A7").value).toBe("below");
    expect(cellAt(host.model, "Sales", "D2").value).toBe("right");
  });

  it("adds, lists and deletes conditional formats without touching cell fills", async () => {
    install();
    host.model.sheets[0].fills[1] = ["#00FF00"];
    await Excel.run(async (context) => {
      const cf = context.workbook.worksheets.getItem("Sales").getRange("A2:A3").conditionalFormats.add("Custom");
      cf.custom.rule.formula = "=TRUE";
      cf.custom.format.fill.color = "#FFC7CE";
      await context.sync();
      const listed = context.workbook.worksheets
        .getItem("Sales")
        .getRange()
        .conditionalFormats.load({ type: true, customOrNullObject: { rule: { formula: true } } });
      await context.sync();
      expect(listed.items.map((f) => [f.type, f.customOrNullObject.rule.formula])).toEqual([["Custom", "=TRUE"]]);
      listed.items[0].delete();
      await context.sync();
    });
    expect(host.model.sheets[0].conditionalFormats).toEqual([]);
    expect(cellAt(host.model, "Sales", "A2").fill).toBe("#00FF00");
  });

  it("refuses to activate a hidden sheet and to select off the active sheet", async () => {
    install();
    const before = snapshot(host.model);
    const activate = Excel.run(async (context) => {
      context.workbook.worksheets.getItem("TallyHandoff").activate();
      await context.sync();
    });
    expect(await codeOf(activate)).toBe("InvalidOperation");
    const select = Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Stock Moves").getRange("A2").select();
      await context.sync();
    });
    expect(await codeOf(select)).toBe("InvalidSelection");
    expect(snapshot(host.model)).toEqual(before);
  });

  it("reports addresses as Excel does, quoting sheet names with spaces", async () => {
    install();
    await Excel.run(async (context) => {
      const range = context.workbook.tables.getItem("StockMoves").getDataBodyRange().load(["address", "rowIndex", "rowCount"]);
      const column = context.workbook.worksheets.getItem("Sales").getRange("C5").getEntireColumn().getRow(9).load("address");
      await context.sync();
      expect([range.address, range.rowIndex, range.rowCount]).toEqual(["'Stock Moves'!A2", 1, 1]);
      expect(column.address).toBe("Sales!C10");
    });
  });
});
