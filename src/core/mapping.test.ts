import { indexLedgerMap } from "./mapping";
import type { LedgerMapEntry } from "./records/types";

const rows: LedgerMapEntry[] = [
  { row: 2, kind: "Sales", workbookValue: "18", tallyName: "Sales @18%" },
  { row: 3, kind: "Sales", workbookValue: "*", tallyName: "Sales (other rates)" },
  { row: 4, kind: "Output CGST", workbookValue: "", tallyName: "Output CGST" },
  { row: 5, kind: "Party", workbookValue: "sharma & sons", tallyName: "Sharma & Sons (Pune)" },
  { row: 6, kind: "Account", workbookValue: "HDFC", tallyName: "HDFC Bank A/c 1234" },
];

describe("ledger map", () => {
  const map = indexLedgerMap(rows, { requireExplicitMapping: false });

  it("finds a sales ledger by the line's rate, then the catch-all", () => {
    expect(map.resolve("Sales", 18)).toBe("Sales @18%");
    expect(map.resolve("Sales", "18%")).toBe("Sales @18%");
    expect(map.resolve("Sales", 5)).toBe("Sales (other rates)");
    expect(map.resolve("Output CGST", 9)).toBe("Output CGST");
    expect(map.resolve("Purchase", 18)).toBeUndefined();
  });

  it("matches names case- and space-insensitively", () => {
    expect(map.resolve("Party", "  Sharma   &  SONS")).toBe("Sharma & Sons (Pune)");
  });

  it("falls back to the same name for parties, items, units and godowns only", () => {
    expect(map.resolve("Party", "Gupta Traders")).toBe("Gupta Traders");
    expect(map.resolve("Account", "SBI")).toBeUndefined();
    expect(map.resolve("Account", "hdfc")).toBe("HDFC Bank A/c 1234");
  });

  it("requires explicit rows when Require Explicit Mapping is on", () => {
    const strict = indexLedgerMap(rows, { requireExplicitMapping: true });
    expect(strict.resolve("Party", "Gupta Traders")).toBeUndefined();
    expect(strict.resolve("Party", "Sharma & Sons")).toBe("Sharma & Sons (Pune)");
  });
});
