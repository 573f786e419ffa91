/**
 * The workbook's zip, opened once with yauzl: the central directory gives every part's name and
 * sizes without unpacking anything, and each part is read on demand. yauzl checks that a part
 * inflates to exactly the size it declares, so a zip bomb cannot hide behind a small declared
 * size; the declared sizes are what the size guard (size-guard.ts) weighs before anything is read.
 */
import type { Readable } from "node:stream";
import yauzl from "yauzl";

export interface ZipPart {
  name: string;
  entry: yauzl.Entry;
}

export interface ZipReader {
  /** Parts in the zip's own order. */
  parts: ZipPart[];
  has(name: string): boolean;
  size(name: string): number;
  stream(name: string): Promise<Readable>;
  /** A whole part as text (small parts: workbook.xml, rels, tables, styles). */
  text(name: string): Promise<string>;
  buffer(name: string): Promise<Buffer>;
  close(): void;
}

function openZip(file: string): Promise<yauzl.ZipFile> {
  return new Promise((resolve, reject) =>
    yauzl.open(file, { lazyEntries: true, autoClose: false, strictFileNames: false, validateEntrySizes: true }, (err, zip) =>
      err ? reject(err) : resolve(zip),
    ),
  );
}

function listEntries(zip: yauzl.ZipFile): Promise<yauzl.Entry[]> {
  return new Promise((resolve, reject) => {
    const entries: yauzl.Entry[] = [];
    zip.on("entry", (entry: yauzl.Entry) => {
      entries.push(entry);
      zip.readEntry();
    });
    zip.on("end", () => resolve(entries));
    zip.on("error", reject);
    zip.readEntry();
  });
}

/** Collects a stream; yauzl's size check fails it when a part inflates past what it declares. */
export async function collect(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** Opens the zip; throws yauzl's error for a file that is not one. */
export async function openZipReader(file: string): Promise<ZipReader> {
  const zip = await openZip(file);
  let entries: yauzl.Entry[];
  try {
    entries = await listEntries(zip);
  } catch (e) {
    zip.close();
    throw e;
  }
  const byName = new Map<string, yauzl.Entry>();
  // Part names are case-insensitive in OPC (ECMA-376 part 2, 9.1.1.1).
  for (const entry of entries) byName.set(entry.fileName.toLowerCase(), entry);
  const entryOf = (name: string): yauzl.Entry => {
    const entry = byName.get(name.toLowerCase());
    if (!entry) throw new Error(`the part ${name} is missing`);
    return entry;
  };
  const stream = (name: string): Promise<Readable> =>
    new Promise((resolve, reject) => {
      const entry = entryOf(name);
      if (entry.isEncrypted()) return reject(new Error("it is encrypted"));
      zip.openReadStream(entry, (err, s) => (err ? reject(err) : resolve(s)));
    });
  const buffer = async (name: string) => collect(await stream(name));
  return {
    parts: entries.map((entry) => ({ name: entry.fileName, entry })),
    has: (name) => byName.has(name.toLowerCase()),
    size: (name) => byName.get(name.toLowerCase())?.uncompressedSize ?? 0,
    stream,
    buffer,
    text: async (name) => (await buffer(name)).toString("utf8"),
    close: () => zip.close(),
  };
}
