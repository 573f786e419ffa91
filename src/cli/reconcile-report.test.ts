import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { reconcile } from "../core/reconcile/report";
import { D, inTally, sale } from "../../test/support/reconcile-vouchers";
import { capturedIo } from "../../test/support/cli-test-kit";
import { runCli } from "./main";
import { writeReconcileReport } from "./reconcile-report";

/**
 * April: "00123" (Rs 1,23,456) in step; INV-9 (Rs 100) sent from this workbook and gone from it; "=HYPERLINK(1)"
 * (Rs 50) typed in Tally; the last five days unread.
 */
function knownReconcile() {
  const kept = sale("00123", 5, 12_345_600);
  const gone = sale("INV-9", 20, 10_000);
  const typed = sale("=HYPERLINK(1)", 12, 5_000);
  const log = [kept, gone].map((v) => ({
    postedAt: "2026-04-30T10:00:00.000Z",
    table: "Sales" as const,
    voucher: v.number,
    remoteId: v.remoteId,
    contentHash: "h",
    action: "Create" as const,
    result: "Posted" as const,
    message: "",
  }));
  const windows = [
    { from: D(1), to: D(25), read: true },
    { from: D(26), to: D(30), read: false },
  ];
  return reconcile(
    { from: D(1), to: D(30) },
    [kept],
    [inTally(kept), inTally(gone), inTally(typed, { narration: "Typed in Tally" })],
    log,
    windows,
  );
}

/** The report's cells, worked out by hand from the reconcile above (docs/reconcile.md's states and amounts). */
const EXPECTED = [
  ["Section", "State", "Date", "Voucher Type", "Voucher No", "Table", "Remote ID", "Detail", "Workbook", "Tally"],
  ["Window", "Not checked: Tally's answer for its dates could not be read", "2026-04-26", "", "", "", "", "to 30-Apr-2026", "", ""],
  ["Voucher", "Sent from this workbook, no longer in it", "2026-04-20", "Sales", "INV-9", "Sales", "th-INV-9", "", "", ""],
  ["Voucher", "In Tally, never sent from this workbook", "2026-04-12", "Sales", "=HYPERLINK(1)", "", "", "", "", ""],
  ["Voucher", "In step", "2026-04-05", "Sales", "00123", "Sales", "th-00123", "", "", ""],
  // Each ledger: the workbook's "00123" beside Tally's "00123" + INV-9; the typed voucher beside, not compared.
  [
    "Ledger",
    "Differs from Tally",
    "",
    "",
    "",
    "",
    "",
    "Sharma & Sons (also 68.00 Dr not sent from this workbook)",
    "1,23,474.00 Dr",
    "1,23,592.00 Dr",
  ],
  [
    "Ledger",
    "Differs from Tally",
    "",
    "",
    "",
    "",
    "",
    "Sales (also 50.00 Cr not sent from this workbook)",
    "1,23,456.00 Cr",
    "1,23,556.00 Cr",
  ],
  ["Ledger", "Differs from Tally", "", "", "", "", "", "Output CGST (also 9.00 Cr not sent from this workbook)", "9.00 Cr", "18.00 Cr"],
  ["Ledger", "Differs from Tally", "", "", "", "", "", "Output SGST (also 9.00 Cr not sent from this workbook)", "9.00 Cr", "18.00 Cr"],
  ["GST", "Differs from Tally", "", "", "", "", "", "CGST 9%", "9.00 Cr", "18.00 Cr"],
  ["GST", "Differs from Tally", "", "", "", "", "", "SGST 9%", "9.00 Cr", "18.00 Cr"],
];

let dir: string;
let book: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "reconcile-report-"));
  book = path.join(dir, "Books.xlsx");
  fs.writeFileSync(book, "the workbook's bytes");
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

async function readBack(file: string) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const sheet = wb.worksheets[0];
  const rows: unknown[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row) => rows.push(Array.from({ length: 10 }, (_, c) => row.getCell(c + 1).value ?? "")));
  return { names: wb.worksheets.map((s) => s.name), sheet, rows };
}

describe("reconcile --out", () => {
  it("writes an .xlsx of one Reconciliation sheet holding exactly the report's cells, as text", async () => {
    const out = path.join(dir, "report.xlsx");
    await writeReconcileReport(out, book, "report.xlsx", knownReconcile());
    const { names, sheet, rows } = await readBack(out);
    expect(names).toEqual(["Reconciliation"]);
    expect(rows).toEqual(EXPECTED);
    expect([sheet.getCell("E5").numFmt, sheet.getCell("I6").numFmt, sheet.getCell("A1").font?.bold]).toEqual(["@", "@", true]);
    expect(sheet.getCell("E4").formula).toBeUndefined();
    expect(fs.readdirSync(dir).sort()).toEqual(["Books.xlsx", "report.xlsx"]);
  });

  it("still writes CSV for a name ending in .csv, the same rows", async () => {
    const out = path.join(dir, "report.CSV");
    await writeReconcileReport(out, book, "report.CSV", knownReconcile());
    const lines = fs
      .readFileSync(out, "utf8")
      .replace(/^\uFEFF/, "")
      .split("\r\n");
    expect(lines[0]).toBe(EXPECTED[0].join(","));
    expect(lines[4]).toBe(EXPECTED[4].join(","));
    expect(lines).toHaveLength(EXPECTED.length + 1);
  });

  const ONTO = (name: string) => `${name} is the workbook Books.xlsx itself (or a link to it), so the export will not write there.`;

  it.each([
    ["a symbolic link to the workbook", (to: string) => fs.symlinkSync(book, to)],
    ["a hard link to the workbook", (to: string) => fs.linkSync(book, to)],
  ])("refuses %s as --out and leaves the workbook as it was", async (_what, make) => {
    const out = path.join(dir, "report.xlsx");
    make(out);
    await expect(writeReconcileReport(out, book, "report.xlsx", knownReconcile())).rejects.toThrow(ONTO("report.xlsx"));
    expect(fs.readFileSync(book, "utf8")).toBe("the workbook's bytes");
    expect(fs.readdirSync(dir).sort()).toEqual(["Books.xlsx", "report.xlsx"]);
  });

  it("refuses the workbook's own path as --out", async () => {
    await expect(writeReconcileReport(book, book, "Books.xlsx", knownReconcile())).rejects.toThrow(ONTO("Books.xlsx"));
    expect(fs.readFileSync(book, "utf8")).toBe("the workbook's bytes");
  });

  it("refuses any other ending in words naming the value, before the workbook or Tally is read", async () => {
    const io = capturedIo();
    const code = await runCli(["reconcile", book, "--tally", "http://127.0.0.1:9", "--out", "report.xlsm"], io);
    expect(code).toBe(2);
    expect(io.stderr.join("\n")).toContain(
      "--out report.xlsm: the report is written as an .xlsx workbook or a .csv file; give a name ending in .xlsx or .csv.",
    );
    expect(fs.readdirSync(dir)).toEqual(["Books.xlsx"]);
  });
});
