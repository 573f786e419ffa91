/**
 * The new zip, written with yazl: every part in the old zip's order, those the save did not
 * change streamed through with their bytes as they were (and their dates and compression), the
 * changed and new ones from the plan. The file is flushed to the disk (fsync) before it is closed,
 * so the rename that follows never exposes a file the disk does not fully hold.
 */
import { createWriteStream } from "node:fs";
import { open } from "node:fs/promises";
import { pipeline } from "node:stream/promises";
import yazl from "yazl";
import type { SavePlan } from "./save-plan";
import type { ZipReader } from "./zip-reader";

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
    if (changed) out.addBuffer(Buffer.from(changed.text, "utf8"), name, { mtime, compress: true });
    else
      out.addReadStreamLazy(name, { mtime, compress: entry.compressionMethod !== 0, size: entry.uncompressedSize }, (cb) =>
        zip.stream(name).then(
          (s) => cb(null, s),
          (e) => cb(e, undefined as never),
        ),
      );
  }
  for (const [key, part] of plan) if (!written.has(key)) out.addBuffer(Buffer.from(part.text, "utf8"), part.name, { compress: true });
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
