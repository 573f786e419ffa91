import fc from "fast-check";
import { parseAmount } from "../money";
import {
  excelErrorOf,
  isBlank,
  readAmount,
  readDate,
  readEnum,
  readGstRate,
  readPercent,
  readQuantity,
  readText,
  readYesNo,
} from "./cells";

const EXCEL_ERROR_CELLS = ["#N/A", "#REF!", "#VALUE!", "#DIV/0!", "#NAME?", "#NUM!", "#NULL!", "#SPILL!", "#CALC!", "#GETTING_DATA"];
const READERS = { readText, readAmount, readQuantity, readPercent, readGstRate, readDate, readYesNo, readMode: readEnum(["Cash", "Bank"]) };

describe("Excel errors and blanks", () => {
  it.each(EXCEL_ERROR_CELLS)("every reader refuses %s and asks to fix the formula", (cell) => {
    for (const read of Object.values(READERS)) {
      expect(read(cell)).toEqual({ ok: false, reason: `shows the Excel error ${cell}; fix the formula` });
    }
  });

  it("recognises an error with stray spaces but not text that merely contains #", () => {
    expect(excelErrorOf(" #n/a ")).toBe("#N/A");
    expect(excelErrorOf("#1 Main Road")).toBeUndefined();
    expect(readText("#1 Main Road")).toEqual({ ok: true, value: "#1 Main Road" });
  });

  it("treats null, empty and all-space text as blank, and 0 or FALSE as values", () => {
    expect([null, undefined, "", "   ", "\u00a0"].map(isBlank)).toEqual([true, true, true, true, true]);
    expect([0, false, " x ", "0"].map(isBlank)).toEqual([false, false, false, false]);
    expect(readText("  ")).toEqual({ ok: false, reason: "is blank" });
  });
});

describe("text cells", () => {
  it("trims text and keeps everything else exactly, Unicode and & < > \" ' included", () => {
    expect(readText("  Sharma & Sons <Pune> \"A\" 'B' ")).toEqual({ ok: true, value: "Sharma & Sons <Pune> \"A\" 'B'" });
    expect(readText("श्री गणेश ट्रेडर्स")).toEqual({ ok: true, value: "श्री गणेश ट्रेडर्स" });
  });

  it("reads an invoice number typed as a number as its text", () => {
    expect(readText(1001)).toEqual({ ok: true, value: "1001" });
    expect(readText(12.5)).toEqual({ ok: true, value: "12.5" });
    expect(readText(true)).toEqual({ ok: true, value: "TRUE" });
  });
});

describe("amount cells", () => {
  it.each([
    ["1,00,000.50", 10000050],
    [" 1200 ", 120000],
    ["₹ 500", 50000],
    ["1250.50", 125050],
    ["-75", -7500],
    [3751.5, 375150],
    [0.1 + 0.2, 30],
    [1180.0000000000002, 118000],
  ])("reads %p as %p paise", (cell, paise) => {
    expect(readAmount(cell)).toEqual({ ok: true, value: paise });
  });

  it("says plainly why 12abc, a third decimal place and TRUE are not amounts", () => {
    expect(readAmount("12abc")).toEqual({ ok: false, reason: "is not a number" });
    expect(readAmount("10.005")).toEqual({ ok: false, reason: "has more than two decimal places" });
    expect(readAmount(100 / 3)).toEqual({ ok: false, reason: "has more than two decimal places" });
    expect(readAmount(true)).toEqual({ ok: false, reason: "is not a number" });
  });

  it("agrees with the exact big-number path on grouped and plain text", () => {
    for (const text of ["9,99,99,999.99", "999999999.99", "0.01", "1,000", "12,34,567"]) {
      const bare = Number(text.replace(/,/g, ""));
      expect(readAmount(text)).toEqual({ ok: true, value: Math.round(bare * 100) });
    }
  });
});

