import { Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import { useMemo } from "react";
import type { Connection } from "../hooks/useConnection";
import { usePostingLog } from "../hooks/usePostingLog";
import type { Push } from "../hooks/usePush";
import type { Reconciler } from "../hooks/useReconcile";
import type { Validation } from "../hooks/useValidation";
import { homeState } from "../home-state";
import type { WorkbookPort } from "../../engine/ports";
import { FirstRunChecklist } from "./FirstRunChecklist";
import { HomeStatus } from "./HomeStatus";
import { NextStep } from "./NextStep";
import { ProblemBar } from "./ProblemBar";
import { ValidationProgress } from "./ValidationProgress";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
  heading: { margin: 0 },
});

export interface HomeViewProps {
  validation: Validation;
  connection: Connection;
  push: Push;
  reconciler: Reconciler;
  port: WorkbookPort;
  onSend(): void;
  onReconcile(): void;
}

/** Home: the workbook at a glance, the one next step, and the first-run checklist. */
export function HomeView({ validation, connection, push, reconciler, port, onSend, onReconcile }: HomeViewProps) {
  const styles = useStyles();
  const log = usePostingLog(port.postingLog, validation.result, push.report, reconciler.run);
  const reconciled = reconciler.run?.reconciliation.inStep === true;
  const home = useMemo(
    () => homeState({ result: validation.result, log, paired: connection.paired, reconciled }),
    [validation.result, log, connection.paired, reconciled],
  );
  return (
    <div className={styles.root}>
      <section aria-labelledby="next-step">
        <Subtitle2 as="h2" id="next-step" className={styles.heading}>
          Next step
        </Subtitle2>
        <ValidationProgress validation={validation} />
        {validation.problem && <ProblemBar problem={validation.problem} />}
        <NextStep home={home} validation={validation} connection={connection} port={port} onSend={onSend} onReconcile={onReconcile} />
      </section>
      <section aria-labelledby="at-a-glance">
        <Subtitle2 as="h2" id="at-a-glance" className={styles.heading}>
          This workbook
        </Subtitle2>
        <HomeStatus home={home} connection={connection} />
      </section>
      <FirstRunChecklist checklist={home.checklist} />
    </div>
  );
}
