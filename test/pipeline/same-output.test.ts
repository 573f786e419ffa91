/**
 * Issue #12's guard: a refactor changes no finding, verdict, voucher, CSV or XML byte. The
 * expected hashes were captured from main before the refactor (baseline/capture.ts) and are
 * only ever re-captured for a reviewed change of output.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { coreOutput, fingerprint, generatedCase, GENERATED_CASES } from "../support/output-fingerprint";
import { sampleOutput } from "./baseline/sample-output";

const captured = JSON.parse(readFileSync(path.join(__dirname, "baseline", "core-output.json"), "utf8")) as {
  sample: string;
  generated: string[];
};

describe("the core's output against what main gave before the refactor", () => {
  it("is unchanged for the sample workbook, read through the .xlsx adapter, cell addresses included", async () => {
    expect(fingerprint(await sampleOutput())).toBe(captured.sample);
  });

  it(`is unchanged for ${GENERATED_CASES} generated workbooks, a third clean and the rest with broken cells`, () => {
    expect(captured.generated).toHaveLength(GENERATED_CASES);
    const changed: number[] = [];
    for (let n = 0; n < GENERATED_CASES; n++) if (fingerprint(coreOutput(generatedCase(n))) !== captured.generated[n]) changed.push(n);
    expect(changed).toEqual([]);
  }, 300_000);

  it("tells outputs apart: the cases differ from one another, and breaking a cell changes the hash", () => {
    expect(new Set(captured.generated).size).toBeGreaterThan(GENERATED_CASES * 0.99);
    const book = generatedCase(1);
    const sales = book.tables.Sales!;
    book.tables.Sales = { ...sales, rows: [["not a date", ...sales.rows[0]!.slice(1)], ...sales.rows.slice(1).map((r) => [...r])] };
    expect(fingerprint(coreOutput(book))).not.toBe(captured.generated[1]);
  });
});
