/**
 * The hand-made minimal workbook as other writers spell it: SpreadsheetML under an `x:` prefix (as
 * the Open XML SDK can write it) and relationship targets from the package root ("/xl/...", as
 * openpyxl writes them). The parts mean the same; only their spelling differs.
 */
import type { WorkbookInput } from "../../../src/core/records/types";
import { writeMinimalWorkbook } from "./minimal-workbook";
import { writeZipParts, zipParts } from "./zip-parts";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

/** `<worksheet xmlns="main">` -> `<x:worksheet xmlns:x="main">`, and every element of it likewise. */
function prefixed(xml: string): string {
  if (!xml.includes(`xmlns="${MAIN}"`)) return xml;
  return xml.replace(`xmlns="${MAIN}"`, `xmlns:x="${MAIN}"`).replace(/<(\/?)([A-Za-z]+)(?=[\s>/])/g, "<$1x:$2");
}

const absoluteTargets = (xml: string, folder: string) =>
  xml.replace(/Target="(?!\/)([^"]+)"/g, (_, t: string) => `Target="/${resolve(folder, t)}"`);

function resolve(folder: string, target: string): string {
  const parts = folder.split("/").filter(Boolean);
  for (const piece of target.split("/")) {
    if (piece === "..") parts.pop();
    else parts.push(piece);
  }
  return parts.join("/");
}

export async function writePrefixedWorkbook(input: WorkbookInput, file: string): Promise<void> {
  await writeMinimalWorkbook(input, file);
  const parts = new Map<string, Buffer | string>();
  for (const [name, bytes] of await zipParts(file)) {
    const text = bytes.toString("utf8");
    if (name.endsWith(".rels")) parts.set(name, absoluteTargets(text, name.replace(/_rels\/[^/]+$/, "")));
    else if (name.startsWith("xl/")) parts.set(name, prefixed(text));
    else parts.set(name, text);
  }
  await writeZipParts(parts, file);
}
