import { Button, Subtitle2, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { problemOf, type Problem } from "../problem";
import type { SetupReport, WorkbookPort } from "../../engine/ports";
import { ActionOutcome } from "./ActionOutcome";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, alignItems: "flex-start" },
});

/** What a setup run did, in one sentence. */
export function setupSummary(report: SetupReport): string {
  const parts: string[] = [];
  if (report.createdTables.length > 0) parts.push(`added the tables ${report.createdTables.join(", ")}`);
  if (report.addedColumns.length > 0) parts.push(`added status columns to ${report.addedColumns.join(", ")}`);
  if (report.createdHiddenSheet) parts.push("created the hidden TallyHandoff sheet");
  return parts.length === 0 ? "The workbook was already set up; nothing changed." : `Set up: ${parts.join("; ")}.`;
}

export interface SetupWorkbookProps {
  port: WorkbookPort;
  /** Validate again after setup, so the pane shows the new tables. */
  onDone?: () => void;
}

/** "Set up workbook": adds missing tables, status columns and the hidden sheet; never touches the user's rows. */
export function SetupWorkbook({ port, onDone }: SetupWorkbookProps) {
  const styles = useStyles();
  const [running, setRunning] = useState(false);
  const [note, setNote] = useState<string>();
  const [problem, setProblem] = useState<Problem>();
  const run = async () => {
    setRunning(true);
    setProblem(undefined);
    try {
      setNote(setupSummary(await port.setupWorkbook()));
      onDone?.();
    } catch (error) {
      setProblem(problemOf(error));
    } finally {
      setRunning(false);
    }
  };
  return (
    <div className={styles.root}>
      <Subtitle2 as="h2">Workbook</Subtitle2>
      <Text>
        Adds any missing table, the Tally Status and Tally Note columns and the hidden TallyHandoff sheet. Your rows are never changed.
      </Text>
      <Button onClick={() => void run()} disabled={running}>
        {running ? "Setting up…" : "Set up workbook"}
      </Button>
      <ActionOutcome note={note} problem={problem} />
    </div>
  );
}
