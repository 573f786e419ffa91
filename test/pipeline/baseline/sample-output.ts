/** The sample workbook's core output read through the .xlsx adapter, with each finding's cell. */
import path from "node:path";
import { readXlsx } from "../../../src/adapters/xlsx/read-xlsx";
import { addressText, findingAddress } from "../../../src/adapters/xlsx/cell-address";
import { prepareHandoff } from "../../../src/core/handoff";
import { coreOutput } from "../../support/output-fingerprint";

export const SAMPLE = path.resolve(__dirname, "..", "..", "..", "examples", "sample-trading-q1.xlsx");

export async function sampleOutput(): Promise<string> {
  const book = await readXlsx(SAMPLE);
  const cells = prepareHandoff(book.input).findings.map((f) => addressText(findingAddress(book, f)));
  return JSON.stringify({ core: coreOutput(book.input), cells });
}
