/**
 * One run at a time per workbook: a live lock refuses push in a plain sentence (exit 2, workbook
 * intact), a dead run's lock is taken over, links share one lock, and the lock goes when the run
 * ends, also when it is stopped by SIGTERM.
 */
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import { readFile, symlink, writeFile } from "node:fs/promises";
import http from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { capturedIo, sampleEachTest, writeWorkbookFile } from "../../test/support/cli-test-kit";
import { generateWorkbook } from "../../test/support/generate-workbook";
import { startEmulator } from "../emulator/server";
import type { ProfileName } from "../emulator/profiles";
import { runCli } from "./main";
import { lockFileOf, lockWorkbook } from "./workbook-lock";

jest.setTimeout(90_000);

const sample = sampleEachTest();

const lockPath = () => path.join(sample.copy.dir, ".book.xlsx.tally-handoff-lock");

/** The pid of a process that has ended (and so cannot hold a lock). */
function deadPid(): number {
  const child = spawnSync(process.execPath, ["-e", "process.stdout.write(String(process.pid))"], { encoding: "utf8" });
  return Number(child.stdout);
}

describe("the workbook lock", () => {
  it("lives beside the real workbook, so a link to it shares the lock", async () => {
    await symlink(sample.copy.file, path.join(sample.copy.dir, "link.xlsx"));
    expect(lockFileOf(path.join(sample.copy.dir, "link.xlsx"))).toBe(
      path.join(fs.realpathSync(sample.copy.dir), ".book.xlsx.tally-handoff-lock"),
    );
    const held = lockWorkbook(sample.copy.file, new Date());
    try {
      expect(() => lockWorkbook(path.join(sample.copy.dir, "link.xlsx"), new Date())).toThrow(
        /^link\.xlsx is being worked on by another tally-handoff run/,
      );
    } finally {
      held.release();
    }
    expect(fs.existsSync(lockPath())).toBe(false);
  });

  it("refuses push while a live run holds it: one plain sentence, exit 2, the workbook untouched", async () => {
    const since = "2026-07-01T09:00:00.000Z";
    await writeFile(lockPath(), JSON.stringify({ pid: process.pid, host: os.hostname(), startedAt: since }));
    const io = capturedIo({ cwd: sample.copy.dir });
    expect(await runCli(["push", "book.xlsx", "--tally", "http://127.0.0.1:9"], io)).toBe(2);
    const err = io.stderr.join("\n");
    expect(err).toContain(`book.xlsx is being worked on by another tally-handoff run (process ${process.pid}, started ${since}).`);
    expect(err).toContain(`if none is running, delete ${lockPath()}`);
    expect(await readFile(sample.copy.file)).toEqual(sample.original);
    expect(JSON.parse(fs.readFileSync(lockPath(), "utf8")).startedAt).toBe(since); // the other run's lock stays
  });

  it("counts a lock from another computer as live (its process cannot be checked from here)", async () => {
    await writeFile(lockPath(), JSON.stringify({ pid: deadPid(), host: "another-pc", startedAt: "2026-07-01T09:00:00.000Z" }));
    expect(() => lockWorkbook(sample.copy.file, new Date())).toThrow(/is being worked on by another tally-handoff run/);
  });

  it.each([
    ["a dead process's lock", () => JSON.stringify({ pid: deadPid(), host: os.hostname(), startedAt: "2026-07-01T09:00:00.000Z" })],
    ["an empty lock left by a run killed while writing it", () => ""],
  ])("takes over %s and removes its own on release", async (_label, content) => {
    await writeFile(lockPath(), content());
    const held = lockWorkbook(sample.copy.file, new Date(Date.UTC(2026, 6, 1, 10)));
    expect(JSON.parse(fs.readFileSync(lockPath(), "utf8"))).toEqual({
      pid: process.pid,
      host: os.hostname(),
      startedAt: "2026-07-01T10:00:00.000Z",
    });
    held.release();
    expect(fs.existsSync(lockPath())).toBe(false);
  });
});

describe("two runs finding one stale lock", () => {
  const stale = () => JSON.stringify({ pid: deadPid(), host: os.hostname(), startedAt: "2026-07-01T09:00:00.000Z" });

  it("lets only one take it over: while another live run is taking over, this one is refused", async () => {
    await writeFile(lockPath(), stale());
    await writeFile(
      `${lockPath()}.takeover`,
      JSON.stringify({ pid: process.pid, host: os.hostname(), startedAt: "2026-07-01T10:00:00.000Z" }),
    );
    expect(() => lockWorkbook(sample.copy.file, new Date())).toThrow(/book\.xlsx is being worked on by another tally-handoff run/);
  });

  it("clears a takeover left by a run that died in the middle of it", async () => {
    await writeFile(lockPath(), stale());
    await writeFile(`${lockPath()}.takeover`, stale());
    const held = lockWorkbook(sample.copy.file, new Date());
    expect(fs.existsSync(`${lockPath()}.takeover`)).toBe(false);
    expect(JSON.parse(fs.readFileSync(lockPath(), "utf8")).pid).toBe(process.pid);
    held.release();
  });
});

describe.each<ProfileName>(["factory", "configured"])("push with a stale lock, on the %s profile", (profile) => {
  it("takes the lock over, pushes, and leaves no lock behind", async () => {
    const emu = await startEmulator({ port: 0, company: "Demo Trading Co", profile });
    try {
      await writeWorkbookFile(generateWorkbook({ seed: 3, salesInvoices: 6, linesPerInvoice: 1, receipts: 2 }), sample.copy.file);
      await writeFile(lockPath(), JSON.stringify({ pid: deadPid(), host: os.hostname(), startedAt: "2026-07-01T09:00:00.000Z" }));
      const io = capturedIo({ cwd: sample.copy.dir });
      expect(await runCli(["push", "book.xlsx", "--tally", emu.url, "--create-masters", "--prepare-tally"], io)).toBe(0);
      expect(io.stderr).toEqual([]);
      expect(emu.state.vouchers()).toHaveLength(8);
      expect(fs.existsSync(lockPath())).toBe(false);
    } finally {
      await emu.close();
    }
  });
});

describe("a push stopped by SIGTERM", () => {
  it("releases the lock and leaves a workbook that opens", async () => {
    // A Tally that takes the request and never answers keeps the push waiting.
    const hanging = http.createServer(() => undefined);
    await new Promise<void>((resolve) => hanging.listen(0, "127.0.0.1", resolve));
    const url = `http://127.0.0.1:${(hanging.address() as AddressInfo).port}`;
    const bin = path.resolve(__dirname, "..", "..", "bin", "tally-handoff.js");
    const child = spawn(process.execPath, [bin, "push", sample.copy.file, "--tally", url], { stdio: ["ignore", "pipe", "pipe"] });
    try {
      const deadline = Date.now() + 60_000;
      while (!fs.existsSync(lockPath()) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
      expect(fs.existsSync(lockPath())).toBe(true);
      const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
      child.kill("SIGTERM");
      await exited;
      expect(fs.existsSync(lockPath())).toBe(false);
      const io = capturedIo({ cwd: sample.copy.dir });
      expect(await runCli(["validate", "book.xlsx"], io)).toBe(1); // it opens, with the sample's planted mistakes
    } finally {
      child.kill("SIGKILL");
      hanging.closeAllConnections();
      hanging.close();
    }
  });
});
