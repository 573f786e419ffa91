import { compileFormula, type FormulaScope, type Value } from "./formula";

function evaluate(text: string, fields: Record<string, Value>, variables: Record<string, Value> = {}): boolean {
  const compiled = compileFormula(text);
  if (!compiled.ok) throw new Error(compiled.reason);
  const scope: FormulaScope = {
    field: (n) => fields[n.toLowerCase()] ?? "",
    variable: (n) => variables[n.toLowerCase()] ?? "",
  };
  return compiled.formula(scope);
}

const voucher = { date: { y: 2026, m: 4, d: 15 }, vouchernumber: "S/7", masterid: 34, vouchertypename: "Sales", iscancelled: false };

describe("collection filter formulas", () => {
  it("compares text case-insensitively, as TDL does", () => {
    expect(evaluate('$VoucherTypeName = "SALES"', voucher)).toBe(true);
    expect(evaluate('$vouchertypename != "sales"', voucher)).toBe(false);
  });

  it("compares dates with ##SVFromDate / ##SVToDate and with YYYYMMDD text", () => {
    const period = { svfromdate: { y: 2026, m: 4, d: 1 }, svtodate: { y: 2026, m: 4, d: 30 } };
    expect(evaluate("$Date >= ##SVFromDate AND $Date <= ##SVToDate", voucher, period)).toBe(true);
    expect(evaluate('$Date < "20260415"', voucher)).toBe(false);
    expect(evaluate('$Date <= "20260415"', voucher)).toBe(true);
  });

  it("compares numbers as numbers", () => {
    expect(evaluate("$MasterID > 9", voucher)).toBe(true);
    expect(evaluate("$MasterID <> 34", voucher)).toBe(false);
  });

  it("binds AND tighter than OR, and honours NOT and parentheses", () => {
    expect(evaluate('$MasterID = 1 AND $MasterID = 2 OR $VoucherNumber = "S/7"', voucher)).toBe(true);
    expect(evaluate('$MasterID = 1 AND ($MasterID = 2 OR $VoucherNumber = "S/7")', voucher)).toBe(false);
    expect(evaluate("NOT $IsCancelled", voucher)).toBe(true);
  });

  it("reads keywords in any case", () => {
    expect(evaluate("$MasterID = 34 and not $IsCancelled Or $MasterID = 0", voucher)).toBe(true);
  });

  it("says which part it cannot evaluate instead of guessing", () => {
    expect(compileFormula("$$IsEqual:##SVCurrentCompany:$Name")).toEqual({ ok: false, reason: "function $$IsEqual is not supported" });
    expect(compileFormula('$Name = "x" AND')).toEqual({ ok: false, reason: "formula ends too early" });
    expect(compileFormula('$Name = "x" )').ok).toBe(false);
  });
});
