/**
 * One run at a time per workbook (a scheduled push and a hand-started one, two cron lines): a
 * hidden lock file beside the real workbook (links resolved, so two names share one lock),
 * created exclusively and holding the process id, host and start time. A lock whose process
 * has ended is taken over; a live one refuses the run. The lock goes on release, on exit, and on
 * Ctrl+C or SIGTERM when no command is handling them (push stops after its batch and releases).
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { workbookFileError } from "../adapters/xlsx/workbook-file-error";

export interface LockHolder {
  pid: number;
  host: string;
  startedAt: string;
}

export interface WorkbookLock {
  /** The lock file's path. */
  file: string;
  release(): void;
}

/** `/books/acme.xlsx` -> `/books/.acme.xlsx.tally-handoff-lock` (hidden; a folder run skips it). */
export function lockFileOf(workbook: string): string {
  let real = workbook;
  try {
    real = fs.realpathSync(workbook);
  } catch {
    // a missing workbook is refused by the reader; the lock beside its name does no harm
  }
  return path.join(path.dirname(real), `.${path.basename(real)}.tally-handoff-lock`);
}

function holderOf(file: string): LockHolder | undefined {
  try {
    const held = JSON.parse(fs.readFileSync(file, "utf8")) as Partial<LockHolder>;
    return typeof held.pid === "number"
      ? { pid: held.pid, host: String(held.host ?? ""), startedAt: String(held.startedAt ?? "") }
      : undefined;
  } catch {
    return undefined; // empty or garbled: a run that died while writing it
  }
}

/** Whether the holder may still be running: on another computer it cannot be told, so yes. */
function isAlive(holder: LockHolder): boolean {
  if (holder.host !== os.hostname()) return true;
  try {
    process.kill(holder.pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}

function create(file: string, holder: LockHolder): boolean {
  try {
    fs.writeFileSync(file, JSON.stringify(holder), { flag: "wx" });
    return true;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "EEXIST") return false;
    throw e;
  }
}

const sameHolder = (a: LockHolder | undefined, b: LockHolder | undefined) =>
  a === b || (a !== undefined && b !== undefined && a.pid === b.pid && a.host === b.host && a.startedAt === b.startedAt);

/**
 * Replaces a stale lock, one run at a time: two runs that both find it stale must not both take
 * it, so the replacing happens under a second exclusive file, and only while the lock is still the
 * stale one that was judged.
 */
function takeOver(file: string, stale: LockHolder | undefined, holder: LockHolder): boolean {
  const guard = `${file}.takeover`;
  if (!create(guard, holder)) {
    const other = holderOf(guard);
    if (other && isAlive(other)) return false;
    fs.rmSync(guard, { force: true }); // a run that died while taking over
    if (!create(guard, holder)) return false;
  }
  try {
    if (!sameHolder(holderOf(file), stale)) return false;
    fs.rmSync(file, { force: true });
    return create(file, holder);
  } finally {
    fs.rmSync(guard, { force: true });
  }
}

/** Takes the workbook's lock or throws the plain reason ("is being worked on by another run"). */
export function lockWorkbook(workbook: string, now: Date): WorkbookLock {
  const file = lockFileOf(workbook);
  const holder: LockHolder = { pid: process.pid, host: os.hostname(), startedAt: now.toISOString() };
  if (!create(file, holder)) {
    const other = holderOf(file);
    // A live holder keeps it; a stale one's run ended without removing it (a power cut, kill -9).
    if ((other && isAlive(other)) || !takeOver(file, other, holder)) {
      const current = holderOf(file) ?? other;
      throw workbookFileError("file.workbook-busy", {
        name: path.basename(workbook),
        pid: current?.pid ?? 0,
        since: current?.startedAt ?? "",
        lock: file,
      });
    }
  }
  return holdUntilExit(file, holder);
}

function holdUntilExit(file: string, holder: LockHolder): WorkbookLock {
  let held = true;
  const release = () => {
    if (!held) return;
    held = false;
    process.off("exit", release);
    process.off("SIGINT", onSignal);
    process.off("SIGTERM", onSignal);
    // Only our own lock is removed, never one another run took over meanwhile.
    if (holderOf(file)?.pid === holder.pid) fs.rmSync(file, { force: true });
  };
  function onSignal(signal: NodeJS.Signals) {
    // A command listening too (push's Ctrl+C) finishes its work and releases the lock itself.
    if (process.listenerCount(signal) > 1) return;
    release();
    process.kill(process.pid, signal);
  }
  process.on("exit", release);
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);
  return { file, release };
}
