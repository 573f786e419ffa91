/**
 * `npm run conformance`: the checks that need ../shared beside the checkout (the public Tally samples
 * and the Office manifest XSDs). The global setup stops the run with a plain message when it is missing.
 * @type {import('jest').Config}
 */
const base = require("./jest.config.js");

module.exports = {
  ...base,
  roots: ["<rootDir>/test/conformance"],
  testPathIgnorePatterns: ["/node_modules/"],
  globalSetup: "<rootDir>/test/conformance/require-shared.js",
  testTimeout: 180000,
};
