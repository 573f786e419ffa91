/**
 * Optional persistence (--data FILE): the company is read from JSON at start when the file exists,
 * and written back after every request that changed it, through a temporary file and a rename so
 * a crash never leaves half a file.
 */
import { existsSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { CompanyState, type CompanySnapshot } from "./state";

/** The company stored in the file, or undefined when there is no file yet. */
export function loadCompany(file: string): CompanyState | undefined {
  if (!existsSync(file)) return undefined;
  const snapshot = JSON.parse(readFileSync(file, "utf8")) as CompanySnapshot;
  if (snapshot.version !== 1) throw new Error(`${file}: not an emulator company file (version ${String(snapshot.version)})`);
  return CompanyState.fromSnapshot(snapshot);
}

export function saveCompany(file: string, state: CompanyState): void {
  const temp = `${file}.tmp`;
  writeFileSync(temp, JSON.stringify(state.toSnapshot(), null, 1));
  renameSync(temp, file);
}
