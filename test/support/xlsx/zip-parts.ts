/**
 * Test helpers over a workbook's zip: every part's uncompressed bytes, and a new zip written
 * with yazl from a map of parts (the way the tests add Excel-only parts to an exceljs-made file).
 */
import { createWriteStream } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import { pipeline } from "node:stream/promises";
import yazl from "yazl";
import { openZipReader } from "../../../src/adapters/xlsx/ooxml/zip-reader";

/** Part name -> uncompressed bytes, in the zip's order (folders left out). */
export async function zipParts(file: string): Promise<Map<string, Buffer>> {
  const zip = await openZipReader(file);
  try {
    const parts = new Map<string, Buffer>();
    for (const { name } of zip.parts) if (!name.endsWith("/")) parts.set(name, await zip.buffer(name));
    return parts;
  } finally {
    zip.close();
  }
}

export async function writeZipParts(
  parts: ReadonlyMap<string, Buffer | string>,
  file: string,
  stored: readonly string[] = [],
): Promise<void> {
  const out = new yazl.ZipFile();
  const mtime = new Date(Date.UTC(2026, 3, 1));
  for (const [name, data] of parts) out.addBuffer(Buffer.from(data), name, { mtime, compress: !stored.includes(name) });
  out.end();
  await pipeline(out.outputStream, createWriteStream(file));
}

/** The parts whose bytes differ between two zips, and those one of them lacks. */
export function changedParts(
  before: ReadonlyMap<string, Buffer>,
  after: ReadonlyMap<string, Buffer>,
): { changed: string[]; lost: string[]; added: string[] } {
  return {
    changed: [...before].filter(([n, b]) => after.has(n) && !after.get(n)!.equals(b)).map(([n]) => n),
    lost: [...before.keys()].filter((n) => !after.has(n)),
    added: [...after.keys()].filter((n) => !before.has(n)),
  };
}

/** Rewrites the uncompressed size a zip declares for one part (central directory and local header), as a zip bomb or a liar would. */
export async function declareSize(file: string, part: string, size: number): Promise<void> {
  const zip = await readFile(file);
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  let at = zip.readUInt32LE(end + 16);
  for (let n = zip.readUInt16LE(end + 10); n > 0; n--) {
    const nameLength = zip.readUInt16LE(at + 28);
    const name = zip.toString("utf8", at + 46, at + 46 + nameLength);
    if (name === part) {
      zip.writeUInt32LE(size, at + 24);
      zip.writeUInt32LE(size, zip.readUInt32LE(at + 42) + 22);
    }
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  await writeFile(file, zip);
}
