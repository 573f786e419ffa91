/**
 * The import and API boundaries that keep the design honest (docs/decisions/0002-pure-core-and-its-checks.md).
 * Files are read with the TypeScript parser, not regexes, so comments, strings and property names such as
 * `row.document` never count. Test files are exempt: they are not shipped, and they may read fixtures from
 * disk or fake the Office host.
 */
import { readdirSync, readFileSync } from "node:fs";
import { builtinModules } from "node:module";
import path from "node:path";
import * as ts from "typescript";

const ROOT = path.resolve(__dirname, "..");

interface Violation {
  file: string;
  line: number;
  problem: string;
}

type Rule = (file: string, text: string) => Violation[];
type Visitor = (node: ts.Node, at: (n: ts.Node) => number, declared: Set<string>) => void;

const format = (v: Violation): string => `${v.file}:${v.line} ${v.problem}`;
const isTest = (file: string): boolean => /\.test\.tsx?$/.test(file) || file.startsWith("test/");
const inside = (file: string, folder: string): boolean => file === folder || file.startsWith(`${folder}/`);
const resolveFrom = (file: string, spec: string): string => path.posix.normalize(path.posix.join(path.posix.dirname(file), spec));

/** Repository-relative (posix) paths of the source files under a folder; none if it does not exist yet. */
function sourceFiles(folder: string): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
      const rel = path.posix.join(dir, entry.name);
      if (entry.isDirectory()) return entry.name === "node_modules" ? [] : walk(rel);
      return /\.(tsx?|[cm]?js)$/.test(entry.name) && !entry.name.endsWith(".d.ts") ? [rel] : [];
    });
  try {
    return walk(folder);
  } catch {
    return [];
  }
}

const DECLARATIONS = [
  ts.isVariableDeclaration,
  ts.isParameter,
  ts.isBindingElement,
  ts.isFunctionDeclaration,
  ts.isClassDeclaration,
  ts.isImportSpecifier,
  ts.isImportClause,
  ts.isNamespaceImport,
  ts.isImportEqualsDeclaration,
];

/** A local binding (`const { fetch } = lists`, a parameter named `window`) shadows the global of that name. */
function isDeclarationName(node: ts.Identifier): boolean {
  const p = node.parent;
  return DECLARATIONS.some((is) => is(p)) && (p as ts.NamedDeclaration).name === node;
}

/** Visits every node; `at` gives a node's 1-based line, `declared` the names the file binds itself. */
function scan(file: string, text: string, visit: Visitor): void {
  const kind = file.endsWith("x") ? ts.ScriptKind.TSX : file.endsWith(".ts") ? ts.ScriptKind.TS : ts.ScriptKind.JS;
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, kind);
  const at = (n: ts.Node) => source.getLineAndCharacterOfPosition(n.getStart(source)).line + 1;
  const nodes: ts.Node[] = [];
  const collect = (node: ts.Node): void => {
    nodes.push(node);
    ts.forEachChild(node, collect);
  };
  collect(source);
  const declared = new Set(
    nodes
      .filter(ts.isIdentifier)
      .filter(isDeclarationName)
      .map((id) => id.text),
  );
  for (const node of nodes) visit(node, at, declared);
}

/** The module a node imports: import/export ... from, import(), require(), import("x").T. */
function moduleSpecifier(node: ts.Node): string | undefined {
  let spec: ts.Node | undefined;
  if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) spec = node.moduleSpecifier;
  else if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference)) {
    spec = node.moduleReference.expression;
  } else if (ts.isCallExpression(node)) {
    const callee = node.expression;
    const loads = callee.kind === ts.SyntaxKind.ImportKeyword || (ts.isIdentifier(callee) && callee.text === "require");
    if (loads) spec = node.arguments[0];
  } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) spec = node.argument.literal;
  return spec && ts.isStringLiteralLike(spec) ? spec.text : undefined;
}

const MEMBER_NAMES = [
  ts.isPropertyAssignment,
  ts.isPropertySignature,
  ts.isPropertyDeclaration,
  ts.isMethodDeclaration,
  ts.isMethodSignature,
  ts.isGetAccessor,
  ts.isSetAccessor,
  ts.isEnumMember,
];

