/**
 * `tally-handoff push BOOK.xlsx... --tally URL`: each workbook validated, its valid vouchers sent
 * to its own company in Tally, and its statuses written back (../push-book.ts). Several books or
 * a folder run one after another, a summary ends the run, and the exit code is the worst.
 */
import { checkTallyAddress } from "../../adapters/tally-address";
import { WRITE_BATCH_SIZE } from "../../core/push/tally-cost";
import { DEFAULT_TALLY_TIMEOUT_MS, DEFAULT_TALLY_URL } from "../../adapters/tally-http";
import type { Command } from "../cli-io";
import { oneOf, parseCommand, wholeNumber } from "../command-args";
import { runBooks } from "../many-books";
import { PUSH_COLUMNS, pushBook } from "../push-book";
import { withRunLog } from "../run-log";
import { workbookFiles } from "../workbook-files";

const USAGE = `Usage: tally-handoff push BOOK.xlsx [BOOK2.xlsx ... | FOLDER] [--tally URL] [--batch-size N] [--create-masters] [--prepare-tally]

Validates the workbook, sends its valid vouchers to TallyPrime, and writes Tally Status, Tally
Note and the PostingLog back into the workbook (close it in Excel first). Pushing again never
makes a second copy of a voucher: what Tally holds is read back before anything is sent.
Several workbooks, or a folder (its .xlsx and .xlsm files), are pushed one by one, each to the
company its own Settings name; one that fails does not stop the others; a table ends the run.

  --tally URL        Tally's address (default ${DEFAULT_TALLY_URL}; TallyPrime's F1 > Settings > Connectivity)
  --batch-size N     vouchers per write request (default ${WRITE_BATCH_SIZE}, sized for Tally's cost)
  --create-masters   create the parties, items, units, godowns and ledgers Tally lacks
                     (also when Settings' Create Missing Masters is Yes)
  --timeout-ms N     how long Tally may take over one request (default ${DEFAULT_TALLY_TIMEOUT_MS})
  --envelope E       legacy (default) or new (TallyPrime 7 request form)
  --prepare-tally    switch the voucher types that would replace the workbook's numbers to
                     Manual numbering with Prevent Duplicates in Tally (you agree to this change)
  --accept-company   send although the open company is not the one this workbook was sent to
                     before (same name, another company or a year-end split)
  --recreate-taken-back  send again the vouchers a reconcile --take-back deleted from Tally
                     (each is created anew; without this they are held back)
  --replace-tally-changes  send the workbook's version over vouchers Tally holds otherwise
                     although their rows did not change (edited or cancelled in Tally, or sent
                     from another copy); without this they are left as Tally has them
  --json             print one JSON document { exitCode, books: [...] } and nothing else on stdout
  --log FILE         also append what the run prints to FILE, each line with its time
  --help             show this text

A lock file beside each workbook (.BOOK.xlsx.tally-handoff-lock) keeps two runs off one workbook.
The command never asks a question, so it runs unattended (docs/scheduled-push.md).
Ctrl+C stops after the current batch and still saves the workbook.
Exit codes: 0 all sent, 1 some rows failed or were held back by errors, 2 could not run (the worst of all books).`;

function parse(argv: string[]) {
  const options = {
    tally: { type: "string" },
    "batch-size": { type: "string" },
    "create-masters": { type: "boolean" },
    "timeout-ms": { type: "string" },
    envelope: { type: "string" },
    "prepare-tally": { type: "boolean" },
    "accept-company": { type: "boolean" },
    "recreate-taken-back": { type: "boolean" },
    "replace-tally-changes": { type: "boolean" },
    json: { type: "boolean" },
    log: { type: "string" },
    help: { type: "boolean" },
  } as const;
  const { values, positionals } = parseCommand(argv, options, USAGE);
  return {
    help: values.help ?? false,
    json: values.json ?? false,
    log: values.log,
    positionals,
    push: {
      url: values.tally ?? DEFAULT_TALLY_URL,
      timeoutMs: wholeNumber(values["timeout-ms"], DEFAULT_TALLY_TIMEOUT_MS, 1000, 3_600_000, "--timeout-ms", USAGE),
      batchSize: wholeNumber(values["batch-size"], WRITE_BATCH_SIZE, 1, 1000, "--batch-size", USAGE),
      createMasters: values["create-masters"] ?? false,
      envelope: oneOf(values.envelope, ["legacy", "new"] as const, "legacy", "--envelope", USAGE),
      prepareTally: values["prepare-tally"] ?? false,
      acceptCompany: values["accept-company"] ?? false,
      recreateTakenBack: values["recreate-taken-back"] ?? false,
      replaceTallyChanges: values["replace-tally-changes"] ?? false,
    },
  };
}

export const pushCommand: Command = {
  name: "push",
  summary: "send the valid vouchers to TallyPrime and write their status back",
  usage: USAGE,
  async run(argv, io) {
    const args = parse(argv);
    if (args.help) {
      io.out(USAGE);
      return 0;
    }
    return withRunLog(io, args.log, ["push", ...argv], args.json, async (run) => {
      const list = workbookFiles(args.positionals, run.cwd, USAGE);
      checkTallyAddress(args.push.url); // before any workbook is read or locked
      if (!list.many && !args.json) return (await pushBook(list.files[0], args.push, run)).exitCode;
      return runBooks(list, run, args.json, { columns: PUSH_COLUMNS, one: (file, bookIo) => pushBook(file, args.push, bookIo) });
    });
  },
};
