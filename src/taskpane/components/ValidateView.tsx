import { Button, MessageBar, MessageBarBody, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { Finding } from "../../core/findings";
import { countPerTable } from "../../core/table-counts";
import type { Validation } from "../hooks/useValidation";
import { problemOf, type Problem } from "../problem";
import { counted } from "../wording";
import type { WorkbookPort } from "../../engine/ports";
import { FindingsList } from "./FindingsList";
import { ProblemBar } from "./ProblemBar";
import { TableCounts } from "./TableCounts";
import { ValidationProgress } from "./ValidationProgress";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  heading: { margin: 0 },
});

export interface ValidateViewProps {
  validation: Validation;
  port: WorkbookPort;
}

/** Validate: check every table, show counts and findings, jump to a finding's cell. */
export function ValidateView({ validation, port }: ValidateViewProps) {
  const styles = useStyles();
  const [selectProblem, setSelectProblem] = useState<Problem>();
  const { running, result, problem } = validation;

  const select = async (f: Finding) => {
    setSelectProblem(undefined);
    try {
      await port.selectCell(f.table, f.row, f.column);
    } catch (error) {
      setSelectProblem(problemOf(error));
    }
  };

  const errors = result?.handoff.findings.filter((f) => f.severity === "error").length ?? 0;
  return (
    <div className={styles.root}>
      <div className={styles.actions}>
        <Button appearance="primary" onClick={() => void validation.validate()} disabled={running}>
          {running ? "Validating…" : "Validate"}
        </Button>
        <Button onClick={() => void validation.clearHighlights()}>Clear highlights</Button>
      </div>
      <ValidationProgress validation={validation} />
      {problem && <ProblemBar problem={problem} />}
      {selectProblem && <ProblemBar problem={selectProblem} />}
      {result && (
        <>
          <MessageBar intent={errors > 0 ? "warning" : "success"} layout="multiline">
            <MessageBarBody>
              {counted(result.handoff.vouchers.length, "voucher")} ready to send.{" "}
              {errors > 0
                ? `${counted(errors, "error")} ${errors === 1 ? "holds" : "hold"} back the rows ${errors === 1 ? "it is" : "they are"} on; fix them and validate again.`
                : "No errors found."}
            </MessageBarBody>
          </MessageBar>
          <TableCounts counts={countPerTable(result.handoff)} />
          {/* The tables' finding groups are h3: this heading keeps the outline in order (h1, h2, h3). */}
          <Subtitle2 as="h2" className={styles.heading}>
            Findings
          </Subtitle2>
          <FindingsList findings={result.handoff.findings} input={result.input} onSelect={(f) => void select(f)} />
        </>
      )}
    </div>
  );
}
