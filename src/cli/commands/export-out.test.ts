/**
 * Where --out may not write: the workbook itself under any name (a symbolic or hard link), a
 * folder, a missing folder, a place that refuses the bytes. Each is refused in plain words naming
 * the path, with exit code 2, and the workbook keeps every byte.
 */
import fs from "node:fs";
import { link, mkdir, readdir, readFile, symlink } from "node:fs/promises";
import path from "node:path";
import { capturedIo, sampleEachTest } from "../../../test/support/cli-test-kit";
import { runCli } from "../main";

jest.setTimeout(60_000);

const sample = sampleEachTest();

async function exportTo(out: string, format = "xml") {
  const io = capturedIo({ cwd: sample.copy.dir });
  const code = await runCli(["export", "book.xlsx", "--format", format, "--out", out], io);
  return { code, err: io.stderr.join("\n"), out: io.stdout.join("\n") };
}

const ONTO_WORKBOOK = (out: string) => `${out} is the workbook book.xlsx itself (or a link to it), so the export will not write there.`;

describe("export --out never writes over the workbook", () => {
  it.each(["xml", "json", "csv"])("refuses a symbolic link to the workbook (%s)", async (format) => {
    await symlink(sample.copy.file, path.join(sample.copy.dir, "o.xml"));
    const { code, err } = await exportTo("o.xml", format);
    expect(code).toBe(2);
    expect(err).toContain(ONTO_WORKBOOK("o.xml"));
    expect(await readFile(sample.copy.file)).toEqual(sample.original);
    expect(fs.lstatSync(path.join(sample.copy.dir, "o.xml")).isSymbolicLink()).toBe(true);
  });

  it("refuses a hard link to the workbook", async () => {
    await link(sample.copy.file, path.join(sample.copy.dir, "hard.xml"));
    const { code, err } = await exportTo("hard.xml");
    expect(code).toBe(2);
    expect(err).toContain(ONTO_WORKBOOK("hard.xml"));
    expect(await readFile(sample.copy.file)).toEqual(sample.original);
  });

  it("refuses the workbook by another spelling of its path", async () => {
    await mkdir(path.join(sample.copy.dir, "sub"));
    const { code, err } = await exportTo("sub/../book.xlsx", "csv");
    expect(code).toBe(2);
    expect(err).toContain(ONTO_WORKBOOK("book.xlsx"));
    expect(await readFile(sample.copy.file)).toEqual(sample.original);
  });

  it("refuses a symbolic link to a symbolic link of the workbook", async () => {
    await symlink(sample.copy.file, path.join(sample.copy.dir, "first.xlsx"));
    await symlink(path.join(sample.copy.dir, "first.xlsx"), path.join(sample.copy.dir, "second.csv"));
    const { code, err } = await exportTo("second.csv", "csv");
    expect(code).toBe(2);
    expect(err).toContain(ONTO_WORKBOOK("second.csv"));
    expect(await readFile(sample.copy.file)).toEqual(sample.original);
  });
});

describe("export --out to a place it cannot write", () => {
  it("names the missing folder", async () => {
    const { code, err } = await exportTo("no-such-folder/v.xml");
    expect(code).toBe(2);
    expect(err).toContain(
      `no-such-folder/v.xml cannot be written because the folder ${path.join(sample.copy.dir, "no-such-folder")} does not exist.`,
    );
    expect(err).not.toContain("Something went wrong");
    expect(await readFile(sample.copy.file)).toEqual(sample.original);
  });

  it("says a folder is a folder", async () => {
    await mkdir(path.join(sample.copy.dir, "exports"));
    const { code, err } = await exportTo("exports");
    expect(code).toBe(2);
    expect(err).toContain("exports is a folder, not a file the export can write.");
    expect(await readFile(sample.copy.file)).toEqual(sample.original);
  });

  it.each([
    ["ENOSPC", "the disk is full"],
    ["EACCES", "permission denied"],
    ["EROFS", "the disk is read-only"],
  ])("says why when writing fails with %s, and leaves neither a half file nor a temporary one", async (code, words) => {
    const before = "an earlier export, kept whole\n";
    fs.writeFileSync(path.join(sample.copy.dir, "v.xml"), before);
    const spy = jest.spyOn(fs, "writeSync").mockImplementationOnce(() => {
      throw Object.assign(new Error(`${code}: simulated`), { code });
    });
    try {
      const result = await exportTo("v.xml");
      expect(result.code).toBe(2);
      expect(result.err).toContain(`v.xml could not be written (${words}).`);
      expect(result.err).toContain("Nothing was left half-written");
      expect(result.err).not.toContain("Something went wrong");
    } finally {
      spy.mockRestore();
    }
    expect(fs.readFileSync(path.join(sample.copy.dir, "v.xml"), "utf8")).toBe(before);
    expect((await readdir(sample.copy.dir)).sort()).toEqual(["book.xlsx", "v.xml"]);
    expect(await readFile(sample.copy.file)).toEqual(sample.original);
  });

  it("writes the whole file through a temporary one and leaves nothing else beside it", async () => {
    const { code } = await exportTo("v.json", "json");
    expect(code).toBe(1); // the sample's planted mistakes are held back
    expect((await readdir(sample.copy.dir)).sort()).toEqual(["book.xlsx", "v.json"]);
    expect(() => JSON.parse(fs.readFileSync(path.join(sample.copy.dir, "v.json"), "utf8"))).not.toThrow();
  });
});