describe("quantity and percent cells", () => {
  it("reads quantities with up to three decimals", () => {
    expect(readQuantity("2.125")).toEqual({ ok: true, value: 2.125 });
    expect(readQuantity(" 1,500 ")).toEqual({ ok: true, value: 1500 });
    expect(readQuantity(0.3333)).toEqual({ ok: false, reason: "has more than three decimal places" });
    expect(readQuantity("two")).toEqual({ ok: false, reason: "is not a number" });
  });

  it('reads 18, "18", "18%" and " 18 % " as 18 percent', () => {
    for (const cell of [18, "18", "18%", " 18 % "]) expect(readPercent(cell)).toEqual({ ok: true, value: 18 });
    expect(readPercent("eighteen")).toEqual({ ok: false, reason: "is not a percentage" });
  });

  it("reads a percent-formatted GST cell (0.18) as 18 only when 18 is a slab", () => {
    expect(readGstRate(0.18)).toEqual({ ok: true, value: 18 });
    expect(readGstRate(0.05)).toEqual({ ok: true, value: 5 });
    expect(readGstRate(0.0025)).toEqual({ ok: true, value: 0.25 });
    expect(readGstRate(0.001)).toEqual({ ok: true, value: 0.1 });
    expect(readGstRate(0.25)).toEqual({ ok: true, value: 0.25 });
    expect(readGstRate(0.5)).toEqual({ ok: true, value: 0.5 });
    expect(readGstRate("0.18")).toEqual({ ok: true, value: 0.18 });
    expect(readGstRate(18)).toEqual({ ok: true, value: 18 });
    expect(readGstRate(0)).toEqual({ ok: true, value: 0 });
  });
});

describe("date cells", () => {
  it.each([
    [46113, { y: 2026, m: 4, d: 1 }],
    [46113.75, { y: 2026, m: 4, d: 1 }],
    ["2026-04-01", { y: 2026, m: 4, d: 1 }],
    ["01-04-2026", { y: 2026, m: 4, d: 1 }],
    ["1-Apr-2026", { y: 2026, m: 4, d: 1 }],
    ["31/03/2027", { y: 2027, m: 3, d: 31 }],
  ])("reads %p", (cell, date) => {
    expect(readDate(cell)).toEqual({ ok: true, value: date });
  });

  it("refuses impossible and unreadable dates", () => {
    expect(readDate("31-02-2026")).toEqual({ ok: false, reason: "is not a real calendar date" });
    expect(readDate("next Monday").ok).toBe(false);
    expect(readDate(true)).toEqual({ ok: false, reason: "is not a date" });
  });
});

describe("yes/no and choice cells", () => {
  it.each([
    ["Yes", true],
    ["y", true],
    ["TRUE", true],
    [1, true],
    [true, true],
    ["No", false],
    ["N", false],
    ["false", false],
    [0, false],
    [false, false],
  ])("reads %p as %p", (cell, answer) => {
    expect(readYesNo(cell)).toEqual({ ok: true, value: answer });
  });

  it("refuses maybe", () => {
    expect(readYesNo("maybe")).toEqual({ ok: false, reason: "is not Yes or No" });
  });

  it("matches choices ignoring case and spaces, and names the choices when it cannot", () => {
    const readType = readEnum(["Sales Return", "Purchase Return"], { Sales: "Sales Return" });
    expect(readType(" sales RETURN ")).toEqual({ ok: true, value: "Sales Return" });
    expect(readType("SalesReturn")).toEqual({ ok: true, value: "Sales Return" });
    expect(readType("sales")).toEqual({ ok: true, value: "Sales Return" });
    expect(readType("Refund")).toEqual({ ok: false, reason: "is not one of Sales Return, Purchase Return" });
    expect(readType(5)).toEqual({ ok: false, reason: "is not one of Sales Return, Purchase Return" });
  });
});

describe("the fast path for plain numbers", () => {
  it("reads every amount exactly as the big-number reader in money.ts does", () => {
    const cell = fc.oneof(
      fc.integer({ min: -99_999_999_999, max: 99_999_999_999 }).map((paise) => (paise / 100).toFixed(2)),
      fc.integer({ min: -99_999_999_999, max: 99_999_999_999 }).map((paise) => paise / 100),
      fc.integer({ min: -999_999_999_999_999, max: 999_999_999_999_999 }).map((paise) => paise / 100),
      fc.double({ min: -1e9, max: 1e9, noNaN: true }),
      fc.double({ min: -1e13, max: 1e13, noNaN: true }),
      fc.stringMatching(/^-?\d{1,3}(,\d{2,3}){0,3}(\.\d{1,4})?$/),
    );
    fc.assert(
      fc.property(cell, (value) => {
        const slow = parseAmount(typeof value === "number" ? Number(value.toPrecision(15)) : value);
        expect(readAmount(value)).toEqual(slow.ok ? { ok: true, value: slow.value + 0 } : slow);
      }),
    );
  });
});
