/**
 * Send to Tally: runs the one push engine (runPush) with progress and Cancel (useCancellableRun).
 * On Cancel the engine finishes the batch it is sending, records it, and stops (engine/ports.ts).
 */
import { useCallback, useState } from "react";
import type { CompanyIdentity } from "../../core/records/types";
import type { Voucher, VoucherKind } from "../../core/vouchers/model";
import type { PostingLogPort, PushProgress, PushReport, StatusPort, TallyPort } from "../../engine/ports";
import { runPush } from "../../engine/push";
import type { Problem } from "../problem";
import { useCancellableRun } from "./useCancellableRun";

export interface PushRequest {
  vouchers: readonly Voucher[];
  company: string;
  createMissingMasters: boolean;
  tally: TallyPort;
  log: PostingLogPort;
  statuses: StatusPort;
  batchSize?: number;
  tallyNumbers?: readonly VoucherKind[];
  sentTo?: CompanyIdentity;
  /** The person confirmed that the company open in Tally is the one to send to now. */
  acceptOtherCompany?: boolean;
  /** The person confirmed re-creating the vouchers a Take back deleted. */
  recreateTakenBack?: boolean;
  /** The person confirmed putting the workbook's version over vouchers changed in Tally (docs/decisions/0013). */
  replaceTallyChanges?: boolean;
  /** Send only these vouchers (by REMOTEID): the ones a confirmation named. */
  only?: readonly string[];
}

export interface Push {
  running: boolean;
  cancelling: boolean;
  progress?: PushProgress;
  report?: PushReport;
  problem?: Problem;
  start(request: PushRequest): Promise<PushReport | undefined>;
  cancel(): void;
  /** Forgets the last report (a new pre-flight starts clean). */
  reset(): void;
}

export function usePush(): Push {
  const work = useCancellableRun<PushProgress>();
  const { run, reset: forget } = work;
  const [report, setReport] = useState<PushReport>();

  const start = useCallback(
    (request: PushRequest) =>
      run(async (signal, onProgress) => {
        setReport(undefined);
        const ports = {
          tally: request.tally,
          log: request.log,
          statuses: request.statuses,
          now: () => new Date().toISOString(),
          onProgress,
          signal,
        };
        const options = {
          company: request.company,
          batchSize: request.batchSize,
          createMissingMasters: request.createMissingMasters,
          tallyNumbers: request.tallyNumbers,
          sentTo: request.sentTo,
          acceptOtherCompany: request.acceptOtherCompany,
          recreateTakenBack: request.recreateTakenBack,
          replaceTallyChanges: request.replaceTallyChanges,
          filter: request.only ? { remoteIds: request.only } : undefined,
        };
        const done = await runPush(request.vouchers, ports, options);
        setReport(done);
        return done;
      }),
    [run],
  );

  const reset = useCallback(() => {
    setReport(undefined);
    forget();
  }, [forget]);

  const { running, cancelling, progress, problem, cancel } = work;
  return { running, cancelling, progress, report, problem, start, cancel, reset };
}
