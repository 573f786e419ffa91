/**
 * `tally-handoff validate BOOK.xlsx... [--json]`: every problem in each workbook with its cell,
 * and a summary per table. Reads the files only; nothing is written.
 */
import path from "node:path";
import { readXlsx } from "../../adapters/xlsx/read-xlsx";
import { hasErrors } from "../../core/findings";
import { prepareHandoff } from "../../core/handoff";
import { countPerTable } from "../../core/table-counts";
import type { CliIo, Command } from "../cli-io";
import { parseCommand } from "../command-args";
import { findingLines, findingsJson, summaryLines } from "../findings-report";
import { runBooks, type BookCommand, type BookOutcome } from "../many-books";
import { withRunLog } from "../run-log";
import { workbookFiles } from "../workbook-files";

const USAGE = `Usage: tally-handoff validate BOOK.xlsx [BOOK2.xlsx ... | FOLDER] [--json] [--log FILE]

Checks the workbook's tables against the workbook contract (docs/workbook.md) and lists every
problem with its cell, errors first, then a summary per table. The workbook is only read.
Several workbooks, or a folder (its .xlsx and .xlsm files), are checked one by one, each against
its own Settings, and a table of all of them ends the run.

  --json       print JSON only: for one workbook the findings as one array (each has sheet, cell,
               table, row, column, severity, code, message and value); for several, one object
               { exitCode, books: [{ book, company, result, exitCode, counts, findings }] };
               when the command cannot run, { exitCode: 2, error: { code, message, suggestion } }
  --log FILE   also append what the run prints to FILE, each line with its time
  --help       show this text

Exit codes: 0 no errors (warnings allowed), 1 errors found, 2 could not run (the worst of all books).`;

const COLUMNS = ["Rows", "Vouchers", "Errors", "Warnings"] as const;

async function validateBook(file: string, io: CliIo, json: { single: boolean }): Promise<BookOutcome> {
  const book = await readXlsx(file);
  const handoff = prepareHandoff(book.input);
  const failed = hasErrors(handoff.findings);
  const counts = countPerTable(handoff);
  const sum = (k: "rows" | "vouchers" | "errors" | "warnings") => counts.reduce((n, c) => n + c[k], 0);
  const outcome: BookOutcome = {
    exitCode: failed ? 1 : 0,
    company: handoff.books.settings.company,
    result: failed ? "has errors" : "ready",
    counts: { Rows: sum("rows"), Vouchers: sum("vouchers"), Errors: sum("errors"), Warnings: sum("warnings") },
    details: { findings: findingsJson(book, handoff.findings) },
  };
  if (json.single) {
    io.out(JSON.stringify(findingsJson(book, handoff.findings), null, 2));
    return outcome;
  }
  if (handoff.findings.length > 0) io.out([...findingLines(book, handoff.findings), ""].join("\n"));
  io.out(summaryLines(handoff).join("\n"));
  io.out(
    failed
      ? `\n${path.basename(file)} has errors; the rows with errors will not be sent to Tally.`
      : `\n${path.basename(file)} is ready for Tally.`,
  );
  return outcome;
}

export const validateCommand: Command = {
  name: "validate",
  summary: "check workbooks and list every problem with its cell",
  usage: USAGE,
  async run(argv, io) {
    const options = { json: { type: "boolean" }, log: { type: "string" }, help: { type: "boolean" } } as const;
    const { values, positionals } = parseCommand(argv, options, USAGE);
    if (values.help) {
      io.out(USAGE);
      return 0;
    }
    const json = values.json ?? false;
    return withRunLog(io, values.log, ["validate", ...argv], json, async (run) => {
      const list = workbookFiles(positionals, run.cwd, USAGE);
      if (!list.many) return (await validateBook(list.files[0], run, { single: json })).exitCode;
      const command: BookCommand = { columns: COLUMNS, one: (file, bookIo) => validateBook(file, bookIo, { single: false }) };
      return runBooks(list, run, json, command);
    });
  },
};
