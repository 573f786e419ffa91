/**
 * Reconcile from the pane: the engine's runReconcile through the bridge's TallyPort, with progress
 * and Cancel (windows not yet read when Cancel is pressed are reported as not checked), then the
 * Reconciliation sheet written from the same rows the command line's --out holds. A fix is applied
 * only to the targets the person confirmed, and the books are reconciled again after it.
 */
import { useCallback, useState } from "react";
import type { PostingLogEntry } from "../../core/push/posting-log";
import { RECONCILIATION_HEADERS, reconciliationRows } from "../../core/reconcile/sheet";
import type { Voucher, VoucherKind } from "../../core/vouchers/model";
import type { TallyPort, WorkbookPort } from "../../engine/ports";
import { runReconcile, type ReconcileProgress, type ReconcileRun } from "../../engine/reconcile";
import { applyFix, type FixKind, type FixOutcome, type FixTarget } from "../../engine/reconcile-fixes";
import { problemOf, type Problem } from "../problem";
import { useCancellableRun } from "./useCancellableRun";

export interface ReconcileRequest {
  vouchers: readonly Voucher[];
  company: string;
  tallyNumbers?: readonly VoucherKind[];
  tally: TallyPort;
}

export interface FixDone {
  kind: FixKind;
  outcomes: FixOutcome[];
}

export interface Reconciler {
  running: boolean;
  cancelling: boolean;
  progress?: ReconcileProgress;
  run?: ReconcileRun;
  /** The PostingLog as it stood after the last reconcile (its pushes, for Take back). */
  log: readonly PostingLogEntry[];
  /** The Reconciliation sheet holds the last run's rows. */
  written: boolean;
  problem?: Problem;
  fixing: boolean;
  fixed?: FixDone;
  start(request: ReconcileRequest): Promise<ReconcileRun | undefined>;
  cancel(): void;
  /** Applies a confirmed fix to exactly `targets`, then reconciles again with `request`. */
  fix(kind: FixKind, targets: readonly FixTarget[], request: ReconcileRequest): Promise<void>;
}

export function useReconcile(port: WorkbookPort): Reconciler {
  const work = useCancellableRun<ReconcileProgress>();
  const { run: begin, setProblem } = work;
  const [run, setRun] = useState<ReconcileRun>();
  const [log, setLog] = useState<readonly PostingLogEntry[]>([]);
  const [written, setWritten] = useState(false);
  const [fixing, setFixing] = useState(false);
  const [fixed, setFixed] = useState<FixDone>();

  const start = useCallback(
    (request: ReconcileRequest) =>
      begin(async (signal, onProgress) => {
        setWritten(false);
        const done = await runReconcile(
          request.vouchers,
          { tally: request.tally, log: port.postingLog, onProgress, signal },
          { company: request.company, tallyNumbers: request.tallyNumbers },
        );
        setRun(done);
        setLog(await port.postingLog.read());
        await port.writeReconciliation([RECONCILIATION_HEADERS, ...reconciliationRows(done.reconciliation)]);
        setWritten(true);
        return done;
      }),
    [port, begin],
  );

  const fix = useCallback(
    async (kind: FixKind, targets: readonly FixTarget[], request: ReconcileRequest) => {
      setFixing(true);
      setFixed(undefined);
      setProblem(undefined);
      try {
        const ports = { tally: request.tally, log: port.postingLog, now: () => new Date().toISOString() };
        setFixed({ kind, outcomes: await applyFix(targets, kind, ports, request.company) });
      } catch (error) {
        setProblem(problemOf(error));
      } finally {
        setFixing(false);
      }
      await start(request);
    },
    [port, start, setProblem],
  );

  const { running, cancelling, progress, problem, cancel } = work;
  return { running, cancelling, progress, run, log, written, problem, fixing, fixed, start, cancel, fix };
}
