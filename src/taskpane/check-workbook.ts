/**
 * Checks a workbook off the pane's thread: a Web Worker runs the check (check.worker.ts) while the
 * pane stays responsive, and Cancel ends the worker. Where no worker can start (an old host, the
 * component tests' jsdom) or its script fails to load, the same check runs in the pane's thread.
 */
import { rememberVoucherHashes } from "../core/push/plan";
import type { WorkbookInput } from "../core/records/types";
import { checkInThread, inputPaths, type Checked, type CheckReply } from "./check-in-thread";
import { PartsReceiver, partsOf, type PartMessage } from "./check-parts";

/** The part of a Worker the check uses. */
export interface CheckWorker {
  postMessage(message: PartMessage): void;
  onmessage: ((event: { data: CheckReply }) => void) | null;
  onerror: ((event: unknown) => void) | null;
  terminate(): void;
}

/** The check's worker, or undefined where this host has none. */
export function startCheckWorker(): CheckWorker | undefined {
  if (typeof Worker === "undefined") return undefined;
  try {
    return new Worker(/* webpackChunkName: "check-worker" */ new URL("./check.worker.ts", import.meta.url)) as unknown as CheckWorker;
  } catch {
    return undefined; // a host that refuses workers (a strict policy, an odd origin)
  }
}

/** A check stopped by Cancel. */
export class Cancelled extends Error {}

/** The name of the User Timing measure of each check, for the browser's performance tools. */
export const CHECK_MEASURE = "tally-handoff check";

export interface CheckOptions {
  signal?: AbortSignal;
  startWorker?: () => CheckWorker | undefined;
}

/** Most the pane's thread spends posting parts of the input before it lets the browser in. */
const POST_BUDGET_MS = 25;
const yieldToBrowser = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export async function checkWorkbook(input: WorkbookInput, options: CheckOptions = {}): Promise<Checked> {
  const started = performance.now();
  const checked = await inWorkerOrThread(input, options);
  try {
    performance.measure(CHECK_MEASURE, { start: started, end: performance.now() });
  } catch {
    // a host without User Timing level 3: the check stands without its measure
  }
  return checked;
}

async function inWorkerOrThread(input: WorkbookInput, { signal, startWorker = startCheckWorker }: CheckOptions): Promise<Checked> {
  if (signal?.aborted) throw new Cancelled();
  const worker = startWorker();
  if (!worker) return checkInThread(input);
  let settled = false;
  const answer = new Promise<Checked | "no worker">((resolve, reject) => {
    const finish = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      worker.terminate();
      signal?.removeEventListener("abort", onAbort);
      outcome();
    };
    const onAbort = () => finish(() => reject(new Cancelled()));
    signal?.addEventListener("abort", onAbort);
    const receiver = new PartsReceiver<Checked>();
    worker.onmessage = ({ data }) => {
      if (data.part === "failed") return finish(() => reject(new Error(data.message)));
      const checked = receiver.take(data);
      if (checked) finish(() => resolve(checked));
    };
    // Only a worker whose script never ran errs here (the worker answers its own failures).
    worker.onerror = () => finish(() => resolve("no worker"));
  });
  let since = performance.now();
  for (const part of partsOf(input, inputPaths(input))) {
    if (settled) break;
    worker.postMessage(part);
    if (performance.now() - since > POST_BUDGET_MS) {
      await yieldToBrowser();
      since = performance.now();
    }
  }
  const outcome = await answer;
  if (outcome !== "no worker") {
    rememberVoucherHashes(outcome.handoff.vouchers, outcome.voucherHashes);
    return outcome;
  }
  if (signal?.aborted) throw new Cancelled();
  return checkInThread(input);
}
