/**
 * The worker's side of the check (check.worker.ts is only its entry): takes the workbook in parts,
 * checks it, and posts the result back in parts.
 */
import type { WorkbookInput } from "../core/records/types";
import { checkInThread, checkedPaths, type CheckReply } from "./check-in-thread";
import { PartsReceiver, partsOf, type PartMessage } from "./check-parts";

/** What a worker's global scope offers the check (a dedicated worker's `self`). */
export interface CheckScope {
  onmessage: ((event: { data: PartMessage }) => void) | null;
  postMessage(message: CheckReply): void;
}

export function serveChecks(scope: CheckScope): void {
  const receiver = new PartsReceiver<WorkbookInput>();
  scope.onmessage = (event) => {
    const input = receiver.take(event.data);
    if (!input) return;
    let replies: CheckReply[];
    try {
      const checked = checkInThread(input);
      replies = [...partsOf(checked, checkedPaths(checked))];
    } catch (error) {
      replies = [{ part: "failed", message: error instanceof Error ? error.message : String(error) }];
    }
    for (const reply of replies) scope.postMessage(reply);
  };
}