/** True for an identifier used as a name in scope (a reference), not a property, member or import name. */
function isReference(node: ts.Identifier): boolean {
  const p = node.parent;
  if (ts.isPropertyAccessExpression(p) && p.name === node) return false;
  if (ts.isQualifiedName(p) && p.right === node) return false;
  if (ts.isBindingElement(p) && p.propertyName === node) return false;
  if (ts.isImportSpecifier(p) || ts.isExportSpecifier(p) || ts.isJsxAttribute(p)) return false;
  return !(MEMBER_NAMES.some((is) => is(p)) && (p as ts.NamedDeclaration).name === node);
}

const CORE_PACKAGES = [/^zod(\/.*)?$/, /^xmlbuilder2(\/.*)?$/, /^fast-xml-parser$/, /^big\.js$/, /^@noble\/hashes(\/.*)?$/];
const NODE_BUILTINS = new Set(builtinModules);
const CORE_FORBIDDEN_GLOBALS = new Set([
  "Office",
  "Excel",
  "document",
  "window",
  "globalThis",
  "fetch",
  "XMLHttpRequest",
  "localStorage",
  "sessionStorage",
  "process",
  "require",
]);

function coreImportProblem(file: string, spec: string): string | undefined {
  if (spec.startsWith(".")) {
    return inside(resolveFrom(file, spec), "src/core") ? undefined : `imports ${spec}, outside src/core`;
  }
  if (CORE_PACKAGES.some((allowed) => allowed.test(spec))) return undefined;
  if (spec.startsWith("node:") || NODE_BUILTINS.has(spec.split("/")[0])) return `imports the Node built-in ${spec}`;
  return `imports ${spec}; src/core may use only zod, xmlbuilder2, fast-xml-parser, big.js and @noble/hashes`;
}

const isDate = (node: ts.Node): boolean => ts.isIdentifier(node) && node.text === "Date";

/** src/core: imports only itself and the allowed packages; no host, browser or Node globals; no clock. */
const corePurityViolations: Rule = (file, text) => {
  const found: Violation[] = [];
  scan(file, text, (node, at, declared) => {
    const report = (problem: string) => found.push({ file, line: at(node), problem });
    const spec = moduleSpecifier(node);
    const importProblem = spec === undefined ? undefined : coreImportProblem(file, spec);
    if (importProblem) report(importProblem);
    if (ts.isIdentifier(node) && CORE_FORBIDDEN_GLOBALS.has(node.text) && !declared.has(node.text) && isReference(node)) {
      report(`uses the global ${node.text}`);
    }
    // "Today" comes in as an argument, so the same books always give the same vouchers.
    if (ts.isPropertyAccessExpression(node) && isDate(node.expression) && node.name.text === "now") {
      report("reads the clock with Date.now()");
    }
    if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && isDate(node.expression) && !node.arguments?.length) {
      report("reads the clock with Date() without arguments");
    }
  });
  return found;
};

const OFFICE_ENTRY_MEMBERS = new Set(["onReady", "actions", "addin"]);
const OFFICE_RULE = "only src/adapters/excel may, and entry files only Office.onReady/actions/addin";

/** Excel.* only in src/adapters/excel; the pane and ribbon entry files use only Office.onReady/actions/addin. */
const hostApiViolations: Rule = (file, text) => {
  if (inside(file, "src/adapters/excel")) return [];
  const entry = inside(file, "src/taskpane") || inside(file, "src/commands");
  const found: Violation[] = [];
  scan(file, text, (node, at, declared) => {
    if (!ts.isIdentifier(node) || declared.has(node.text) || !isReference(node)) return;
    if (node.text === "Excel") found.push({ file, line: at(node), problem: "uses the Excel API outside src/adapters/excel" });
    if (node.text !== "Office") return;
    const p = node.parent;
    const member = ts.isPropertyAccessExpression(p) && p.expression === node ? p.name.text : undefined;
    // `typeof Office` guards and type names such as Office.AddinCommands.Event are fine in entry files.
    const harmless = ts.isTypeOfExpression(p) || ts.isQualifiedName(p) || OFFICE_ENTRY_MEMBERS.has(member ?? "");
    if (!(entry && harmless)) {
      found.push({ file, line: at(node), problem: `uses Office${member ? `.${member}` : ""}; ${OFFICE_RULE}` });
    }
  });
  return found;
};

