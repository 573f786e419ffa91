/**
 * `tally-handoff push BOOK.xlsx --tally URL`: validate, then send the valid vouchers to Tally with
 * THE push engine (src/engine/push.ts) and write Tally Status, Tally Note and the PostingLog back
 * into the same workbook. The workbook is saved once, at the end, also after Ctrl+C or a failure
 * (src/adapters/xlsx/xlsx-ports.ts says why that is safe).
 */
import path from "node:path";
import { WRITE_BATCH_SIZE } from "../../core/push/tally-cost";
import { assertCanWriteBack, saveWorkbook } from "../../adapters/xlsx/save-xlsx";
import { assertPostingLogCanGrow } from "../../adapters/xlsx/posting-log-sheet";
import { writeSettings } from "../../adapters/xlsx/settings-sheet";
import { companyMemory } from "../../core/records/settings";
import { readXlsx, type XlsxBook } from "../../adapters/xlsx/read-xlsx";
import { writeStatusCells } from "../../adapters/xlsx/write-xlsx";
import { verdictStatuses } from "../../core/push/status-cells";
import { xlsxPostingLog, xlsxStatuses } from "../../adapters/xlsx/xlsx-ports";
import { DEFAULT_TALLY_TIMEOUT_MS, DEFAULT_TALLY_URL, directTallyTransport } from "../../adapters/tally-http";
import { prepareHandoff, rowVerdicts, type Handoff } from "../../core/handoff";
import { runPush } from "../../engine/push";
import type { PushReport } from "../../engine/ports";
import type { CliIo, Command, ExitCode } from "../cli-io";
import { oneOf, parseCommand, wholeNumber, workbookPath } from "../command-args";
import { findingLines } from "../findings-report";
import { progressPrinter, reportLines } from "../push-progress";

const USAGE = `Usage: tally-handoff push BOOK.xlsx [--tally URL] [--batch-size N] [--create-masters] [--prepare-tally]

Validates the workbook, sends its valid vouchers to TallyPrime, and writes Tally Status, Tally
Note and the PostingLog back into the workbook (close it in Excel first). Pushing again never
makes a second copy of a voucher: what Tally holds is read back before anything is sent.

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
  --help             show this text

Ctrl+C stops after the current batch and still saves the workbook.
Exit codes: 0 all sent, 1 some rows failed or were held back by errors, 2 could not run.`;

/** Ready/Invalid for every row; only what Tally is read back as makes a row Posted. */
function markRows(book: XlsxBook, handoff: Handoff): number {
  const verdicts = rowVerdicts(handoff);
  writeStatusCells(book, verdictStatuses(verdicts));
  return verdicts.filter((v) => v.status === "Invalid").length;
}

/** Remembers the company read from Tally, so a later push to another company of that name stops. */
function recordCompany(book: XlsxBook, report: PushReport): void {
  const c = report.company;
  if (!c || c.guid === "") return;
  writeSettings(book, new Map(companyMemory(c)));
}

function exitCode(report: PushReport, heldBack: number): ExitCode {
  if (report.stoppedBy && report.results.length === 0) return 2;
  const trouble = report.failed + report.unknown + heldBack > 0 || report.cancelled || report.stoppedBy !== undefined;
  return trouble ? 1 : 0;
}

function parse(argv: string[]) {
  const options = {
    tally: { type: "string" },
    "batch-size": { type: "string" },
    "create-masters": { type: "boolean" },
    "timeout-ms": { type: "string" },
    envelope: { type: "string" },
    "prepare-tally": { type: "boolean" },
    "accept-company": { type: "boolean" },
    help: { type: "boolean" },
  } as const;
  const { values, positionals } = parseCommand(argv, options, USAGE);
  return {
    help: values.help ?? false,
    positionals,
    url: values.tally ?? DEFAULT_TALLY_URL,
    timeoutMs: wholeNumber(values["timeout-ms"], DEFAULT_TALLY_TIMEOUT_MS, 1000, 3_600_000, "--timeout-ms", USAGE),
    batchSize: wholeNumber(values["batch-size"], WRITE_BATCH_SIZE, 1, 1000, "--batch-size", USAGE),
    createMasters: values["create-masters"] ?? false,
    envelope: oneOf(values.envelope, ["legacy", "new"] as const, "legacy", "--envelope", USAGE),
    prepareTally: values["prepare-tally"] ?? false,
    acceptCompany: values["accept-company"] ?? false,
  };
}

type PushArgs = ReturnType<typeof parse>;

async function push(book: XlsxBook, handoff: Handoff, args: PushArgs, io: CliIo): Promise<PushReport> {
  const { settings } = handoff.books;
  const options = {
    company: settings.company,
    batchSize: args.batchSize,
    createMissingMasters: args.createMasters || settings.createMissingMasters,
    envelope: args.envelope,
    tallyNumbers: settings.tallyNumbers,
    sentTo: settings.sentTo,
    acceptOtherCompany: args.acceptCompany,
    prepareTally: args.prepareTally,
  };
  const interruption = io.interruption();
  const ports = {
    tally: directTallyTransport({ url: args.url, timeoutMs: args.timeoutMs }),
    log: xlsxPostingLog(book),
    statuses: xlsxStatuses(book),
    now: () => io.now().toISOString(),
    onProgress: progressPrinter(io),
    signal: interruption.signal,
  };
  try {
    return await runPush(handoff.vouchers, ports, options);
  } catch (e) {
    // Keep what was logged (the intents) even when the push broke: the next push reads it.
    await saveWorkbook(book).catch(() => undefined);
    throw e;
  } finally {
    interruption.dispose();
  }
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
    const file = workbookPath(args.positionals, io, USAGE);
    const book = await readXlsx(file);
    await assertCanWriteBack(file);
    assertPostingLogCanGrow(book);
    const handoff = prepareHandoff(book.input);
    const settingsErrors = handoff.findings.filter((f) => f.table === "HandoffSettings" && f.severity === "error");
    if (settingsErrors.length > 0) {
      io.err([...findingLines(book, settingsErrors), "Fix Settings on the TallyHandoff sheet first; nothing was sent."].join("\n"));
      return 2;
    }
    const heldBack = markRows(book, handoff);
    const report = await push(book, handoff, args, io);
    io.out(reportLines(report, heldBack).join("\n"));
    recordCompany(book, report);
    await saveWorkbook(book);
    io.out(`Tally Status written to ${path.basename(file)}.`);
    return exitCode(report, heldBack);
  },
};
