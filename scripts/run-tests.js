#!/usr/bin/env node
// Runs jest and ends with the plain "N passed, N failed" line that this workplace's CI reads (jest's own summary is not read).
const { spawnSync } = require("node:child_process");
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");

const out = path.join(os.tmpdir(), `jest-results-${process.pid}.json`);
const args = ["jest", "--ci", "--json", `--outputFile=${out}`, ...process.argv.slice(2)];
const run = spawnSync("npx", args, { stdio: "inherit" });
let passed = 0;
let failed = 0;
let notRun = [];
try {
  const r = JSON.parse(fs.readFileSync(out, "utf8"));
  passed = r.numPassedTests;
  failed = r.numFailedTests + (r.numRuntimeErrorTestSuites || 0);
  notRun = r.testResults.flatMap((file) =>
    file.assertionResults.filter((t) => t.status === "pending" || t.status === "todo").map((t) => `${path.relative(process.cwd(), file.name)}: ${t.fullName}`),
  );
  fs.unlinkSync(out);
} catch {
  failed = Math.max(failed, 1);
}
// A test that did not run is said out loud, never folded into "passed".
if (notRun.length > 0) {
  console.log(`\nDID NOT RUN (${notRun.length}; see the messages above for why):`);
  for (const name of notRun) console.log(`  - ${name}`);
}
console.log(`${passed} passed, ${failed} failed${notRun.length > 0 ? `, ${notRun.length} skipped` : ""}`);
process.exit(run.status === 0 && failed === 0 ? 0 : 1);
