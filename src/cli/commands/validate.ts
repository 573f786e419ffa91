/**
 * `tally-handoff validate BOOK.xlsx [--json]`: every problem in the workbook with its cell, and a
 * summary per table. Reads the file only; nothing is written.
 */
import path from "node:path";
import { readXlsx } from "../../adapters/xlsx/read-xlsx";
import { hasErrors } from "../../core/findings";
import { prepareHandoff } from "../../core/handoff";
import type { Command } from "../cli-io";
import { parseCommand, workbookPath } from "../command-args";
import { findingLines, findingsJson, summaryLines } from "../findings-report";

const USAGE = `Usage: tally-handoff validate BOOK.xlsx [--json]

Checks the workbook's tables against the workbook contract (docs/workbook.md) and lists every
problem with its cell, errors first, then a summary per table. The workbook is only read.

  --json   print the findings as one JSON array and nothing else: each has sheet, cell, table,
           row, column, severity, code, message and value
  --help   show this text

Exit codes: 0 no errors (warnings allowed), 1 errors found, 2 could not run.`;

export const validateCommand: Command = {
  name: "validate",
  summary: "check a workbook and list every problem with its cell",
  usage: USAGE,
  async run(argv, io) {
    const { values, positionals } = parseCommand(argv, { json: { type: "boolean" }, help: { type: "boolean" } }, USAGE);
    if (values.help) {
      io.out(USAGE);
      return 0;
    }
    const file = workbookPath(positionals, io, USAGE);
    const book = await readXlsx(file);
    const handoff = prepareHandoff(book.input);
    const failed = hasErrors(handoff.findings);
    if (values.json) {
      io.out(JSON.stringify(findingsJson(book, handoff.findings), null, 2));
      return failed ? 1 : 0;
    }
    if (handoff.findings.length > 0) io.out([...findingLines(book, handoff.findings), ""].join("\n"));
    io.out(summaryLines(handoff).join("\n"));
    io.out(
      failed
        ? `\n${path.basename(file)} has errors; the rows with errors will not be sent to Tally.`
        : `\n${path.basename(file)} is ready for Tally.`,
    );
    return failed ? 1 : 0;
  },
};