/** The emulator stands apart: only tests, the CLI, scripts, bench and demo files may import it. */
const emulatorImportViolations: Rule = (file, text) => {
  const allowed = ["src/emulator", "src/cli", "scripts", "bench"].some((folder) => inside(file, folder));
  if (allowed || isTest(file) || /demo/i.test(path.posix.basename(file))) return [];
  const found: Violation[] = [];
  scan(file, text, (node, at) => {
    const spec = moduleSpecifier(node);
    if (spec?.startsWith(".") && inside(resolveFrom(file, spec), "src/emulator")) {
      found.push({ file, line: at(node), problem: `imports ${spec} from the emulator` });
    }
  });
  return found;
};

/**
 * The emulator reads requests with a generic XML parser and writes replies shaped like captured Tally
 * bytes, never through our src/core/tally: otherwise a bug on our side would be mirrored there and stay
 * invisible (style-anchors.md "Emulator apart").
 */
const emulatorIndependenceViolations: Rule = (file, text) => {
  if (!inside(file, "src/emulator") || isTest(file)) return [];
  const found: Violation[] = [];
  scan(file, text, (node, at) => {
    const spec = moduleSpecifier(node);
    if (spec?.startsWith(".") && inside(resolveFrom(file, spec), "src/core/tally")) {
      found.push({ file, line: at(node), problem: `imports ${spec}, our own Tally XML layer` });
    }
  });
  return found;
};

/** The most lines a source file under src/ may have, tests included: past it, split the file by meaning. */
const MOST_LINES = 200;

/** Lines as `wc -l` counts them: a last line without its newline still counts. */
const lineCount = (text: string): number => (text === "" ? 0 : text.split("\n").length - (text.endsWith("\n") ? 1 : 0));

const longFileViolations: Rule = (file, text) => {
  const count = lineCount(text);
  return count > MOST_LINES ? [{ file, line: count, problem: `has ${count} lines, over ${MOST_LINES}` }] : [];
};

function violationsIn(files: string[], rule: Rule): string[] {
  return files.flatMap((file) => rule(file, readFileSync(path.join(ROOT, file), "utf8"))).map(format);
}

const productFiles = (folder: string) => sourceFiles(folder).filter((file) => !isTest(file));

describe("the tree keeps its boundaries", () => {
  it("finds the core's files, so the rules below cannot pass on an empty list", () => {
    expect(productFiles("src/core")).toEqual(expect.arrayContaining(["src/core/money.ts", "src/core/dates.ts"]));
  });

  it("src/core imports only itself, zod, xmlbuilder2, fast-xml-parser, big.js and @noble/hashes, and uses no host, Node or clock", () => {
    expect(violationsIn(productFiles("src/core"), corePurityViolations)).toEqual([]);
  });

  it("only src/adapters/excel uses the Excel API, and the entry files touch Office only to start", () => {
    expect(violationsIn(productFiles("src"), hostApiViolations)).toEqual([]);
  });

  it("nothing but tests, the CLI, scripts, bench and demo files imports the emulator", () => {
    const files = ["src", "test", "scripts", "bench"].flatMap(sourceFiles);
    expect(violationsIn(files, emulatorImportViolations)).toEqual([]);
  });

  it("the emulator does not speak Tally XML through our own src/core/tally", () => {
    expect(violationsIn(productFiles("src/emulator"), emulatorIndependenceViolations)).toEqual([]);
  });

  it(`no .ts or .tsx file under src/, tests included, has more than ${MOST_LINES} lines`, () => {
    const files = sourceFiles("src").filter((file) => /\.tsx?$/.test(file));
    expect(violationsIn(files, longFileViolations)).toEqual([]);
  });
});

