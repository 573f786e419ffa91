/**
 * Both paths of the check: in a worker (here check-serve.ts behind a real MessageChannel, so every
 * message is structured-cloned as a Worker's would be) and in the pane's thread where no worker
 * starts. The browser's own Worker is proven in test/e2e/check-worker.e2e.test.ts.
 */
import { MessageChannel, type MessagePort } from "node:worker_threads";
import { prepareHandoff, rowVerdicts } from "../core/handoff";
import { contentHash } from "../core/identity";
import { voucherHash } from "../core/push/plan";
import { generateWorkbook } from "../../test/support/generate-workbook";
import { sampleWorkbook } from "../../test/support/taskpane-fakes";
import { serveChecks, type CheckScope } from "./check-serve";
import { Cancelled, checkWorkbook, startCheckWorker, type CheckWorker } from "./check-workbook";

interface FakeWorker extends CheckWorker {
  received: number;
  terminated: boolean;
  port: MessagePort;
}

/** A worker whose other end is check-serve.ts, across a MessageChannel. */
function channelWorker(): FakeWorker {
  const { port1, port2 } = new MessageChannel();
  const scope: CheckScope = { onmessage: null, postMessage: (m) => port2.postMessage(m) };
  port2.on("message", (data) => scope.onmessage?.({ data }));
  serveChecks(scope);
  const worker: FakeWorker = {
    received: 0,
    terminated: false,
    port: port1,
    onmessage: null,
    onerror: null,
    postMessage: (m) => port1.postMessage(m),
    terminate: () => {
      worker.terminated = true;
      port1.close();
      port2.close();
    },
  };
  port1.on("message", (data) => {
    worker.received++;
    worker.onmessage?.({ data });
  });
  return worker;
}

const input = generateWorkbook({ seed: 3, salesInvoices: 600, linesPerInvoice: 4, receipts: 50 });
(input.tables.Sales!.rows[5] as unknown[])[0] = "someday";

describe("checking a workbook", () => {
  it("in a worker gives the very handoff and verdicts the core gives in this thread, sent back in parts", async () => {
    const worker = channelWorker();
    const checked = await checkWorkbook(input, { startWorker: () => worker });
    const expected = prepareHandoff(input);
    expect(checked.handoff).toEqual(expected);
    expect(checked.verdicts).toEqual(rowVerdicts(expected));
    expect(expected.findings.length).toBeGreaterThan(0);
    // 2,400 lines: three slices of rows, three of verdicts, one of vouchers, ..., then the rest.
    expect(worker.received).toBeGreaterThan(6);
    expect(worker.terminated).toBe(true);
    // Each voucher's hash, worked out in the worker: what the PostingLog compares against.
    const hashOf = ({ source: _source, ...meaning }: (typeof expected.vouchers)[number]) => contentHash(meaning);
    expect(checked.voucherHashes).toEqual(expected.vouchers.map(hashOf));
    expect(checked.handoff.vouchers.map(voucherHash)).toEqual(expected.vouchers.map(hashOf));
  });

  it("in this thread where no worker starts, with the same answer", async () => {
    const checked = await checkWorkbook(sampleWorkbook(), { startWorker: () => undefined });
    expect(checked.handoff).toEqual(prepareHandoff(sampleWorkbook()));
    expect(typeof Worker).toBe("undefined");
    expect(startCheckWorker()).toBeUndefined(); // this is what the component tests' hosts get
  });

  it("in this thread when the worker's script fails to load", async () => {
    const dead = channelWorker();
    dead.postMessage = () => setTimeout(() => dead.onerror?.({}), 0);
    const checked = await checkWorkbook(sampleWorkbook(), { startWorker: () => dead });
    expect(checked.handoff).toEqual(prepareHandoff(sampleWorkbook()));
    expect(dead.terminated).toBe(true);
  });

  it("ends the worker on Cancel and gives no result", async () => {
    const worker = channelWorker();
    const abort = new AbortController();
    const checking = checkWorkbook(input, { startWorker: () => worker, signal: abort.signal });
    abort.abort();
    await expect(checking).rejects.toBeInstanceOf(Cancelled);
    expect(worker.terminated).toBe(true);
    expect(worker.received).toBe(0);
  });

  it("starts no worker when cancelled before it checks", async () => {
    const abort = new AbortController();
    abort.abort();
    const start = jest.fn(channelWorker);
    await expect(checkWorkbook(input, { startWorker: start, signal: abort.signal })).rejects.toBeInstanceOf(Cancelled);
    expect(start).not.toHaveBeenCalled();
  });

  it("says why when the worker could not check", async () => {
    const worker = channelWorker();
    worker.postMessage = () => setTimeout(() => worker.onmessage?.({ data: { part: "failed", message: "out of memory" } }), 0);
    await expect(checkWorkbook(input, { startWorker: () => worker })).rejects.toThrow("out of memory");
    expect(worker.terminated).toBe(true);
  });
});
