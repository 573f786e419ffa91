/**
 * One command over many workbooks (a consultant's clients): each book is handled on its own,
 * against the company its own Settings name; a failure in one is reported and the next goes on;
 * one summary table ends the run (book, company, result, counts) and the exit code is the worst
 * of them. With --json the run prints one document: `{ exitCode, books: [...] }`.
 */
import path from "node:path";
import type { CliIo, ExitCode } from "./cli-io";
import { errorWords, reportError, type ErrorWords } from "./handle-error";
import type { WorkbookList } from "./workbook-files";

/** What one book's run came to. */
export interface BookOutcome {
  exitCode: ExitCode;
  /** The company the book's Settings name ("" when it could not be read). */
  company: string;
  /** A few words for the summary: "ready", "has errors", "all sent". */
  result: string;
  /** The summary's counts, keyed by the command's columns. */
  counts: Readonly<Record<string, number>>;
  /** More for --json (validate: the findings). */
  details?: Readonly<Record<string, unknown>>;
  /** Ctrl+C stopped this book: the books after it are not started. */
  stopped?: boolean;
}

export interface BookCommand {
  /** The count columns of the summary table, in order. */
  columns: readonly string[];
  /** Handles one workbook; prints what it does on `io`; throws when it cannot run. */
  one(file: string, io: CliIo): Promise<BookOutcome>;
}

interface BookRow extends BookOutcome {
  book: string;
  error?: ErrorWords;
}

const worst = (codes: readonly ExitCode[]): ExitCode => codes.reduce<ExitCode>((a, b) => (b > a ? b : a), 0);

/** In --json runs a book's own lines go to stderr, so stdout carries the one JSON document. */
const quiet = (io: CliIo): CliIo => ({ ...io, out: (text) => io.err(text), isTTY: false });

export function summaryTable(rows: readonly BookRow[], columns: readonly string[]): string[] {
  const head = ["Book", "Company", "Result", ...columns];
  const body = rows.map((r) => [r.book, r.company || "-", r.result, ...columns.map((c) => (c in r.counts ? String(r.counts[c]) : "-"))]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((r) => r[i].length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i < 3 ? c.padEnd(widths[i]) : c.padStart(widths[i])))
      .join("  ")
      .trimEnd();
  const failed = rows.filter((r) => r.exitCode === 2).length;
  const trouble = rows.filter((r) => r.exitCode === 1).length;
  const total = `${rows.length} workbooks: ${rows.length - failed - trouble} fine, ${trouble} with findings or failures, ${failed} could not run.`;
  return [line(head), ...body.map(line), total];
}

/** Runs `command` over every book of `list` and prints the summary; resolves with the worst exit code. */
export async function runBooks(list: WorkbookList, io: CliIo, json: boolean, command: BookCommand): Promise<ExitCode> {
  const rows: BookRow[] = [];
  const bookIo = json ? quiet(io) : io;
  let stopped = false;
  for (const file of list.files) {
    const book = path.relative(io.cwd, file) || file;
    if (stopped) {
      rows.push({ book, exitCode: 1, company: "", result: "not started (stopped on request)", counts: {} });
      continue;
    }
    bookIo.out(`\n== ${book} ==`);
    try {
      const outcome = await command.one(file, bookIo);
      rows.push({ book, ...outcome });
      stopped = outcome.stopped === true;
    } catch (error) {
      reportError(io, error);
      rows.push({ book, exitCode: 2, company: "", result: "could not run", counts: {}, error: errorWords(error) });
    }
  }
  const exitCode = worst(rows.map((r) => r.exitCode));
  if (json) {
    const books = rows.map(({ stopped: _s, details, ...r }) => ({ ...r, ...details }));
    io.out(JSON.stringify({ exitCode, books }, null, 2));
  } else {
    io.out(["", ...summaryTable(rows, command.columns)].join("\n"));
  }
  return exitCode;
}
