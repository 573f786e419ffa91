/**
 * One workbook's push: lock it, validate, send the valid vouchers to Tally with THE push engine
 * (src/engine/push.ts), and write Tally Status, Tally Note and the PostingLog back into the same
 * workbook. The workbook is saved once, at the end, also after Ctrl+C or a failure
 * (src/adapters/xlsx/xlsx-ports.ts says why that is safe).
 */
import fs from "node:fs";
import path from "node:path";
import { assertCanWriteBack, saveWorkbook } from "../adapters/xlsx/save-xlsx";
import { assertPostingLogCanGrow } from "../adapters/xlsx/posting-log-sheet";
import { writeSettings } from "../adapters/xlsx/settings-sheet";
import { readXlsx, type XlsxBook } from "../adapters/xlsx/read-xlsx";
import { writeStatusCells } from "../adapters/xlsx/write-xlsx";
import { xlsxPostingLog, xlsxStatuses } from "../adapters/xlsx/xlsx-ports";
import { isWorkbookFileError, workbookFileError } from "../adapters/xlsx/workbook-file-error";
import { directTallyTransport } from "../adapters/tally-http";
import { companyMemory } from "../core/records/settings";
import { verdictStatuses } from "../core/push/status-cells";
import { prepareHandoff, rowVerdicts, type Handoff } from "../core/handoff";
import { runPush } from "../engine/push";
import type { PushReport } from "../engine/ports";
import type { CliIo, ExitCode } from "./cli-io";
import { findingLines } from "./findings-report";
import type { BookOutcome } from "./many-books";
import { systemCause } from "./output-file";
import { progressPrinter, reportLines } from "./push-progress";
import { lockWorkbook, type WorkbookLock } from "./workbook-lock";

export interface PushArgs {
  url: string;
  timeoutMs: number;
  batchSize: number;
  createMasters: boolean;
  envelope: "legacy" | "new";
  prepareTally: boolean;
  acceptCompany: boolean;
  recreateTakenBack?: boolean;
  replaceTallyChanges?: boolean;
}

export const PUSH_COLUMNS = ["Posted", "Failed", "Unknown", "Unchanged", "Held back"] as const;

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

async function send(book: XlsxBook, handoff: Handoff, args: PushArgs, io: CliIo): Promise<PushReport> {
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
    recreateTakenBack: args.recreateTakenBack,
    replaceTallyChanges: args.replaceTallyChanges,
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

function lock(file: string, io: CliIo): WorkbookLock {
  try {
    return lockWorkbook(file, io.now());
  } catch (e) {
    if (isWorkbookFileError(e)) throw e; // the plain "another run holds it"
    throw workbookFileError("file.locked", { name: path.basename(file), cause: systemCause(e) });
  }
}

/** Pushes one workbook; what it prints is today's single-book output. */
export async function pushBook(file: string, args: PushArgs, io: CliIo): Promise<BookOutcome> {
  if (!fs.existsSync(file)) await readXlsx(file); // says plainly that it does not exist
  const held = lock(file, io);
  try {
    const book = await readXlsx(file);
    await assertCanWriteBack(file);
    assertPostingLogCanGrow(book);
    const handoff = prepareHandoff(book.input);
    const company = handoff.books.settings.company;
    const settingsErrors = handoff.findings.filter((f) => f.table === "HandoffSettings" && f.severity === "error");
    if (settingsErrors.length > 0) {
      io.err([...findingLines(book, settingsErrors), "Fix Settings on the TallyHandoff sheet first; nothing was sent."].join("\n"));
      return { exitCode: 2, company, result: "Settings have errors", counts: {} };
    }
    const heldBack = markRows(book, handoff);
    const report = await send(book, handoff, args, io);
    io.out(reportLines(report, heldBack).join("\n"));
    recordCompany(book, report);
    await saveWorkbook(book);
    io.out(`Tally Status written to ${path.basename(file)}.`);
    const code = exitCode(report, heldBack);
    const result = report.cancelled ? "stopped on request" : code === 0 ? "all sent" : code === 2 ? "not sent" : "some rows not sent";
    const counts = {
      Posted: report.posted,
      Failed: report.failed,
      Unknown: report.unknown,
      Unchanged: report.upToDate,
      "Held back": heldBack,
    };
    return { exitCode: code, company, result, counts, stopped: report.cancelled };
  } finally {
    held.release();
  }
}
