/**
 * `tally-handoff export BOOK.xlsx --format xml|json|csv --out FILE`: the valid vouchers as a
 * Tally import file or the bookkeeper's own JSON or CSV copy. Rows with errors are held back, as
 * a push would hold them back, and the command says how many.
 */
import { closeSync, openSync, writeSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { readXlsx } from "../../adapters/xlsx/read-xlsx";
import { vouchersToCsv, vouchersToJson } from "../../core/exports";
import { prepareHandoff, rowVerdicts } from "../../core/handoff";
import { encodeUtf8 } from "../../core/tally/encode";
import { writeVoucherImportFile } from "../../core/tally/write";
import type { Voucher } from "../../core/vouchers/model";
import type { Command } from "../cli-io";
import { oneOf, parseCommand, workbookPath } from "../command-args";
import { UsageError } from "../handle-error";

const FORMATS = ["xml", "json", "csv"] as const;
const ENVELOPES = ["legacy", "new"] as const;

const USAGE = `Usage: tally-handoff export BOOK.xlsx --format xml|json|csv --out FILE [--envelope legacy|new]

Writes the workbook's valid vouchers to a file. Rows with errors are held back (run validate to
see why); the workbook itself is not changed.

  --format xml     a Tally import file (Gateway of Tally > Import > Transactions), UTF-16
  --format json    the vouchers as JSON, amounts as exact decimal strings
  --format csv     one row per ledger or item line, for Excel (formulas defused)
  --out FILE       where to write
  --envelope E     XML only: legacy (default, every TallyPrime) or new (TallyPrime 7)
  --help           show this text

Exit codes: 0 every row exported, 1 rows held back because of errors, 2 could not run.`;

/**
 * Writes the file. XML is UTF-16LE with a byte order mark (PROTOCOL.md 6.2), streamed to disk in
 * chunks so a year of vouchers needs no more memory than a day's; CSV has a UTF-8 BOM for Excel.
 */
async function writeExport(
  out: string,
  format: (typeof FORMATS)[number],
  vouchers: readonly Voucher[],
  company: string,
  envelope: (typeof ENVELOPES)[number],
): Promise<void> {
  if (format === "xml") {
    const fd = openSync(out, "w");
    try {
      writeVoucherImportFile(vouchers, { company, envelope }, (bytes) => void writeSync(fd, bytes));
    } finally {
      closeSync(fd);
    }
    return;
  }
  await writeFile(out, format === "json" ? encodeUtf8(`${vouchersToJson(vouchers)}\n`) : encodeUtf8(vouchersToCsv(vouchers), true));
}

export const exportCommand: Command = {
  name: "export",
  summary: "write the valid vouchers to a Tally XML, JSON or CSV file",
  usage: USAGE,
  async run(argv, io) {
    const options = {
      format: { type: "string" },
      out: { type: "string" },
      envelope: { type: "string" },
      help: { type: "boolean" },
    } as const;
    const { values, positionals } = parseCommand(argv, options, USAGE);
    if (values.help) {
      io.out(USAGE);
      return 0;
    }
    const file = workbookPath(positionals, io, USAGE);
    const format = oneOf(values.format, FORMATS, undefined, "--format", USAGE);
    const envelope = oneOf(values.envelope, ENVELOPES, "legacy", "--envelope", USAGE);
    if (!values.out) throw new UsageError("Where to? Give --out FILE.", USAGE);
    const out = path.resolve(io.cwd, values.out);
    if (out === file) throw new UsageError("--out names the workbook itself; choose another file.", USAGE);

    const handoff = prepareHandoff((await readXlsx(file)).input);
    await writeExport(out, format, handoff.vouchers, handoff.books.settings.company, envelope);
    const heldBack = rowVerdicts(handoff).filter((v) => v.status === "Invalid").length;
    io.out(`Wrote ${handoff.vouchers.length} voucher${handoff.vouchers.length === 1 ? "" : "s"} to ${path.relative(io.cwd, out) || out}.`);
    if (heldBack === 0) return 0;
    io.out(
      `${heldBack} row${heldBack === 1 ? " was" : "s were"} held back because of errors; run 'tally-handoff validate ${positionals[0]}' to see them.`,
    );
    return 1;
  },
};