describe("the rules catch what they are for", () => {
  const lines = (violations: Violation[]) => violations.map(format);
  const ONLY = "src/core may use only zod, xmlbuilder2, fast-xml-parser, big.js and @noble/hashes";

  it("reports a core file importing React, a Node built-in, exceljs or a file outside the core, by line", () => {
    const text = [
      'import { useState } from "react";',
      'import fs from "node:fs";',
      'import path from "path";',
      'import ExcelJS from "exceljs";',
      'import { readTables } from "../adapters/excel/read-tables";',
      'const dom = import("jsdom");',
    ].join("\n");
    expect(lines(corePurityViolations("src/core/sales.ts", text))).toEqual([
      `src/core/sales.ts:1 imports react; ${ONLY}`,
      "src/core/sales.ts:2 imports the Node built-in node:fs",
      "src/core/sales.ts:3 imports the Node built-in path",
      `src/core/sales.ts:4 imports exceljs; ${ONLY}`,
      "src/core/sales.ts:5 imports ../adapters/excel/read-tables, outside src/core",
      `src/core/sales.ts:6 imports jsdom; ${ONLY}`,
    ]);
  });

  it("accepts the allowed packages and sibling core files", () => {
    const text = [
      'import { z } from "zod";',
      'import { create } from "xmlbuilder2";',
      'import Big from "big.js";',
      'import { sha256 } from "@noble/hashes/sha256";',
      'import type { Paise } from "../money";',
    ].join("\n");
    expect(corePurityViolations("src/core/tally/write.ts", text)).toEqual([]);
  });

  it("reports globals and the clock in core, but not property names, local bindings or new Date(2026, 3, 1)", () => {
    const text = [
      "const a = row.document + row.window;",
      "const b = { process: 1, fetch() {} };",
      "const { id, fetch: list, require } = lists; require.join();",
      "const c = new Date(2026, 3, 1);",
      "const d = Date.now();",
      "const e = new Date();",
      "await fetch(url);",
      "const f = typeof window;",
      "Excel.run(() => {});",
    ].join("\n");
    expect(lines(corePurityViolations("src/core/x.ts", text))).toEqual([
      "src/core/x.ts:5 reads the clock with Date.now()",
      "src/core/x.ts:6 reads the clock with Date() without arguments",
      "src/core/x.ts:7 uses the global fetch",
      "src/core/x.ts:8 uses the global window",
      "src/core/x.ts:9 uses the global Excel",
    ]);
  });

  it("reports Excel outside the Excel adapter and Office members beyond onReady, actions and addin", () => {
    const pane = [
      'if (typeof Office !== "undefined") Office.onReady(() => Office.addin.showAsTaskpane());',
      "const e: Office.AddinCommands.Event = x;",
      'Office.context.document.settings.set("a", 1);',
      "await Excel.run(async () => {});",
    ].join("\n");
    expect(lines(hostApiViolations("src/taskpane/index.tsx", pane))).toEqual([
      `src/taskpane/index.tsx:3 uses Office.context; ${OFFICE_RULE}`,
      "src/taskpane/index.tsx:4 uses the Excel API outside src/adapters/excel",
    ]);
    expect(lines(hostApiViolations("src/engine/push.ts", "Office.onReady();"))).toEqual([
      `src/engine/push.ts:1 uses Office.onReady; ${OFFICE_RULE}`,
    ]);
    expect(hostApiViolations("src/adapters/excel/read-tables.ts", "await Excel.run(async (c) => c.sync());")).toEqual([]);
  });

  it("reports product code importing the emulator, but lets the CLI and tests do it", () => {
    const text = 'import { startEmulator } from "../emulator/server";';
    expect(lines(emulatorImportViolations("src/engine/push.ts", text))).toEqual([
      "src/engine/push.ts:1 imports ../emulator/server from the emulator",
    ]);
    expect(emulatorImportViolations("src/cli/main.ts", text)).toEqual([]);
    expect(emulatorImportViolations("src/engine/push.test.ts", text)).toEqual([]);
  });

  it("reports a file over 200 lines with its count, and not one of exactly 200, with or without a last newline", () => {
    const of = (n: number, end = "\n") => Array.from({ length: n }, (_, i) => `const x${i} = ${i};`).join("\n") + end;
    expect(lines(longFileViolations("src/core/long.ts", of(201)))).toEqual(["src/core/long.ts:201 has 201 lines, over 200"]);
    expect(lines(longFileViolations("src/core/long.ts", of(201, "")))).toEqual(["src/core/long.ts:201 has 201 lines, over 200"]);
    expect(longFileViolations("src/core/full.ts", of(200))).toEqual([]);
    expect(longFileViolations("src/core/full.ts", of(200, ""))).toEqual([]);
    expect(longFileViolations("src/core/empty.ts", "")).toEqual([]);
  });

  it("reports the emulator reusing our Tally XML reader, but not our money and dates", () => {
    const text = 'import { readImportResult } from "../core/tally/read";\nimport { parseDecimal } from "../core/money";';
    expect(lines(emulatorIndependenceViolations("src/emulator/server.ts", text))).toEqual([
      "src/emulator/server.ts:1 imports ../core/tally/read, our own Tally XML layer",
    ]);
  });
});
