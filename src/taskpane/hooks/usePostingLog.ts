/**
 * The PostingLog as the home view shows it: read when the pane opens and again after each check
 * and push, so "last sent" is what the workbook records, not what the pane remembers.
 */
import { useCallback, useEffect, useState } from "react";
import type { PostingLogEntry } from "../../core/push/posting-log";
import type { PostingLogPort } from "../../engine/ports";

const NONE: readonly PostingLogEntry[] = [];

/** The log's entries (none while unread or when the workbook has no PostingLog yet), re-read whenever one of `after` changes. */
export function usePostingLog(log: PostingLogPort, ...after: unknown[]): readonly PostingLogEntry[] {
  const [entries, setEntries] = useState(NONE);
  const read = useCallback(async () => {
    try {
      setEntries(await log.read());
    } catch {
      // A workbook not set up has no PostingLog: nothing was sent from it.
      setEntries(NONE);
    }
  }, [log]);
  useEffect(() => {
    void read();
  }, [read, ...after]);
  return entries;
}
