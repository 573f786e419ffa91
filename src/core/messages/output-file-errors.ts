/**
 * Words of the errors about the files the command line writes beside a workbook: an export file
 * (--out), a log file (--log) and the lock that keeps two runs off one workbook.
 */
import { fileErrorDef } from "./error-define";

const NOTHING_HALF_WRITTEN = "Nothing was left half-written; choose a place you may write to, with free space, and run the command again.";

/** What an operating system's error code means, for the sentence that names the file. */
export const SYSTEM_CAUSES: Readonly<Record<string, string>> = {
  EACCES: "permission denied",
  EPERM: "permission denied",
  ENOSPC: "the disk is full",
  EDQUOT: "the disk quota is used up",
  EROFS: "the disk is read-only",
  EIO: "the disk reported an error",
  ENOENT: "a folder on the way does not exist",
  ENOTDIR: "a part of the path is a file, not a folder",
  EISDIR: "it is a folder",
  EBUSY: "another program is using it",
  ENAMETOOLONG: "the name is too long",
  IS_WORKBOOK: "it names a workbook, and a log appended to it would damage it",
};

export const OUTPUT_FILE_ERRORS = {
  "file.out-is-workbook": fileErrorDef<{ out: string; book: string }>(
    "cannot-write-out",
    (p) => `${p.out} is the workbook ${p.book} itself (or a link to it), so the export will not write there.`,
    () => "Choose another file name for --out.",
  ),
  "file.out-folder-missing": fileErrorDef<{ out: string; folder: string }>(
    "cannot-write-out",
    (p) => `${p.out} cannot be written because the folder ${p.folder} does not exist.`,
    () => "Create the folder first, or choose another place for --out.",
  ),
  "file.out-is-folder": fileErrorDef<{ out: string }>(
    "cannot-write-out",
    (p) => `${p.out} is a folder, not a file the export can write.`,
    () => "Give a file name inside the folder for --out, such as vouchers.xml.",
  ),
  "file.out-not-written": fileErrorDef<{ out: string; cause: string }>(
    "cannot-write-out",
    (p) => `${p.out} could not be written (${p.cause}).`,
    () => NOTHING_HALF_WRITTEN,
  ),
  "file.log-not-written": fileErrorDef<{ file: string; cause: string }>(
    "cannot-write-out",
    (p) => `The log file ${p.file} could not be written (${p.cause}).`,
    () => "Choose a log file in a folder you may write to, and run the command again.",
  ),
  "file.workbook-busy": fileErrorDef<{ name: string; pid: number; since: string; lock: string }>(
    "workbook-busy",
    (p) => `${p.name} is being worked on by another tally-handoff run (process ${p.pid}, started ${p.since}).`,
    (p) => `Wait for that run to finish; if none is running, delete ${p.lock} and run the command again.`,
  ),
} as const;
