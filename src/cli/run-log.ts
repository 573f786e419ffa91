/**
 * `--log FILE`: what a run prints, also appended to FILE, each line with its time and stream, so a
 * scheduled push (Task Scheduler, cron) leaves a record. The log is opened before anything else
 * happens, so a log that cannot be written stops the run before a workbook is touched; it never
 * names a workbook (appending to one would damage it).
 */
import fs from "node:fs";
import path from "node:path";
import { workbookFileError } from "../adapters/xlsx/workbook-file-error";
import { SYSTEM_CAUSES } from "../core/messages";
import type { CliIo, ExitCode } from "./cli-io";
import { handleError } from "./handle-error";
import { systemCause } from "./output-file";

function logLines(io: CliIo, stream: "out" | "err", text: string): string {
  const at = io.now().toISOString();
  return text
    .split("\n")
    .map((line) => `${at} ${stream} ${line}`.trimEnd())
    .join("\n")
    .concat("\n");
}

/** The CliIo that also appends to `file`; throws the plain reason when it cannot be written at all. */
export function loggedIo(io: CliIo, file: string, first: string): CliIo {
  if (/\.(xlsx|xlsm|xls|xlsb)$/i.test(file)) throw workbookFileError("file.log-not-written", { file, cause: SYSTEM_CAUSES.IS_WORKBOOK });
  const append = (text: string) => fs.appendFileSync(file, text);
  try {
    append(logLines(io, "out", first));
  } catch (e) {
    throw workbookFileError("file.log-not-written", { file, cause: systemCause(e) });
  }
  let broken = false;
  const tee = (stream: "out" | "err", text: string) => {
    if (broken) return;
    try {
      append(logLines(io, stream, text));
    } catch (e) {
      broken = true; // a full disk mid-run must not stop a push half-way: say so once
      io.err(workbookFileError("file.log-not-written", { file, cause: systemCause(e) }).message);
    }
  };
  return {
    ...io,
    out: (text) => {
      io.out(text);
      tee("out", text);
    },
    err: (text) => {
      io.err(text);
      tee("err", text);
    },
  };
}

/**
 * Runs a command's work with its output also logged when `logFile` is given; every failure is
 * reported here (in the log too) as exit code 2, as JSON as well when `json`.
 */
export async function withRunLog(
  io: CliIo,
  logFile: string | undefined,
  argv: readonly string[],
  json: boolean,
  work: (io: CliIo) => Promise<ExitCode>,
): Promise<ExitCode> {
  let run = io;
  try {
    if (logFile !== undefined)
      run = loggedIo(io, path.resolve(io.cwd, logFile), `tally-handoff ${argv.join(" ")} (process ${process.pid})`);
  } catch (error) {
    return handleError(io, error, json);
  }
  let code: ExitCode;
  try {
    code = await work(run);
  } catch (error) {
    code = handleError(run, error, json);
  }
  if (logFile !== undefined && run !== io) {
    try {
      fs.appendFileSync(path.resolve(io.cwd, logFile), logLines(io, "out", `Exit code ${code}.`));
    } catch {
      // already said once by the logged io, if the log broke mid-run
    }
  }
  return code;
}
