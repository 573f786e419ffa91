/**
 * One long action at a time (a push, a reconcile) with progress, Cancel and a problem in words.
 * Cancel aborts the signal; the engine decides what is safe to finish (the batch under way, the
 * window being read) and reports the rest as not done.
 */
import { useCallback, useRef, useState } from "react";
import { problemOf, type Problem } from "../problem";

export interface Work<P, T> {
  (signal: AbortSignal, onProgress: (progress: P) => void): Promise<T>;
}

export interface CancellableRun<P> {
  running: boolean;
  cancelling: boolean;
  progress?: P;
  problem?: Problem;
  /** Runs `work` unless one is under way (then resolves undefined); a thrown error becomes `problem`. */
  run<T>(work: Work<P, T>): Promise<T | undefined>;
  cancel(): void;
  /** Forgets the last progress and problem. */
  reset(): void;
  setProblem(problem: Problem | undefined): void;
}

export function useCancellableRun<P>(): CancellableRun<P> {
  const [running, setRunning] = useState(false);
  const [cancelling, setCancelling] = useState(false);
  const [progress, setProgress] = useState<P>();
  const [problem, setProblem] = useState<Problem>();
  const controller = useRef<AbortController | undefined>(undefined);

  const run = useCallback(async <T>(work: Work<P, T>) => {
    if (controller.current) return undefined;
    const abort = new AbortController();
    controller.current = abort;
    setRunning(true);
    setCancelling(false);
    setProgress(undefined);
    setProblem(undefined);
    try {
      return await work(abort.signal, (p) => setProgress(() => p));
    } catch (error) {
      setProblem(problemOf(error));
      return undefined;
    } finally {
      controller.current = undefined;
      setRunning(false);
      setCancelling(false);
    }
  }, []);

  const cancel = useCallback(() => {
    if (!controller.current) return;
    controller.current.abort();
    setCancelling(true);
  }, []);

  const reset = useCallback(() => {
    setProgress(undefined);
    setProblem(undefined);
  }, []);

  return { running, cancelling, progress, problem, run, cancel, reset, setProblem };
}
