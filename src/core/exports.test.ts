import { SAMPLE_VOUCHERS, receiptAgainstInvoice, salesItemInvoice, stockJournalTransfer } from "../../test/fixtures/vouchers";
import { CSV_COLUMNS, csvCell, vouchersToCsv, vouchersToJson } from "./exports";
import { parseAmount } from "./money";
import type { Voucher } from "./vouchers/model";

/** A small RFC 4180 reader, enough to check what vouchersToCsv wrote. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      row.push(cell);
      cell = "";
    } else if (c === "\r" && text[i + 1] === "\n") {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
      i++;
    } else cell += c;
  }
  return rows;
}

const paise = (text: string) => (text === "" ? 0 : (parseAmount(text) as { ok: true; value: number }).value);

describe("vouchersToJson", () => {
  const parsed = JSON.parse(vouchersToJson([salesItemInvoice, receiptAgainstInvoice]));

  it("writes dates as ISO days and amounts as signed decimal strings", () => {
    expect(parsed[0].date).toBe("2026-04-01");
    expect(parsed[0].ledgerEntries[0]).toMatchObject({ ledger: "Sharma Traders", amount: "-2377.70", role: "party" });
    expect(parsed[0].ledgerEntries[0].bills).toEqual([{ name: "SI/26-27/001", type: "New Ref", amount: "-2377.70" }]);
    expect(parsed[0].inventoryEntries[1]).toMatchObject({
      item: "Hex Nut M8",
      qty: 200,
      rate: "4.25",
      amount: "765.00",
      discountPercent: 10,
    });
  });

  it("writes bank details with their instrument date", () => {
    expect(parsed[1].ledgerEntries[1].bank).toEqual({
      transactionType: "Cheque",
      instrumentNumber: "004512",
      instrumentDate: "2026-04-29",
      amount: "-2377.70",
    });
  });

  it("is indented for people to read", () => {
    expect(vouchersToJson([salesItemInvoice])).toContain('\n    "kind": "Sales"');
  });
});

describe("vouchersToCsv", () => {
  it("starts with the column names and has one row per ledger or item line", () => {
    const rows = readCsv(vouchersToCsv([salesItemInvoice]));
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    // Every line carries the voucher's date, kind, number, Remote ID, party and narration.
    const line = (...cells: string[]) => [
      "2026-04-01",
      "Sales",
      "SI/26-27/001",
      salesItemInvoice.remoteId,
      "Sharma Traders",
      ...cells,
      "Bolts and nuts for site work",
    ];
    expect(rows.slice(1)).toEqual([
      line("Sharma Traders", "", "", "2377.70", ""),
      line("Output CGST 9%", "", "", "", "181.35"),
      line("Output SGST 9%", "", "", "", "181.35"),
      line("Steel Bolt M8", "100 Nos", "12.50", "", "1250.00"),
      line("Hex Nut M8", "200 Nos", "4.25", "", "765.00"),
    ]);
  });

  it("ends every record with CRLF", () => {
    const text = vouchersToCsv([stockJournalTransfer]);
    expect(text.endsWith("\r\n")).toBe(true);
    expect(text.split("\r\n")).toHaveLength(4);
  });

  it("adds up to equal Debit and Credit totals for balanced vouchers", () => {
    const rows = readCsv(vouchersToCsv(Object.values(SAMPLE_VOUCHERS))).slice(1);
    const debit = rows.reduce((s, r) => s + paise(r[8]), 0);
    const credit = rows.reduce((s, r) => s + paise(r[9]), 0);
    expect(debit).toBeGreaterThan(0);
    expect(debit).toBe(credit);
    expect(rows.every((r) => !r[8].startsWith("-") && !r[9].startsWith("-"))).toBe(true);
  });

  it("quotes commas, quotes and line breaks as RFC 4180 says", () => {
    const v: Voucher = { ...receiptAgainstInvoice, narration: 'Paid "in full", thanks\r\nSecond line' };
    const text = vouchersToCsv([v]);
    expect(text).toContain('"Paid ""in full"", thanks\r\nSecond line"');
    expect(readCsv(text)[1][10]).toBe('Paid "in full", thanks\r\nSecond line');
  });

  it("defuses cells that Excel would run as formulas", () => {
    const evil: Voucher = {
      ...receiptAgainstInvoice,
      number: "-2+3",
      party: '=HYPERLINK("http://x")',
      narration: "@SUM(A1)",
      ledgerEntries: receiptAgainstInvoice.ledgerEntries.map((e) => ({ ...e, ledger: e.role === "party" ? "+cmd" : "\tTab" })),
    };
    const row = readCsv(vouchersToCsv([evil]))[1];
    expect([row[2], row[4], row[5], row[10]]).toEqual(["'-2+3", '\'=HYPERLINK("http://x")', "'+cmd", "'@SUM(A1)"]);
    expect(readCsv(vouchersToCsv([evil]))[2][5]).toBe("'\tTab");
  });
});

describe("csvCell", () => {
  it("leaves plain text and numbers alone", () => {
    expect(csvCell("Sharma Traders")).toBe("Sharma Traders");
    expect(csvCell("2377.70")).toBe("2377.70");
  });

  it("defuses a leading carriage return, then quotes it", () => {
    expect(csvCell("\r=1+1")).toBe('"\'\r=1+1"');
  });
});
