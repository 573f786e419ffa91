/**
 * A --tally address that cannot be Tally's is refused before any workbook is read or anything is
 * sent, saying what is wrong with it; never "Tally closed the connection ... may have saved".
 */
import { readdir, readFile } from "node:fs/promises";
import { capturedIo, sampleCopy } from "../../../test/support/cli-test-kit";
import { startEmulator, type RunningEmulator } from "../../emulator/server";
import type { ProfileName } from "../../emulator/profiles";
import { runCli } from "../main";

jest.setTimeout(60_000);

const PROFILES: ProfileName[] = ["factory", "configured"];

describe.each(PROFILES)("push --tally with an address that cannot be Tally's, beside an emulator on %s", (profile) => {
  let emu: RunningEmulator;
  let copy: Awaited<ReturnType<typeof sampleCopy>>;
  let original: Buffer;

  beforeAll(async () => {
    emu = await startEmulator({ port: 0, company: "Sharma Trading Co", profile });
    copy = await sampleCopy();
    original = await readFile(copy.file);
  });
  afterAll(async () => {
    await emu.close();
    await copy.cleanUp();
  });

  const cases = (port: number): [string, string, string][] => [
    [
      "ftp:",
      `ftp://127.0.0.1:${port}`,
      `The Tally address "ftp://127.0.0.1:${port}" starts with ftp:, but Tally is reached only over http:// (or https://).`,
    ],
    [
      "file:",
      "file:///tmp/tally",
      'The Tally address "file:///tmp/tally" starts with file:, but Tally is reached only over http:// (or https://).',
    ],
    ["no scheme", `127.0.0.1:${port}`, `The Tally address "127.0.0.1:${port}" is not a web address.`],
    ["a host and port without scheme", `localhost:${port}`, `The Tally address "localhost:${port}" is not a web address.`],
    [
      "port 99999",
      "http://127.0.0.1:99999",
      'The Tally address "http://127.0.0.1:99999" has port 99999, but a port is a whole number from 1 to 65535.',
    ],
    [
      "user:pass@",
      `http://user:secret@127.0.0.1:${port}`,
      `The Tally address "http://user:***@127.0.0.1:${port}" has a user name or password in it, which Tally does not take.`,
    ],
  ];

  it.each([0, 1, 2, 3, 4, 5])("refuses case %i before anything is sent, saying what is wrong, exit 2", async (n) => {
    const [, url, words] = cases(emu.port)[n];
    const io = capturedIo({ cwd: copy.dir });
    expect(await runCli(["push", "book.xlsx", "--tally", url], io)).toBe(2);
    const err = io.stderr.join("\n");
    expect(err).toContain(words);
    expect(err).toContain("nothing was sent");
    expect(err).not.toMatch(/closed the connection|may have saved|Something went wrong|secret/);
    expect(emu.state.vouchers()).toEqual([]);
    expect(await readFile(copy.file)).toEqual(original);
    expect(await readdir(copy.dir)).toEqual(["book.xlsx"]); // no lock, no temporary file
  });

  it("prints the refusal as JSON on stdout with --json", async () => {
    const io = capturedIo({ cwd: copy.dir });
    expect(await runCli(["push", "book.xlsx", "--tally", "ftp://127.0.0.1:21", "--json"], io)).toBe(2);
    const doc = JSON.parse(io.stdout.join("\n")) as { exitCode: number; error: { code: string; message: string } };
    expect(doc).toMatchObject({ exitCode: 2, error: { code: "tally-unreachable" } });
    expect(doc.error.message).toContain("starts with ftp:");
  });
});
