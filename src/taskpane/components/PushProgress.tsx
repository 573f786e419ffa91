import { Button, Field, ProgressBar, Text } from "@fluentui/react-components";
import { useProgressStyles } from "./progress-styles";
import type { PushPhase, PushProgress as Progress } from "../../engine/ports";

const PHASES: Record<PushPhase, string> = {
  checking: "Checking what Tally already has…",
  masters: "Creating missing masters…",
  sending: "Sending vouchers…",
  done: "Finishing…",
};

export interface PushProgressProps {
  progress?: Progress;
  cancelling: boolean;
  onCancel(): void;
}

/** The push under way: a progress bar (indeterminate until sending starts), counts, and Cancel. */
export function PushProgress({ progress, cancelling, onCancel }: PushProgressProps) {
  const styles = useProgressStyles();
  const phase = progress?.phase ?? "checking";
  const sending = progress !== undefined && phase !== "checking" && progress.total > 0;
  const label = sending ? `Sent ${progress.done} of ${progress.total}` : PHASES[phase];
  return (
    <div className={styles.root}>
      <Field label={label} validationState="none">
        <ProgressBar value={sending ? progress.done / progress.total : undefined} thickness="large" />
      </Field>
      {progress && (
        <Text aria-live="polite">
          Posted {progress.posted} · Failed {progress.failed} · Unknown {progress.unknown}
        </Text>
      )}
      <Button className={styles.cancel} onClick={onCancel} disabled={cancelling}>
        {cancelling ? "Stopping after this batch…" : "Cancel"}
      </Button>
    </div>
  );
}
