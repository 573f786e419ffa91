/**
 * Captures today's core output for the sample workbook and the generated cases into
 * core-output.json. Run it only when a change to the output is intended and reviewed:
 *   npx tsx test/pipeline/baseline/capture.ts
 */
import { writeFileSync } from "node:fs";
import path from "node:path";
import { coreOutput, fingerprint, generatedCase, GENERATED_CASES } from "../../support/output-fingerprint";
import { sampleOutput } from "./sample-output";

async function main() {
  const generated = Array.from({ length: GENERATED_CASES }, (_, n) => fingerprint(coreOutput(generatedCase(n))));
  const sample = fingerprint(await sampleOutput());
  const file = path.join(__dirname, "core-output.json");
  writeFileSync(file, JSON.stringify({ capturedFrom: process.argv[2] ?? "", sample, generated }, null, 1) + "\n");
  console.log(`wrote ${file}: sample ${sample}, ${generated.length} generated`);
}

void main();
