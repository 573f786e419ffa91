#!/usr/bin/env node
// Runs the lint and format checks, then jest, and ends with the plain "N passed, N failed" line that this
// workplace's CI reads (jest's own summary is not read). Each check that fails counts as one failure.
const { spawnSync } = require("node:child_process");
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");

const CHECKS = [
  ["lint (ESLint)", ["eslint", "--max-warnings=0", "."]],
  ["format (Prettier)", ["prettier", "--check", "--log-level=warn", "."]],
];
const failedChecks = CHECKS.filter(([name, args]) => {
  const check = spawnSync("npx", args, { stdio: "inherit" });
  if (check.status !== 0) console.log(`\n${name} failed: run \`npm run format\` to fix what it can, then \`npm run lint\`.`);
  return check.status !== 0;
}).map(([name]) => name);

const out = path.join(os.tmpdir(), `jest-results-${process.pid}.json`);
const args = ["jest", "--ci", "--json", `--outputFile=${out}`, ...process.argv.slice(2)];
const run = spawnSync("npx", args, { stdio: "inherit" });
let passed = CHECKS.length - failedChecks.length;
let failed = failedChecks.length;
let notRun = [];
try {
  const r = JSON.parse(fs.readFileSync(out, "utf8"));
  passed += r.numPassedTests;
  failed += r.numFailedTests + (r.numRuntimeErrorTestSuites || 0);
  notRun = r.testResults.flatMap((file) =>
    file.assertionResults
      .filter((t) => t.status === "pending" || t.status === "todo")
      .map((t) => `${path.relative(process.cwd(), file.name)}: ${t.fullName}`),
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
