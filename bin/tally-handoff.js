#!/usr/bin/env node
/**
 * The `tally-handoff` command. The command line is TypeScript (src/cli/main.ts), run through tsx
 * so there is no build step; this is the one place that sets process.exitCode.
 */
"use strict";
const path = require("node:path");

// Already registered when started as `tsx src/cli/main.ts` (npm run cli).
if (!require.extensions[".ts"]) require("tsx/cjs");

const { runCli } = require(path.join(__dirname, "..", "src", "cli", "main.ts"));
const { processIo } = require(path.join(__dirname, "..", "src", "cli", "process-io.ts"));

runCli(process.argv.slice(2), processIo()).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    console.error(error);
    process.exitCode = 2;
  },
);
