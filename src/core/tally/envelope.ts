/**
 * The import envelope around vouchers or masters, in either form Tally accepts (PROTOCOL.md 1.1
 * legacy `Import Data`, 1.2 `VERSION 1 / Import / Data`). Every object goes in its own TALLYMESSAGE.
 * The envelope and each message are serialised by xmlbuilder2 (write-shapes.ts says how, quickly);
 * the messages take the place of a marker comment in the envelope, so every byte of the request
 * comes out of the library's serialiser.
 */
import { create } from "xmlbuilder2";
import type { XMLBuilder } from "xmlbuilder2/lib/interfaces";
import { Utf16Writer, type ChunkSink } from "./utf16-writer";
import { MessageRecorder, type XmlSink } from "./write-sink";
import { exact } from "./write-escaping";
import { MessageSerializer } from "./write-shapes";
import { tallyText } from "./write-values";

export type EnvelopeForm = "legacy" | "new";
export type ImportReport = "Vouchers" | "All Masters";

export interface EnvelopeOptions {
  /** SVCURRENTCOMPANY: always sent, because without it Tally writes into whichever company is loaded (PROTOCOL.md 4.4). */
  company: string;
  /** Default "legacy". */
  envelope?: EnvelopeForm;
  /** Indented output like Tally's samples (default true); false gives one line. */
  pretty?: boolean;
  /** Tally's own samples carry no XML declaration; ask for one only when a file needs it. */
  declaration?: "UTF-8" | "UTF-16";
}

/** Writes one object (VOUCHER, LEDGER, ...) into the TALLYMESSAGE it is given. */
export type MessageWriter = (message: XmlSink) => void;

const MARKER = "tally-handoff:messages";
const INDENT = "  ";

function leaf(parent: XMLBuilder, name: string, text: string): void {
  parent.ele(name).txt(exact(text));
}

function envelopeShell(report: ImportReport, opts: EnvelopeOptions): XMLBuilder {
  const doc = opts.declaration ? create({ version: "1.0", encoding: opts.declaration }) : create();
  const root = doc.ele("ENVELOPE");
  const company = tallyText(opts.company);
  if ((opts.envelope ?? "legacy") === "legacy") {
    leaf(root.ele("HEADER"), "TALLYREQUEST", "Import Data");
    const importData = root.ele("BODY").ele("IMPORTDATA");
    const desc = importData.ele("REQUESTDESC");
    leaf(desc, "REPORTNAME", report);
    leaf(desc.ele("STATICVARIABLES"), "SVCURRENTCOMPANY", company);
    importData.ele("REQUESTDATA").com(MARKER);
  } else {
    const header = root.ele("HEADER");
    leaf(header, "VERSION", "1");
    leaf(header, "TALLYREQUEST", "Import");
    leaf(header, "TYPE", "Data");
    leaf(header, "ID", report);
    const body = root.ele("BODY");
    leaf(body.ele("DESC").ele("STATICVARIABLES"), "SVCURRENTCOMPANY", company);
    body.ele("DATA").com(MARKER);
  }
  return doc;
}

/** Records one TALLYMESSAGE, its shape and values, into `recorder`. */
function recordMessage(recorder: MessageRecorder, write: MessageWriter): MessageRecorder {
  // xmlns:UDF as in every Tally sample; Tally does not check its value (PROTOCOL.md 1.1).
  write(recorder.begin("TALLYMESSAGE", { "xmlns:UDF": "TallyUDF" }));
  recorder.finish();
  return recorder;
}

/** The envelope's text before and after its messages, and how the messages between are written. */
interface Shell {
  before: string;
  after: string;
  /** Between two messages: a line break when pretty printing. */
  separator: string;
  serializer: MessageSerializer;
}

function shellAround(report: ImportReport, opts: EnvelopeOptions, messageCount: number): Shell {
  const pretty = opts.pretty ?? true;
  const shell = envelopeShell(report, opts).end({ headless: !opts.declaration, prettyPrint: pretty, indent: INDENT });
  const comment = `<!--${MARKER}-->`;
  const at = shell.indexOf(comment);
  const lineStart = pretty ? shell.lastIndexOf("\n", at) + 1 : at;
  const before = shell.slice(0, lineStart);
  return {
    before: messageCount === 0 ? before.replace(/\n$/, "") : before,
    after: shell.slice(at + comment.length),
    separator: pretty ? "\n" : "",
    serializer: new MessageSerializer({ prettyPrint: pretty, indent: INDENT, offset: (at - lineStart) / INDENT.length }),
  };
}

/** The whole import request as text: the envelope for `report` with one TALLYMESSAGE per writer. */
export function importRequest(report: ImportReport, opts: EnvelopeOptions, messages: readonly MessageWriter[]): string {
  const shell = shellAround(report, opts, messages.length);
  const pieces: string[] = [shell.before];
  const recorder = new MessageRecorder();
  messages.forEach((write, i) => {
    if (i > 0) pieces.push(shell.separator);
    shell.serializer.serializeInto(recordMessage(recorder, write), pieces);
  });
  pieces.push(shell.after);
  return pieces.join("");
}

/**
 * The same request as the bytes of an import file, handed to `sink` in chunks: UTF-16LE after a
 * byte order mark, the one encoding that keeps Indian-language names intact in Tally (PROTOCOL.md
 * 6.2). Written straight to code units in a reused buffer: a big export as one string, encoded
 * again, took twice the time and several times the memory.
 */
export function importFile(report: ImportReport, opts: EnvelopeOptions, messages: readonly MessageWriter[], sink: ChunkSink): void {
  const shell = shellAround(report, opts, messages.length);
  const out = new Utf16Writer(sink);
  out.text(`\uFEFF${shell.before}`);
  const recorder = new MessageRecorder();
  messages.forEach((write, i) => {
    if (i > 0) out.text(shell.separator);
    shell.serializer.writeInto(recordMessage(recorder, write), out);
  });
  out.text(shell.after);
  out.flush();
}
