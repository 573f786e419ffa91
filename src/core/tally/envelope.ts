/**
 * The import envelope around vouchers or masters, in either form Tally accepts (PROTOCOL.md 1.1
 * legacy `Import Data`, 1.2 `VERSION 1 / Import / Data`). Every object goes in its own TALLYMESSAGE.
 * The envelope and each message are serialised by xmlbuilder2 (write-sink.ts says how, quickly);
 * the messages take the place of a marker comment in the envelope, so every byte of the request
 * comes out of the library's serialiser.
 */
import { create } from "xmlbuilder2";
import type { XMLBuilder } from "xmlbuilder2/lib/interfaces";
import { MessageSerializer, Recorder, put, type XmlSink } from "./write-sink";
import { SYSTEM_MARK, tallyText } from "./write-values";

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

function envelopeShell(report: ImportReport, opts: EnvelopeOptions): XMLBuilder {
  const doc = opts.declaration ? create({ version: "1.0", encoding: opts.declaration }) : create();
  const root = doc.ele("ENVELOPE");
  const company = tallyText(opts.company);
  if ((opts.envelope ?? "legacy") === "legacy") {
    put(root.ele("HEADER"), "TALLYREQUEST", "Import Data");
    const importData = root.ele("BODY").ele("IMPORTDATA");
    const desc = importData.ele("REQUESTDESC");
    put(desc, "REPORTNAME", report);
    put(desc.ele("STATICVARIABLES"), "SVCURRENTCOMPANY", company);
    importData.ele("REQUESTDATA").com(MARKER);
  } else {
    const header = root.ele("HEADER");
    put(header, "VERSION", "1");
    put(header, "TALLYREQUEST", "Import");
    put(header, "TYPE", "Data");
    put(header, "ID", report);
    const body = root.ele("BODY");
    put(body.ele("DESC").ele("STATICVARIABLES"), "SVCURRENTCOMPANY", company);
    body.ele("DATA").com(MARKER);
  }
  return doc;
}

/** Tally marks its system names with U+0004 and reads them back as `&#4;` (PROTOCOL.md 6.3). */
function withSystemMarks(xml: string): string {
  return xml.includes(SYSTEM_MARK) ? xml.split(SYSTEM_MARK).join("&#4;") : xml;
}

/** The whole import request: the envelope for `report` with one TALLYMESSAGE per writer. */
export function importRequest(report: ImportReport, opts: EnvelopeOptions, messages: readonly MessageWriter[]): string {
  const pretty = opts.pretty ?? true;
  const shell = envelopeShell(report, opts).end({ headless: !opts.declaration, prettyPrint: pretty, indent: INDENT });
  const comment = `<!--${MARKER}-->`;
  const at = shell.indexOf(comment);
  const lineStart = pretty ? shell.lastIndexOf("\n", at) + 1 : at;
  const serializer = new MessageSerializer({ prettyPrint: pretty, indent: INDENT, offset: (at - lineStart) / INDENT.length });
  const pieces: string[] = [shell.slice(0, lineStart)];
  messages.forEach((write, i) => {
    // xmlns:UDF as in every Tally sample; Tally does not check its value (PROTOCOL.md 1.1).
    const message = Recorder.root("TALLYMESSAGE", { "xmlns:UDF": "TallyUDF" });
    write(message);
    if (i > 0 && pretty) pieces.push("\n");
    serializer.serializeInto(message.node, pieces);
  });
  if (messages.length === 0) pieces[0] = pieces[0].replace(/\n$/, "");
  pieces.push(shell.slice(at + comment.length));
  return withSystemMarks(pieces.join(""));
}
