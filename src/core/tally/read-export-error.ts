/**
 * How a read (export) request fails (PROTOCOL.md 4.1 items 3-4, 4.4): an empty body when no
 * company is open, "Unknown Request" for a malformed request or unknown report, or an ENVELOPE
 * with STATUS 0 and a LINEERROR such as "Could not set 'SVCurrentCompany' to '...'".
 */
import { descendantsNamed, firstChild, parseTallyXml, type XmlElement } from "./read-xml";
import { tallyNumber } from "./read-values";

export type ExportFailureKind = "no-company-open" | "unknown-request" | "status-0" | "unparseable";

export interface ExportFailure {
  kind: ExportFailureKind;
  /** LINEERROR texts, entities decoded. */
  lineErrors: string[];
  /** The name in "Could not set 'SVCurrentCompany' to '<name>'": a company Tally has not loaded. */
  companyNotLoaded?: string;
  /** The name in "Could not find Report '<name>'!". */
  reportNotFound?: string;
}

/** LINEERROR texts anywhere in the reply, trimmed, in document order. */
export function lineErrorsIn(root: XmlElement): string[] {
  return descendantsNamed(root, "LINEERROR").map((e) => e.text.trim());
}

/** True for Tally's bare "<RESPONSE>Unknown Request, cannot be processed</RESPONSE>". */
export function isUnknownRequest(root: XmlElement): boolean {
  return root.name === "RESPONSE" && root.children.length === 0 && /unknown request/i.test(root.text);
}

/** HEADER/STATUS, or failing that any STATUS: the exact nesting of errors is uncertain (PROTOCOL.md 4.1 item 4). */
export function envelopeStatus(root: XmlElement): number | undefined {
  const header = firstChild(root, "HEADER");
  const status = (header && firstChild(header, "STATUS")) ?? descendantsNamed(root, "STATUS")[0];
  return tallyNumber(status?.text);
}

function quotedAfter(lineErrors: string[], pattern: RegExp): string | undefined {
  for (const line of lineErrors) {
    const m = pattern.exec(line);
    if (m) return m[1];
  }
  return undefined;
}

/**
 * Why an export reply carries no data, or undefined when it is not a failure. An empty body is
 * read as "no company open", which is what it means in practice (TDL-LOADER, MBNG; PROTOCOL.md 4.4).
 */
export function readExportError(text: string): ExportFailure | undefined {
  const parsed = parseTallyXml(text);
  if (!parsed.ok) {
    return { kind: parsed.empty ? "no-company-open" : "unparseable", lineErrors: [] };
  }
  const root = parsed.root;
  if (isUnknownRequest(root)) return { kind: "unknown-request", lineErrors: [] };
  if (envelopeStatus(root) !== 0) return undefined;
  const lineErrors = lineErrorsIn(root);
  const failure: ExportFailure = { kind: "status-0", lineErrors };
  const company = quotedAfter(lineErrors, /Could not set 'SVCurrentCompany' to '(.*)'/i);
  const report = quotedAfter(lineErrors, /Could not find Report '(.*)'/i);
  if (company !== undefined) failure.companyNotLoaded = company;
  if (report !== undefined) failure.reportNotFound = report;
  return failure;
}
