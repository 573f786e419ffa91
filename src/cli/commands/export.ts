/**
 * `tally-handoff export BOOK.xlsx --format xml|json|csv --out FILE`: the valid vouchers as a
 * Tally import file or the bookkeeper's own JSON or CSV copy. Rows with errors are held back, as
 * a push would hold them back, and the command says how many. Several workbooks write into a
 * folder (--out FOLDER), one file per workbook named after it.
 */
import fs from "node:fs";
import path from "node:path";
import { readXlsx } from "../../adapters/xlsx/read-xlsx";
import { vouchersToCsv, vouchersToJson } from "../../core/exports";
import { prepareHandoff, rowVerdicts } from "../../core/handoff";
import { encodeUtf8 } from "../../core/tally/encode";
import { writeVoucherImportFile } from "../../core/tally/write";
import type { Voucher } from "../../core/vouchers/model";
import type { CliIo, Command } from "../cli-io";
import { oneOf, parseCommand } from "../command-args";
import { UsageError } from "../handle-error";
import { runBooks, type BookOutcome } from "../many-books";
import { writeAll, writeOutputFile } from "../output-file";
import { withRunLog } from "../run-log";
import { workbookFiles } from "../workbook-files";

const FORMATS = ["xml", "json", "csv"] as const;
const ENVELOPES = ["legacy", "new"] as const;
type Format = (typeof FORMATS)[number];

const USAGE = `Usage: tally-handoff export BOOK.xlsx --format xml|json|csv --out FILE [--envelope legacy|new]
       tally-handoff export BOOK.xlsx BOOK2.xlsx ... | FOLDER --format F --out FOLDER

Writes the workbook's valid vouchers to a file. Rows with errors are held back (run validate to
see why); the workbook itself is not changed, and --out never writes over it.

  --format xml     a Tally import file (Gateway of Tally > Import > Transactions), UTF-16
  --format json    the vouchers as JSON, amounts as exact decimal strings
  --format csv     one row per ledger or item line, for Excel (formulas defused)
  --out FILE       where to write; for several workbooks an existing folder, which gets one
                   file per workbook (sales.xlsx -> sales.xml)
  --envelope E     XML only: legacy (default, every TallyPrime) or new (TallyPrime 7)
  --json           print one JSON document { exitCode, books: [...] } and nothing else on stdout
  --log FILE       also append what the run prints to FILE, each line with its time
  --help           show this text

Exit codes: 0 every row exported, 1 rows held back because of errors, 2 could not run (the worst of all books).`;

interface ExportArgs {
  format: Format;
  envelope: (typeof ENVELOPES)[number];
}

/**
 * The file's bytes, written through a temporary file. XML is UTF-16LE with a byte order mark
 * (PROTOCOL.md 6.2), streamed in chunks so a year of vouchers needs no more memory than a day's;
 * CSV has a UTF-8 BOM for Excel.
 */
function writeExport(out: string, shown: string, workbook: string, vouchers: readonly Voucher[], company: string, args: ExportArgs): void {
  writeOutputFile(out, workbook, shown, (fd) => {
    if (args.format === "xml") writeVoucherImportFile(vouchers, { company, envelope: args.envelope }, (bytes) => writeAll(fd, bytes));
    else writeAll(fd, args.format === "json" ? encodeUtf8(`${vouchersToJson(vouchers)}\n`) : encodeUtf8(vouchersToCsv(vouchers), true));
  });
}

async function exportBook(file: string, out: string, args: ExportArgs, io: CliIo): Promise<BookOutcome> {
  const shown = path.relative(io.cwd, out) || out;
  const handoff = prepareHandoff((await readXlsx(file)).input);
  writeExport(out, shown, file, handoff.vouchers, handoff.books.settings.company, args);
  const heldBack = rowVerdicts(handoff).filter((v) => v.status === "Invalid").length;
  const n = handoff.vouchers.length;
  io.out(`Wrote ${n} voucher${n === 1 ? "" : "s"} to ${shown}.`);
  if (heldBack > 0)
    io.out(
      `${heldBack} row${heldBack === 1 ? " was" : "s were"} held back because of errors; run 'tally-handoff validate ${path.relative(io.cwd, file) || file}' to see them.`,
    );
  const outcome = { company: handoff.books.settings.company, counts: { Vouchers: n, "Held back": heldBack }, details: { out: shown } };
  return heldBack === 0 ? { ...outcome, exitCode: 0, result: "exported" } : { ...outcome, exitCode: 1, result: "rows held back" };
}

const isFolder = (file: string) => fs.statSync(file, { throwIfNoEntry: false })?.isDirectory() === true;

export const exportCommand: Command = {
  name: "export",
  summary: "write the valid vouchers to a Tally XML, JSON or CSV file",
  usage: USAGE,
  async run(argv, io) {
    const options = {
      format: { type: "string" },
      out: { type: "string" },
      envelope: { type: "string" },
      json: { type: "boolean" },
      log: { type: "string" },
      help: { type: "boolean" },
    } as const;
    const { values, positionals } = parseCommand(argv, options, USAGE);
    if (values.help) {
      io.out(USAGE);
      return 0;
    }
    const json = values.json ?? false;
    return withRunLog(io, values.log, ["export", ...argv], json, async (run) => {
      const list = workbookFiles(positionals, run.cwd, USAGE);
      const args = {
        format: oneOf(values.format, FORMATS, undefined, "--format", USAGE),
        envelope: oneOf(values.envelope, ENVELOPES, "legacy", "--envelope", USAGE),
      };
      if (!values.out) throw new UsageError("Where to? Give --out FILE.", USAGE);
      const out = path.resolve(run.cwd, values.out);
      if (!list.many && !json) return (await exportBook(list.files[0], out, args, run)).exitCode;
      if (list.many && !isFolder(out))
        throw new UsageError(`For several workbooks --out names a folder that exists; ${values.out} is not one.`, USAGE);
      const target = (file: string) => (list.many ? path.join(out, `${path.basename(file).replace(/\.[^.]+$/, "")}.${args.format}`) : out);
      return runBooks(list, run, json, {
        columns: ["Vouchers", "Held back"],
        one: (file, bookIo) => exportBook(file, target(file), args, bookIo),
      });
    });
  },
};
