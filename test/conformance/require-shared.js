// Where the conformance checks find ../shared, and the jest global setup that refuses to run without it.
"use strict";
const { existsSync } = require("node:fs");
const path = require("node:path");

const SHARED = path.resolve(__dirname, "..", "..", "..", "shared");
const NEEDED = ["tally-reference/samples", "office-manifest-schemas/OfficeAppManifestV1_1.xsd"];

/** A plain message naming what is missing, or undefined when ../shared has everything. */
function sharedProblem() {
  const missing = NEEDED.filter((part) => !existsSync(path.join(SHARED, part)));
  if (missing.length === 0) return undefined;
  return [
    `CONFORMANCE CHECKS CANNOT RUN: ${missing.map((part) => path.join(SHARED, part)).join(" and ")} not found.`,
    `They need the project's shared/ folder beside the repository (${SHARED}).`,
    "A clone alone runs `npm test`; `npm run conformance` needs shared/ checked out next to it.",
  ].join("\n");
}

module.exports = async function requireShared() {
  const problem = sharedProblem();
  if (problem) throw new Error(problem);
};
module.exports.SHARED = SHARED;
module.exports.sharedProblem = sharedProblem;
