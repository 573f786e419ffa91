/**
 * Validate: read the workbook, run the one pipeline (prepareHandoff), write each row's Tally
 * Status and mark the cells of errors. Holds the last result for every view of the pane.
 */
import { useCallback, useRef, useState } from "react";
import type { Finding } from "../../core/findings";
import { prepareHandoff, rowVerdicts, type Handoff, type RowVerdict } from "../../core/handoff";
import type { WorkbookInput } from "../../core/records/types";
import { problemOf, type Problem } from "../problem";
import type { WorkbookPort } from "../../engine/ports";

export interface ValidationResult {
  input: WorkbookInput;
  handoff: Handoff;
  verdicts: RowVerdict[];
}

export interface Validation {
  running: boolean;
  result?: ValidationResult;
  problem?: Problem;
  /** Reads, validates, writes statuses and highlights; resolves with the result, or undefined on failure. */
  validate(): Promise<ValidationResult | undefined>;
  clearHighlights(): Promise<void>;
}

const errorsOf = (findings: readonly Finding[]) => findings.filter((f) => f.severity === "error");

export function useValidation(port: WorkbookPort): Validation {
  const [running, setRunning] = useState(false);
  const [result, setResult] = useState<ValidationResult>();
  const [problem, setProblem] = useState<Problem>();
  // A second press while a run is under way joins that run instead of reading the workbook twice.
  const inFlight = useRef<Promise<ValidationResult | undefined> | undefined>(undefined);

  const validate = useCallback(() => {
    if (inFlight.current) return inFlight.current;
    const run = (async () => {
      setRunning(true);
      setProblem(undefined);
      try {
        const input = await port.readWorkbook();
        const handoff = prepareHandoff(input);
        const verdicts = rowVerdicts(handoff);
        await port.writeVerdicts(verdicts);
        await port.highlight(errorsOf(handoff.findings));
        const next = { input, handoff, verdicts };
        setResult(next);
        return next;
      } catch (error) {
        setProblem(problemOf(error));
        return undefined;
      } finally {
        setRunning(false);
        inFlight.current = undefined;
      }
    })();
    inFlight.current = run;
    return run;
  }, [port]);

  const clearHighlights = useCallback(async () => {
    try {
      await port.clearHighlights();
    } catch (error) {
      setProblem(problemOf(error));
    }
  }, [port]);

  return { running, result, problem, validate, clearHighlights };
}
