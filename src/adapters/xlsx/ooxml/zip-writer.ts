/**
 * The new zip, written with yazl: every part in the old zip's order, those the save did not
 * change streamed through with their bytes as they were (and their dates and compression), the
 * changed and new ones from the plan. The file is flushed to the disk (fsync) before it is closed,
 * so the rename that follows never exposes a file the disk does not fully hold.
 */
import { createWriteStream } from "node:fs";
import { open } from "node:fs/promises";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import yazl from "yazl";
import type { SavePlan } from "./save-plan";
import type { ZipReader } from "./zip-reader";

/** A changed part: a small one as one buffer, a rewritten sheet's pieces as a stream of them. */
function addText(out: yazl.ZipFile, text: string | string[], name: string, mtime: Date): void {
  if (typeof text === "string") out.addBuffer(Buffer.from(text, "utf8"), name, { mtime, compress: true });
  else out.addReadStreamLazy(name, { mtime, compress: true }, (cb) => cb(null, Readable.from(pieces(text))));
}

/** The pieces in buffers of about a megabyte each. */
function* pieces(text: readonly string[]): Generator<Buffer> {
  let batch: string[] = [];
  let length = 0;
  for (const piece of text) {
    batch.push(piece);
    length += piece.length;
    if (length >= 1 << 20) {
      yield Buffer.from(batch.join(""), "utf8");
      batch = [];
      length = 0;
    }
  }
  if (batch.length > 0) yield Buffer.from(batch.join(""), "utf8");
}

export async function writeZip(zip: ZipReader, plan: SavePlan, file: string): Promise<void> {
  const out = new yazl.ZipFile();
  const written = new Set<string>();
  for (const { name, entry } of zip.parts) {
    const key = name.toLowerCase();
    if (written.has(key)) continue;
    written.add(key);
    const mtime = entry.getLastModDate();
    if (name.endsWith("/")) {
      out.addEmptyDirectory(name, { mtime });
      continue;
    }
    const changed = plan.get(key);
    if (changed) addText(out, changed.text, name, mtime);
    else
      out.addReadStreamLazy(name, { mtime, compress: entry.compressionMethod !== 0, size: entry.uncompressedSize }, (cb) =>
        zip.stream(name).then(
          (s) => cb(null, s),
          (e) => cb(e, undefined as never),
        ),
      );
  }
  for (const [key, part] of plan) if (!written.has(key)) addText(out, part.text, part.name, new Date());
  out.end();
  await pipeline(out.outputStream, createWriteStream(file, { flags: "wx" }));
  // fsync belongs to the file, not the descriptor: the bytes are on the disk before the rename.
  const handle = await open(file, "r+");
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
