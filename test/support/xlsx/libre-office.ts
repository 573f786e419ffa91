/**
 * LibreOffice's copy of a workbook (`soffice --headless --convert-to xlsx`), for tests of files
 * that Excel did not write. Without soffice on PATH the tests that need it fail under CI=true and
 * elsewhere say loudly that they did not run, as the browser test does (test/e2e).
 */
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { copyFile, mkdir, mkdtemp } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";

export const INSTALL_SOFFICE = "apt-get install -y libreoffice-calc-nogui";

export function findSoffice(env: NodeJS.ProcessEnv = process.env): string | undefined {
  for (const dir of (env.PATH ?? "").split(path.delimiter)) {
    const candidate = path.join(dir, "soffice");
    if (dir && existsSync(candidate)) return candidate;
  }
  return undefined;
}

/** Saves `source` once through LibreOffice into `dir`, as `name`. */
export async function libreOfficeCopy(soffice: string, source: string, dir: string, name: string): Promise<string> {
  const work = await mkdtemp(path.join(os.tmpdir(), "tally-handoff-lo-"));
  const input = path.join(work, "in", "book.xlsx");
  await mkdir(path.dirname(input));
  await copyFile(source, input);
  // A profile of its own, so a desktop LibreOffice (or a parallel test) never locks this run out.
  const profile = `-env:UserInstallation=file://${path.join(work, "profile")}`;
  await promisify(execFile)(soffice, [profile, "--headless", "--convert-to", "xlsx", "--outdir", path.join(work, "out"), input], {
    timeout: 120_000,
  });
  const target = path.join(dir, name);
  await copyFile(path.join(work, "out", "book.xlsx"), target);
  return target;
}
