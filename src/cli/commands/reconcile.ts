/**
 * `tally-handoff reconcile BOOK.xlsx --tally URL`: are Tally's books what the workbook says? Reads
 * only, unless a fix is asked for and confirmed with --yes (../reconcile-book.ts).
 */
import path from "node:path";
import { checkTallyAddress } from "../../adapters/tally-address";
import { DEFAULT_TALLY_TIMEOUT_MS, DEFAULT_TALLY_URL } from "../../adapters/tally-http";
import { parseDateCell, type CalendarDate } from "../../core/dates";
import { reconcileWords } from "../../core/messages";
import type { Command } from "../cli-io";
import { parseCommand, wholeNumber } from "../command-args";
import { UsageError } from "../handle-error";
import { reconcileBook, type ReconcileArgs } from "../reconcile-book";
import { reportKind } from "../reconcile-report";
import { withRunLog } from "../run-log";

const USAGE = `Usage: tally-handoff reconcile BOOK.xlsx [--tally URL] [--from D --to D] [--json] [--out FILE.xlsx|FILE.csv]
       tally-handoff reconcile BOOK.xlsx --cancel-orphans | --delete-orphans | --take-back N [--yes]
       tally-handoff reconcile BOOK.xlsx --list-pushes

Reads Tally's vouchers for the workbook's period (the financial years of its vouchers) and says, voucher
by voucher, whether Tally holds what the workbook says: in step, differs (which fields), in the
workbook but not in Tally, sent from this workbook but no longer in it (an orphan: a deleted row, or
a changed number), or in Tally but never sent from this workbook (listed, never touched). Then each
ledger's movement and GST by head and rate, the workbook's beside Tally's. Nothing is changed in
Tally or the workbook unless a fix below is asked for and confirmed with --yes.

  --tally URL        Tally's address (default ${DEFAULT_TALLY_URL})
  --from D, --to D   the period (default: the workbook's own), e.g. 2026-04-01
  --out FILE.xlsx    write the whole report as a workbook of one Reconciliation sheet,
  --out FILE.csv     or as CSV (never over the workbook, nor through a link to it)
  --json             print one JSON document and nothing else on stdout
  --cancel-orphans   cancel the orphans in Tally (they stay, cancelled)
  --delete-orphans   delete the orphans from Tally
  --list-pushes      list the pushes in the PostingLog, numbered, with how many vouchers each created
  --take-back N      delete from Tally the vouchers push N created; the next push holds them back
                     unless it is given --recreate-taken-back
  --yes              confirm the fix: without it the vouchers it would touch are only listed
  --timeout-ms N     how long Tally may take over one request (default ${DEFAULT_TALLY_TIMEOUT_MS})
  --log FILE         also append what the run prints to FILE, each line with its time
  --help             show this text

Only vouchers this workbook sent (by its PostingLog and their identity in Tally) are ever touched.
The command never asks a question. Exit codes: 0 in step, 1 not in step (or a fix was applied), 2 could not run.`;

function date(text: string | undefined, option: string): CalendarDate | undefined {
  if (text === undefined) return undefined;
  const parsed = parseDateCell(text);
  if (!parsed.ok) throw new UsageError(`${option} ${text}: ${parsed.reason}.`, USAGE);
  return parsed.value;
}

function parse(argv: string[]) {
  const options = {
    tally: { type: "string" },
    from: { type: "string" },
    to: { type: "string" },
    out: { type: "string" },
    json: { type: "boolean" },
    "cancel-orphans": { type: "boolean" },
    "delete-orphans": { type: "boolean" },
    "take-back": { type: "string" },
    "list-pushes": { type: "boolean" },
    yes: { type: "boolean" },
    "timeout-ms": { type: "string" },
    log: { type: "string" },
    help: { type: "boolean" },
  } as const;
  const { values, positionals } = parseCommand(argv, options, USAGE);
  const fixes = [values["cancel-orphans"], values["delete-orphans"], values["take-back"] !== undefined].filter(Boolean).length;
  if (fixes > 1) throw new UsageError("Ask for one fix at a time.", USAGE);
  if (values.out !== undefined && !reportKind(values.out))
    throw new UsageError(reconcileWords("report.out-kind", { out: values.out }), USAGE);
  const takeBack = values["take-back"] === undefined ? undefined : wholeNumber(values["take-back"], 1, 1, 1_000_000, "--take-back", USAGE);
  const args: ReconcileArgs = {
    url: values.tally ?? DEFAULT_TALLY_URL,
    timeoutMs: wholeNumber(values["timeout-ms"], DEFAULT_TALLY_TIMEOUT_MS, 1000, 3_600_000, "--timeout-ms", USAGE),
    from: date(values.from, "--from"),
    to: date(values.to, "--to"),
    json: values.json ?? false,
    listPushes: values["list-pushes"] ?? false,
    yes: values.yes ?? false,
    fix: values["cancel-orphans"]
      ? { kind: "cancel-orphans" }
      : values["delete-orphans"]
        ? { kind: "delete-orphans" }
        : takeBack !== undefined
          ? { kind: "take-back", push: takeBack }
          : undefined,
  };
  return { help: values.help ?? false, log: values.log, out: values.out, positionals, args };
}

export const reconcileCommand: Command = {
  name: "reconcile",
  summary: "compare Tally's books with the workbook's; put orphans right or take a push back, when confirmed",
  usage: USAGE,
  async run(argv, io) {
    const { help, log, out, positionals, args } = parse(argv);
    if (help) {
      io.out(USAGE);
      return 0;
    }
    if (positionals.length !== 1) throw new UsageError("Name one workbook to reconcile.", USAGE);
    return withRunLog(io, log, ["reconcile", ...argv], args.json, async (run) => {
      checkTallyAddress(args.url);
      const file = path.resolve(run.cwd, positionals[0]);
      return reconcileBook(file, { ...args, out: out === undefined ? undefined : path.resolve(run.cwd, out) }, run);
    });
  },
};
