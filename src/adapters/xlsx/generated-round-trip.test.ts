/**
 * Generated workbooks (a third clean, the rest with broken cells), written as .xlsx files and read
 * back by the streaming reader, give the core exactly the output main captured for them in memory
 * (test/pipeline/baseline): the reader adds and loses nothing the core looks at.
 */
import { readFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { writeWorkbookFile } from "../../../test/support/cli-test-kit";
import { coreOutput, fingerprint, generatedCase } from "../../../test/support/output-fingerprint";
import { readXlsx } from "./read-xlsx";

jest.setTimeout(300_000);

const captured = JSON.parse(readFileSync(path.join(__dirname, "../../../test/pipeline/baseline/core-output.json"), "utf8")) as {
  generated: string[];
};

let dir: string;
beforeAll(async () => (dir = await mkdtemp(path.join(os.tmpdir(), "tally-handoff-round-trip-"))));
afterAll(() => rm(dir, { recursive: true, force: true }));

it("reads 60 generated workbooks to the core output captured before the streaming reader", async () => {
  const changed: number[] = [];
  for (let n = 0; n < 60; n++) {
    const file = path.join(dir, `case-${n}.xlsx`);
    await writeWorkbookFile(generatedCase(n), file);
    if (fingerprint(coreOutput((await readXlsx(file)).input)) !== captured.generated[n]) changed.push(n);
  }
  expect(changed).toEqual([]);
});
