import { readFile } from "node:fs/promises";
import path from "node:path";
import ExcelJS from "exceljs";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { capturedIo, sampleForTests } from "../../../test/support/cli-test-kit";
import { runCli } from "../main";

jest.setTimeout(60_000);

const sample = sampleForTests();

async function exported(format: string, extra: string[] = []): Promise<{ code: number; bytes: Buffer; out: string }> {
  const io = capturedIo({ cwd: sample.copy.dir });
  const name = `vouchers-${format}-${extra.join("")}.${format}`;
  const code = await runCli(["export", "book.xlsx", "--format", format, "--out", name, ...extra], io);
  return { code, bytes: await readFile(path.join(sample.copy.dir, name)), out: io.stdout.join("\n") };
}

const vouchersIn = (xml: string): unknown[] => {
  const doc = new XMLParser({ ignoreAttributes: false, parseTagValue: false }).parse(xml);
  const messages = doc.ENVELOPE.BODY.IMPORTDATA.REQUESTDATA.TALLYMESSAGE;
  return (Array.isArray(messages) ? messages : [messages]).filter((m: { VOUCHER?: unknown }) => m.VOUCHER);
};

describe("tally-handoff export", () => {
  it("writes a UTF-16 Tally import file of the valid vouchers that parses as XML", async () => {
    const { code, bytes, out } = await exported("xml");
    expect(code).toBe(1);
    expect([bytes[0], bytes[1]]).toEqual([0xff, 0xfe]);
    const xml = bytes.subarray(2).toString("utf16le");
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(vouchersIn(xml)).toHaveLength(sample.facts.vouchers.valid);
    expect(xml).toContain("Sharma Hardware &amp; Sons");
    expect(xml).toContain("गुप्ता इलेक्ट्रिकल्स");
    expect(out).toContain(`Wrote ${sample.facts.vouchers.valid} vouchers`);
    expect(out).toContain(`${sample.facts.rowsHeldBack} rows were held back because of errors`);
  });

  it("writes the new envelope form when asked", async () => {
    const { bytes } = await exported("xml", ["--envelope", "new"]);
    const doc = new XMLParser().parse(bytes.subarray(2).toString("utf16le"));
    expect(doc.ENVELOPE.HEADER.TALLYREQUEST).toBe("Import");
    expect(doc.ENVELOPE.HEADER.ID).toBe("Vouchers");
  });

  it("writes JSON that parses, one object per valid voucher with amounts as strings", async () => {
    const { bytes } = await exported("json");
    const vouchers = JSON.parse(bytes.toString("utf8")) as { ledgerEntries: { amount: unknown }[] }[];
    expect(vouchers).toHaveLength(sample.facts.vouchers.valid);
    expect(typeof vouchers[0].ledgerEntries[0].amount).toBe("string");
  });

  it("writes CSV that defuses cells starting with = + - or @", async () => {
    const book = path.join(sample.copy.dir, "formulas.xlsx");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(sample.copy.dir, "book.xlsx"));
    const sales = wb.getWorksheet("Sales")!;
    const header = sales.getRow(3).values as unknown[];
    const [narration, invoiceNo] = [header.indexOf("Narration"), header.indexOf("Invoice No")];
    // The first line of each of four invoices: a voucher's narration comes from its first line.
    const firstLines = [4, 5, 6, 7, 8, 9, 10, 11].filter(
      (r) => sales.getCell(r, invoiceNo).value !== sales.getCell(r - 1, invoiceNo).value,
    );
    const typed = ['=HYPERLINK("http://x")', "+91 98200 00000", "-discount", "@SUM(A1)"];
    typed.forEach((text, i) => (sales.getCell(firstLines[i], narration).value = text));
    await wb.xlsx.writeFile(book);
    const io = capturedIo({ cwd: sample.copy.dir });
    await runCli(["export", "formulas.xlsx", "--format", "csv", "--out", "formulas.csv"], io);
    const csv = (await readFile(path.join(sample.copy.dir, "formulas.csv"), "utf8")).replace(/^\uFEFF/, "");
    const cells = csv.split("\r\n").flatMap((line) => line.split(","));
    for (const text of typed) expect(csv).toContain(`'${text.startsWith("=") ? text.replace(/"/g, '""') : text}`);
    expect(cells.filter((c) => /^"?[=+\-@]/.test(c))).toEqual([]);
  });

  it("refuses to write over the workbook itself", async () => {
    const io = capturedIo({ cwd: sample.copy.dir });
    expect(await runCli(["export", "book.xlsx", "--format", "csv", "--out", "book.xlsx"], io)).toBe(2);
    expect(io.stderr.join("\n")).toContain(
      "book.xlsx is the workbook book.xlsx itself (or a link to it), so the export will not write there.",
    );
    expect(await readFile(path.join(sample.copy.dir, "book.xlsx"))).toEqual(await readFile(sample.copy.file));
  });
});
