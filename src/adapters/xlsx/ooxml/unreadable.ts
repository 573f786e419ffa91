/**
 * Whatever went wrong inside yauzl or saxes becomes one plain sentence naming the part, never
 * the library's own error text (core/messages UNREADABLE_WHY).
 */
import { UNREADABLE_WHY } from "../../../core/messages";
import { XmlSyntaxError } from "./xml-events";
import { isWorkbookFileError, workbookFileError, type WorkbookFileError } from "../workbook-file-error";

/** A failure while reading `part` ("" for the zip itself). */
export function unreadable(name: string, part: string, e: unknown): WorkbookFileError {
  if (isWorkbookFileError(e)) return e;
  const text = String((e as Error)?.message ?? e);
  let why: string;
  if (part === "") why = UNREADABLE_WHY["not-a-zip"]();
  else if (/no workbook part/.test(text)) why = UNREADABLE_WHY["no-workbook"]();
  else if (/encrypt/i.test(text)) why = UNREADABLE_WHY.encrypted();
  else if (/is missing/.test(text)) why = UNREADABLE_WHY["part-missing"](part);
  else if (e instanceof XmlSyntaxError) why = UNREADABLE_WHY["bad-xml"](part);
  else if (/too (many|few) bytes|size/i.test(text)) why = UNREADABLE_WHY["bad-size"](part);
  else why = UNREADABLE_WHY.damaged(part);
  return workbookFileError("file.unreadable", { name, why });
}

/** Runs one reading step; its failure names the part. */
export async function reading<T>(name: string, part: string, step: () => Promise<T>): Promise<T> {
  try {
    return await step();
  } catch (e) {
    throw unreadable(name, part, e);
  }
}
