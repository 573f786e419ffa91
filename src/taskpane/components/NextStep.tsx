import { Button, Field, Input, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { Finding } from "../../core/findings";
import { findingLocation } from "../finding-groups";
import type { Connection } from "../hooks/useConnection";
import type { Validation } from "../hooks/useValidation";
import type { HomeState } from "../home-state";
import { problemOf, type Problem } from "../problem";
import { counted } from "../wording";
import type { WorkbookPort } from "../../engine/ports";
import { ActionOutcome } from "./ActionOutcome";
import { ProblemBar } from "./ProblemBar";
import { setupSummary } from "./SetupWorkbook";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", alignItems: "flex-start", gap: tokens.spacingVerticalS },
  code: { fontFamily: tokens.fontFamilyMonospace },
  wide: { alignSelf: "stretch" },
  say: { overflowWrap: "anywhere" },
});

export interface NextStepProps {
  home: HomeState;
  validation: Validation;
  connection: Connection;
  port: WorkbookPort;
  /** Opens the Send view with its Send button focused. */
  onSend(): void;
  /** Opens the Reconcile part of the Send view with its button focused. */
  onReconcile(): void;
}

/** The one thing to do next, as the view's only primary button, with what it needs beside it. */
export function NextStep({ home, validation, connection, port, onSend, onReconcile }: NextStepProps) {
  const styles = useStyles();
  const [busy, setBusy] = useState(false);
  const [code, setCode] = useState("");
  const [note, setNote] = useState<string>();
  const [problem, setProblem] = useState<Problem>();
  const act = async (work: () => Promise<void>) => {
    setBusy(true);
    setProblem(undefined);
    setNote(undefined);
    try {
      await work();
    } catch (error) {
      setProblem(problemOf(error));
    } finally {
      setBusy(false);
    }
  };
  const next = home.next;
  const fix = (f: Finding) => act(() => port.selectCell(f.table, f.row, f.column));
  const setUp = () =>
    act(async () => {
      setNote(setupSummary(await port.setupWorkbook()));
      await validation.check();
    });
  const pair = () => act(() => connection.pair(code.trim()).then(() => setCode("")));
  return (
    <div className={styles.root}>
      {next.step === "checking" && (
        <Button appearance="primary" disabled={validation.running} onClick={() => void validation.check()}>
          {validation.running ? "Checking the workbook…" : "Check the workbook"}
        </Button>
      )}
      {next.step === "set-up" && (
        <>
          <Text>Add the tables, status columns and hidden TallyHandoff sheet this add-in needs. Your rows are never changed.</Text>
          <Button appearance="primary" disabled={busy} onClick={() => void setUp()}>
            {busy ? "Setting up…" : "Set up workbook"}
          </Button>
        </>
      )}
      {next.step === "pair" && (
        <>
          <Field className={styles.wide} label="Pairing code" hint="The code the Tally Handoff bridge's window shows on the Tally PC.">
            <Input className={styles.code} value={code} onChange={(_, d) => setCode(d.value)} placeholder="ABCD-2345" />
          </Field>
          <Button appearance="primary" disabled={busy || code.trim() === ""} onClick={() => void pair()}>
            {busy ? "Pairing…" : "Pair"}
          </Button>
          {connection.pairing.state === "failed" && <ProblemBar problem={connection.pairing.problem} />}
        </>
      )}
      {next.step === "fix" && (
        <>
          <Text className={styles.say}>
            {findingLocation(next.finding, validation.result?.input)}: {next.finding.message}
          </Text>
          <Button appearance="primary" disabled={busy} onClick={() => void fix(next.finding)}>
            Fix the first error
          </Button>
          <Text size={200}>Selects its cell in the workbook; fix it there, then check again.</Text>
        </>
      )}
      {next.step === "send" && (
        <Button appearance="primary" onClick={onSend}>
          {`Send ${counted(next.vouchers, "voucher")}`}
        </Button>
      )}
      {next.step === "reconcile" && (
        <>
          <Text>Everything valid is in Tally.</Text>
          <Text size={200}>Reconcile reads Tally back and shows whether its books say what the workbook says.</Text>
          <Button appearance="primary" onClick={onReconcile}>
            Reconcile
          </Button>
        </>
      )}
      {next.step === "check-again" && (
        <>
          <Text>{home.ready > 0 ? "Everything valid is in Tally." : "There is nothing to send yet."}</Text>
          <Button appearance="primary" disabled={validation.running} onClick={() => void validation.check()}>
            Check again
          </Button>
        </>
      )}
      {next.step !== "checking" && next.step !== "check-again" && (
        <Button disabled={validation.running} onClick={() => void validation.check()}>
          Check again
        </Button>
      )}
      <ActionOutcome note={note} problem={problem} />
    </div>
  );
}
