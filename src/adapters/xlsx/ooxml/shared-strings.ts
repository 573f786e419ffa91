/**
 * The shared string table (ECMA-376 part 1, 18.4), read as a stream: each `<si>` is one string,
 * plain or in rich-text runs (joined, as Excel shows them); phonetic guides (`<rPh>`) are not
 * part of the text.
 */
import { parseXmlStream } from "./xml-events";
import type { ZipReader } from "./zip-reader";

export async function readSharedStrings(zip: ZipReader, part: string): Promise<string[]> {
  const strings: string[] = [];
  let current: string[] | undefined;
  let inText = false;
  let phonetic = 0;
  await parseXmlStream(await zip.stream(part), {
    open(tag) {
      if (tag.name === "si") current = [];
      else if (tag.name === "rPh") phonetic++;
      else if (tag.name === "t" && !tag.selfClosing) inText = phonetic === 0;
    },
    close(name) {
      if (name === "t") inText = false;
      else if (name === "rPh") phonetic--;
      else if (name === "si" && current) {
        strings.push(current.join(""));
        current = undefined;
      }
    },
    text(t) {
      if (inText && current) current.push(t);
    },
  });
  return strings;
}
