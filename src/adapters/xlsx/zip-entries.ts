/**
 * The names of the parts inside an .xlsx (a zip file), read from the zip's central directory
 * (PKWARE APPNOTE 4.3.12 and 4.3.16) without unpacking anything. Used to see what a workbook
 * holds that exceljs would not write back.
 */
import { open } from "node:fs/promises";

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const END_RECORD_SIZE = 22;
const MAX_COMMENT = 0xffff;

/** Part names ("xl/workbook.xml", ...); [] when the file is not a zip this reader understands (zip64). */
export async function zipEntryNames(file: string): Promise<string[]> {
  const handle = await open(file, "r");
  try {
    const { size } = await handle.stat();
    const tailSize = Math.min(size, END_RECORD_SIZE + MAX_COMMENT);
    const tail = Buffer.alloc(tailSize);
    await handle.read(tail, 0, tailSize, size - tailSize);
    let end = -1;
    for (let i = tailSize - END_RECORD_SIZE; i >= 0; i--) {
      if (tail.readUInt32LE(i) === END_OF_DIRECTORY) {
        end = i;
        break;
      }
    }
    if (end < 0) return [];
    const count = tail.readUInt16LE(end + 10);
    const dirSize = tail.readUInt32LE(end + 12);
    const dirOffset = tail.readUInt32LE(end + 16);
    if (dirOffset === 0xffffffff || dirOffset + dirSize > size) return [];
    const dir = Buffer.alloc(dirSize);
    await handle.read(dir, 0, dirSize, dirOffset);
    const names: string[] = [];
    for (let at = 0, n = 0; n < count && at + 46 <= dirSize; n++) {
      if (dir.readUInt32LE(at) !== DIRECTORY_ENTRY) break;
      const nameLength = dir.readUInt16LE(at + 28);
      const extra = dir.readUInt16LE(at + 30);
      const comment = dir.readUInt16LE(at + 32);
      names.push(dir.toString("utf8", at + 46, at + 46 + nameLength));
      at += 46 + nameLength + extra + comment;
    }
    return names;
  } finally {
    await handle.close();
  }
}
