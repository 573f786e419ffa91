import { Button, Field, ProgressBar } from "@fluentui/react-components";
import { useProgressStyles } from "./progress-styles";
import type { Validation, ValidationStep } from "../hooks/useValidation";

const STEPS: Record<ValidationStep, string> = {
  reading: "Reading the workbook…",
  checking: "Checking every row…",
  writing: "Writing each row's Tally Status…",
  marking: "Marking the cells with errors…",
};
const ORDER: ValidationStep[] = ["reading", "checking", "writing", "marking"];

export interface ValidationProgressProps {
  validation: Validation;
}

/** A check under way: its step, a bar, and Cancel while nothing has been written yet. */
export function ValidationProgress({ validation }: ValidationProgressProps) {
  const styles = useProgressStyles();
  const { step } = validation;
  if (!step) return null;
  return (
    <div className={styles.root} role="status">
      <Field label={STEPS[step]} validationState="none">
        <ProgressBar value={(ORDER.indexOf(step) + 1) / (ORDER.length + 1)} thickness="large" />
      </Field>
      {validation.canCancel && (
        <Button className={styles.cancel} onClick={validation.cancel}>
          Cancel the check
        </Button>
      )}
    </div>
  );
}
