import { readFile } from "node:fs/promises";
import path from "node:path";
import ExcelJS from "exceljs";
import type { SampleFacts } from "../../../scripts/sample-trading/sample-facts";
import { readPostingLog } from "../../adapters/xlsx/posting-log-sheet";
import { readXlsx } from "../../adapters/xlsx/read-xlsx";
import type { RunningEmulator } from "../../emulator/server";
import { capturedIo, sampleCopy, SAMPLE_FACTS } from "../../../test/support/cli-test-kit";
import { PROFILES, sampleEmulator } from "../../../test/support/push-cli-kit";
import { runCli } from "../main";

jest.setTimeout(180_000);

describe.each(PROFILES)("tally-handoff reconcile of the sample workbook on the $profile profile", ({ profile, flags }) => {
  let emu: RunningEmulator;
  let copy: Awaited<ReturnType<typeof sampleCopy>>;
  let facts: SampleFacts;
  const cli = async (...argv: string[]) => {
    const io = capturedIo();
    const code = await runCli(argv, io);
    return { code, out: io.stdout.join("\n"), err: io.stderr.join("\n") };
  };

  beforeAll(async () => {
    facts = JSON.parse(await readFile(SAMPLE_FACTS, "utf8")) as SampleFacts;
    copy = await sampleCopy();
    emu = await sampleEmulator(facts.company, profile);
    await runCli(["push", copy.file, "--tally", emu.url, ...flags], capturedIo());
  });
  afterAll(async () => {
    await emu?.close();
    await copy?.cleanUp();
  });

  it("exits 0 after a clean push, and its CSV defuses cells that would be formulas", async () => {
    const out = path.join(copy.dir, "reconcile.csv");
    const run = await cli("reconcile", copy.file, "--tally", emu.url, "--out", out);
    expect(run.err).toBe("");
    expect(run.code).toBe(0);
    expect(run.out).toContain("Tally is in step with the workbook");
    const csv = await readFile(out, "utf8");
    expect(csv.split("\r\n").filter((l) => l.startsWith("Voucher,In step"))).toHaveLength(facts.vouchers.valid);
    expect(csv.split("\r\n").some((l) => /,[=+\-@]/.test(l))).toBe(false);
  });

  it("writes the same report as an .xlsx of one Reconciliation sheet for --out FILE.xlsx", async () => {
    const out = path.join(copy.dir, "reconcile.xlsx");
    const run = await cli("reconcile", copy.file, "--tally", emu.url, "--out", out);
    expect([run.code, run.err]).toEqual([0, ""]);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(out);
    expect(book.worksheets.map((s) => s.name)).toEqual(["Reconciliation"]);
    const rows: string[] = [];
    book.worksheets[0].eachRow((row) => rows.push(`${String(row.getCell(1).value)}: ${String(row.getCell(2).value)}`));
    expect(rows[0]).toBe("Section: State");
    expect(rows.filter((r) => r === "Voucher: In step")).toHaveLength(facts.vouchers.valid);
    expect(rows.slice(1).filter((r) => !r.endsWith(": In step"))).toEqual([]);
  });

  it("exits 1 and names the field when a voucher was edited inside Tally", async () => {
    // The emulator's voucher is live: keep its number before the edit.
    const { masterId, number } = emu.state.vouchers()[0];
    const v = { masterId, number };
    emu.state.editVoucher(masterId, { number: `${number}-X` });
    const run = await cli("reconcile", copy.file, "--tally", emu.url, "--json");
    expect(run.code).toBe(1);
    const doc = JSON.parse(run.out) as {
      counts: Record<string, number>;
      vouchers: { state: string; number: string; differences?: unknown[] }[];
    };
    expect(doc.counts.differs).toBe(1);
    expect(doc.vouchers[0]).toMatchObject({
      state: "differs",
      number: v.number,
      differences: [{ kind: "number", tally: `${v.number}-X`, workbook: v.number }],
    });
    emu.state.editVoucher(v.masterId, { number: v.number });
  });

  it("refuses to put orphans right while rows have errors: such a row's voucher would look like an orphan", async () => {
    const run = await cli("reconcile", copy.file, "--tally", emu.url, "--delete-orphans", "--yes");
    expect(run.code).toBe(2);
    expect(run.err).toContain(`${facts.rowsHeldBack} rows have errors`);
    expect(emu.state.vouchers()).toHaveLength(facts.vouchers.valid);
  });

  it("takes back a push only with --yes, and the next push holds those vouchers back until --recreate-taken-back", async () => {
    const listed = await cli("reconcile", copy.file, "--tally", emu.url, "--list-pushes");
    expect(listed.out).toMatch(new RegExp(`^Push 1 at .*: ${facts.vouchers.valid} created`));
    const json = JSON.parse((await cli("reconcile", copy.file, "--list-pushes", "--json")).out) as {
      pushes: { number: number; created: string[] }[];
    };
    expect(json.pushes.map((p) => [p.number, p.created.length])).toEqual([[1, facts.vouchers.valid]]);
    const dry = await cli("reconcile", copy.file, "--tally", emu.url, "--take-back", "1");
    expect(dry.out).toContain(`delete the ${facts.vouchers.valid} vouchers it created`);
    expect(dry.out).toContain("add --yes to confirm");
    expect(emu.state.vouchers()).toHaveLength(facts.vouchers.valid);

    const done = await cli("reconcile", copy.file, "--tally", emu.url, "--take-back", "1", "--yes");
    expect(done.code).toBe(1);
    expect(emu.state.vouchers()).toHaveLength(0);
    const log = readPostingLog(await readXlsx(copy.file));
    expect(log.filter((e) => e.action === "Take Back" && e.result === "Posted")).toHaveLength(facts.vouchers.valid);

    const held = await cli("push", copy.file, "--tally", emu.url, ...flags);
    expect(held.code).toBe(1);
    expect(emu.state.vouchers()).toHaveLength(0);
    await cli("push", copy.file, "--tally", emu.url, ...flags, "--recreate-taken-back");
    expect(emu.state.vouchers()).toHaveLength(facts.vouchers.valid);
    expect((await cli("reconcile", copy.file, "--tally", emu.url)).code).toBe(0);
  });
});
