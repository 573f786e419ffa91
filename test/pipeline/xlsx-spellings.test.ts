/**
 * A workbook whose XML is spelled another way (an `x:` prefix on every SpreadsheetML element,
 * relationship targets from the package root): it reads like the sample, pushes on two profiles,
 * and the pushed file reads again and opens in LibreOffice.
 */
import { mkdtemp, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { readXlsx } from "../../src/adapters/xlsx/read-xlsx";
import { runCli } from "../../src/cli/main";
import { prepareHandoff } from "../../src/core/handoff";
import { capturedIo, SAMPLE, SAMPLE_FACTS } from "../support/cli-test-kit";
import { findSoffice, INSTALL_SOFFICE, libreOfficeCopy } from "../support/xlsx/libre-office";
import { writePrefixedWorkbook } from "../support/xlsx/prefixed-workbook";
import { PROFILES as PUSH_PROFILES, sampleEmulator } from "../support/push-cli-kit";
import { zipParts } from "../support/xlsx/zip-parts";

jest.setTimeout(180_000);

const soffice = findSoffice();

const statusesOf = async (file: string) =>
  Object.entries((await readXlsx(file)).input.tables)
    .filter(([name]) => !["HandoffSettings", "LedgerMap"].includes(name))
    .flatMap(([, t]) => t!.rows.map((r) => r[t!.headers.indexOf("Tally Status")]));

describe.each(PUSH_PROFILES)("a workbook with prefixed XML and absolute targets, on the $profile profile", ({ profile, flags }) => {
  let dir: string;
  let file: string;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), "tally-handoff-spelling-"));
    file = path.join(dir, "prefixed.xlsx");
    await writePrefixedWorkbook((await readXlsx(SAMPLE)).input, file);
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it("is spelled with the prefix, and reads to the same vouchers as the sample", async () => {
    expect((await zipParts(file)).get("xl/worksheets/sheet1.xml")!.toString()).toContain("<x:sheetData>");
    const [ours, sample] = await Promise.all([readXlsx(file), readXlsx(SAMPLE)]);
    expect(prepareHandoff(ours.input).vouchers.map((v) => v.remoteId)).toEqual(
      prepareHandoff(sample.input).vouchers.map((v) => v.remoteId),
    );
  });

  it("pushes, twice, sending each valid voucher once, and reads back with its statuses", async () => {
    const facts = JSON.parse(await readFile(SAMPLE_FACTS, "utf8"));
    const emu = await sampleEmulator(facts.company, profile);
    try {
      expect(await runCli(["push", file, "--tally", emu.url, ...flags], capturedIo())).toBe(1);
      expect(await runCli(["push", file, "--tally", emu.url, ...flags], capturedIo())).toBe(1);
      expect(emu.state.vouchers()).toHaveLength(facts.vouchers.valid);
    } finally {
      await emu.close();
    }
    const statuses = await statusesOf(file);
    expect(statuses.filter((s) => s === "Posted").length).toBeGreaterThanOrEqual(facts.vouchers.valid);
    expect((await zipParts(file)).get("xl/worksheets/sheet1.xml")!.toString()).toMatch(/<x:c r="[A-Z]+2" t="inlineStr"><x:is><x:t>/);
  });

  it("opens in LibreOffice after the push, with every status", async () => {
    if (!soffice) throw new Error(`soffice is not on PATH (${INSTALL_SOFFICE})`);
    expect(await statusesOf(await libreOfficeCopy(soffice, file, dir, "reopened.xlsx"))).toEqual(await statusesOf(file));
  });
});
