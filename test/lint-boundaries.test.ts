/**
 * The import boundaries in eslint.config.js, proven on small inline files: each rule fires on the
 * import it exists to stop and stays quiet on the imports the design allows.
 */
import path from "node:path";
import { ESLint } from "eslint";

const ROOT = path.resolve(__dirname, "..");
// The config is handed in as the array it exports: ESLint's own loader needs a dynamic import jest lacks.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const eslint = new ESLint({ cwd: ROOT, overrideConfigFile: true, overrideConfig: require("../eslint.config.js") });

/** The boundary messages ESLint gives `code` as if it were the file at `file`. */
async function boundaryProblems(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(ROOT, file) });
  return (result?.messages ?? []).filter((m) => m.ruleId === "no-restricted-imports").map((m) => m.message);
}

const CASES: [file: string, code: string, expected: RegExp | undefined][] = [
  ["src/core/x.ts", 'import { a } from "../adapters/tally-http";\nexport const b = a;', /core imports only the core/],
  ["src/core/push/x.ts", 'import { a } from "../../engine/push";\nexport const b = a;', /core imports only the core/],
  ["src/core/x.ts", 'import { readFile } from "node:fs";\nexport const b = readFile;', /may use only zod/],
  ["src/core/x.ts", 'import React from "react";\nexport const b = React;', /may use only zod/],
  [
    "src/core/tally/x.ts",
    'import { create } from "xmlbuilder2";\nimport { XMLParser } from "fast-xml-parser";\nimport { z } from "zod";\nimport { d } from "../dates";\nexport const b = [create, XMLParser, z, d];',
    undefined,
  ],
  ["src/core/x.test.ts", 'import fc from "fast-check";\nexport const b = fc;', undefined],
  ["src/engine/x.ts", 'import { a } from "../adapters/tally-http";\nexport const b = a;', /engine knows only the core/],
  ["src/adapters/excel/x.ts", 'import { a } from "../../taskpane/workbook-port";\nexport const b = a;', /never import entry points/],
  ["src/adapters/x.ts", 'import { a } from "../../test/support/fake-tally";\nexport const b = a;', /never import entry points/],
  ["src/adapters/x.ts", 'import { a } from "../core/money";\nexport const b = a;', undefined],
  ["src/taskpane/x.ts", 'import { a } from "../emulator/server";\nexport const b = a;', /never loads the emulator/],
  [
    "src/cli/commands/x.ts",
    'import { a } from "../../../test/support/cli-test-kit";\nexport const b = a;',
    /command line never loads test code/,
  ],
  ["src/cli/commands/x.ts", 'import { a } from "../../emulator/main";\nexport const b = a;', undefined],
  ["src/emulator/x.ts", 'import { a } from "../core/tally/write";\nexport const b = a;', /stands apart/],
  ["src/emulator/x.ts", 'import { a } from "../core/dates";\nexport const b = a;', undefined],
];

describe("eslint.config.js keeps the import boundaries", () => {
  it.each(CASES)("%s: %j", async (file, code, expected) => {
    const problems = await boundaryProblems(file, code);
    if (expected) expect(problems).toEqual([expect.stringMatching(expected)]);
    else expect(problems).toEqual([]);
  });
});
