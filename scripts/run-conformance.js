#!/usr/bin/env node
// `npm run conformance`: the checks against ../shared. Fails at once, in plain words, when ../shared is
// missing; otherwise runs jest with jest.conformance.config.js and ends with "N passed, N failed".
const { spawnSync } = require("node:child_process");
const path = require("node:path");
const { sharedProblem } = require("../test/conformance/require-shared");

const problem = sharedProblem();
if (problem) {
  console.error(`\n${problem}\n`);
  console.log("0 passed, 1 failed");
  process.exit(1);
}
const runTests = path.join(__dirname, "run-tests.js");
const args = [runTests, "--config", "jest.conformance.config.js", ...process.argv.slice(2)];
const run = spawnSync(process.execPath, args, { stdio: "inherit", cwd: path.join(__dirname, "..") });
process.exit(run.status ?? 1);
