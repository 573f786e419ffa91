/**
 * Validate: read the workbook, run the one pipeline (prepareHandoff), write each row's Tally
 * Status and mark the cells of errors. Holds the last result for every view of the pane. The pane
 * yields between the steps and checks in a Web Worker (check-workbook.ts), so a big workbook never
 * freezes it, and a run may be cancelled until it starts writing to the workbook (nothing has
 * changed by then).
 */
import { useCallback, useRef, useState } from "react";
import type { Finding } from "../../core/findings";
import type { Handoff, RowVerdict } from "../../core/handoff";
import type { WorkbookInput } from "../../core/records/types";
import { Cancelled, checkWorkbook } from "../check-workbook";
import { problemOf, type Problem } from "../problem";
import type { WorkbookPort } from "../../engine/ports";

export interface ValidationResult {
  input: WorkbookInput;
  handoff: Handoff;
  verdicts: RowVerdict[];
}

/** Where a run is: reading and checking may be cancelled; writing statuses and marks may not. */
export type ValidationStep = "reading" | "checking" | "writing" | "marking";

export interface Validation {
  running: boolean;
  /** The step under way while running. */
  step?: ValidationStep;
  result?: ValidationResult;
  problem?: Problem;
  /** Reads, validates, writes statuses and highlights; resolves with the result, or undefined on failure or cancel. */
  validate(): Promise<ValidationResult | undefined>;
  /** Reads and validates only, writing nothing to the workbook (the check the pane runs on open). */
  check(): Promise<ValidationResult | undefined>;
  /** Stops a run before it writes anything; false once writing has begun. */
  cancel(): void;
  canCancel: boolean;
  clearHighlights(): Promise<void>;
}

const errorsOf = (findings: readonly Finding[]) => findings.filter((f) => f.severity === "error");

/** Lets the browser paint and handle input between the steps of a long run. */
export const yieldToPane = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export function useValidation(port: WorkbookPort): Validation {
  const [step, setStep] = useState<ValidationStep>();
  const [result, setResult] = useState<ValidationResult>();
  const [problem, setProblem] = useState<Problem>();
  // A second press while a run is under way joins that run instead of reading the workbook twice.
  const inFlight = useRef<Promise<ValidationResult | undefined> | undefined>(undefined);
  const cancelled = useRef(false);
  // Ends the check's worker on Cancel.
  const abort = useRef<AbortController | undefined>(undefined);

  const run = useCallback(
    (write: boolean) => {
      if (inFlight.current) return inFlight.current;
      const go = async (): Promise<ValidationResult | undefined> => {
        cancelled.current = false;
        abort.current = new AbortController();
        const { signal } = abort.current;
        const enter = async (next: ValidationStep) => {
          if (cancelled.current) throw new Cancelled();
          setStep(next);
          await yieldToPane();
          if (cancelled.current && (next === "reading" || next === "checking")) throw new Cancelled();
        };
        setProblem(undefined);
        try {
          await enter("reading");
          const input = await port.readWorkbook();
          await enter("checking");
          const { handoff, verdicts } = await checkWorkbook(input, { signal });
          if (cancelled.current) throw new Cancelled();
          if (write) {
            await enter("writing");
            await port.writeVerdicts(verdicts);
            await enter("marking");
            await port.highlight(errorsOf(handoff.findings));
          }
          const next = { input, handoff, verdicts };
          setResult(next);
          return next;
        } catch (error) {
          if (!(error instanceof Cancelled)) setProblem(problemOf(error));
          return undefined;
        } finally {
          setStep(undefined);
          inFlight.current = undefined;
        }
      };
      inFlight.current = go();
      return inFlight.current;
    },
    [port],
  );

  const validate = useCallback(() => run(true), [run]);
  const check = useCallback(() => run(false), [run]);
  const cancel = useCallback(() => {
    cancelled.current = true;
    abort.current?.abort();
  }, []);

  const clearHighlights = useCallback(async () => {
    try {
      await port.clearHighlights();
    } catch (error) {
      setProblem(problemOf(error));
    }
  }, [port]);

  const running = step !== undefined;
  const canCancel = step === "reading" || step === "checking";
  return { running, step, result, problem, validate, check, cancel, canCancel, clearHighlights };
}
