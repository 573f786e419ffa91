/**
 * `tally-handoff push` leaves a voucher changed inside Tally as Tally has it, says so on its row,
 * and puts the workbook's version back only with --replace-tally-changes; on two profiles.
 */
import { readFile } from "node:fs/promises";
import type { SampleFacts } from "../../../scripts/sample-trading/sample-facts";
import { readXlsx } from "../../adapters/xlsx/read-xlsx";
import type { RunningEmulator } from "../../emulator/server";
import { capturedIo, sampleCopy, SAMPLE_FACTS } from "../../../test/support/cli-test-kit";
import { PROFILES, sampleEmulator } from "../../../test/support/push-cli-kit";
import { runCli } from "../main";

jest.setTimeout(180_000);

/** The Tally Note of each Sales row, by invoice number. */
async function salesNotes(file: string): Promise<Map<string, string>> {
  const book = await readXlsx(file);
  const at = book.locations.get("Sales")!;
  const [note, number] = [at.headers.indexOf("Tally Note"), at.headers.indexOf("Invoice No")];
  return new Map(book.input.tables.Sales!.rows.map((r) => [String(r[number]), String(r[note] ?? "")]));
}

describe.each(PROFILES)("a voucher renumbered by hand in Tally, on the $profile profile", ({ profile, flags }) => {
  let emu: RunningEmulator | undefined;
  let copy: Awaited<ReturnType<typeof sampleCopy>> | undefined;
  afterEach(async () => {
    await emu?.close();
    await copy?.cleanUp();
  });

  it("stays as Tally has it, its row says why, and --replace-tally-changes puts the workbook's number back", async () => {
    copy = await sampleCopy();
    const facts = JSON.parse(await readFile(SAMPLE_FACTS, "utf8")) as SampleFacts;
    emu = await sampleEmulator(facts.company, profile);
    await runCli(["push", copy.file, "--tally", emu.url, ...flags], capturedIo());
    const count = emu.state.vouchers().length;
    const sale = emu.state.vouchers().find((v) => v.type === "Sales")!;
    const number = sale.number;
    emu.state.editVoucher(sale.masterId, { number: `${number}-BYHAND` });

    await runCli(["push", copy.file, "--tally", emu.url, ...flags], capturedIo());
    expect((await salesNotes(copy.file)).get(number)).toContain("changed in Tally after this workbook sent it");
    expect(
      emu.state
        .vouchers()
        .filter((v) => v.masterId === sale.masterId)
        .map((v) => v.number),
    ).toEqual([`${number}-BYHAND`]);

    await runCli(["push", copy.file, "--tally", emu.url, ...flags, "--replace-tally-changes"], capturedIo());
    expect((await salesNotes(copy.file)).get(number)).toMatch(/^In Tally as Sales /);
    expect(
      emu.state
        .vouchers()
        .filter((v) => v.masterId === sale.masterId)
        .map((v) => v.number),
    ).toEqual([number]);
    expect(emu.state.vouchers()).toHaveLength(count);
    expect(emu.state.duplicates()).toEqual([]);
  });
});
