import { Button, Field, MessageBar, MessageBarBody, ProgressBar, Subtitle2, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useRef } from "react";
import { reconcileWords } from "../../core/messages";
import type { FixKind, FixTarget } from "../../engine/reconcile-fixes";
import type { Connection } from "../hooks/useConnection";
import type { ReconcileRequest, Reconciler } from "../hooks/useReconcile";
import type { Validation } from "../hooks/useValidation";
import { countRows, gstRows, ledgerRows, summaryLine } from "../reconcile-words";
import { FigureTable } from "./FigureTable";
import { ProblemBar } from "./ProblemBar";
import { ReconcileFixes } from "./ReconcileFixes";
import { ReconcileVouchers } from "./ReconcileVouchers";
import { useProgressStyles } from "./progress-styles";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0 },
  heading: { margin: 0 },
  start: { alignSelf: "flex-start" },
  scroll: { overflowX: "auto", maxWidth: "100%" },
});

export interface ReconcileViewProps {
  validation: Validation;
  connection: Connection;
  reconciler: Reconciler;
}

/**
 * Reconcile: do Tally's books say what the workbook says? Reads Tally over the workbook's period
 * (progress and Cancel), shows each voucher's state, problems first, the ledgers and GST, writes the
 * Reconciliation sheet, and offers the fixes, each only after a dialog naming every voucher.
 */
export function ReconcileView({ validation, connection, reconciler }: ReconcileViewProps) {
  const styles = useStyles();
  const progressStyles = useProgressStyles();
  const last = useRef<ReconcileRequest | undefined>(undefined);
  const result = validation.result;
  const company = result?.handoff.books.settings.company ?? "";
  const busy = reconciler.running || reconciler.fixing || validation.running;
  const r = reconciler.run?.reconciliation;
  const invalidRows = result?.verdicts.filter((v) => v.status === "Invalid").length ?? 0;

  const start = async () => {
    // Read the workbook again, without writing to it: a row deleted a minute ago is an orphan now.
    const fresh = await validation.check();
    if (!fresh) return;
    const s = fresh.handoff.books.settings;
    last.current = { vouchers: fresh.handoff.vouchers, company: s.company, tallyNumbers: s.tallyNumbers, tally: connection.client() };
    await reconciler.start(last.current);
  };
  const fix = (kind: FixKind, targets: readonly FixTarget[]) => {
    if (last.current) void reconciler.fix(kind, targets, { ...last.current, tally: connection.client() });
  };
  const p = reconciler.progress;
  return (
    <section aria-labelledby="reconcile-heading" className={styles.root}>
      <Subtitle2 as="h2" id="reconcile-heading" className={styles.heading}>
        Reconcile with Tally
      </Subtitle2>
      <Text>Reads Tally&apos;s vouchers for the workbook&apos;s period and compares them with the workbook. It changes nothing.</Text>
      {!connection.paired && <Text>Pair with the bridge first (Settings).</Text>}
      <Button
        id="reconcile-books"
        className={styles.start}
        appearance={r ? "secondary" : "primary"}
        disabled={busy || !connection.paired || company === ""}
        onClick={() => void start()}
      >
        {reconciler.running ? "Reconciling…" : r ? "Reconcile again" : "Reconcile"}
      </Button>
      {reconciler.running && (
        <div className={progressStyles.root}>
          <Field label={p && p.total > 0 ? `Read ${p.done} of ${p.total} date windows` : "Reading Tally…"} validationState="none">
            <ProgressBar value={p && p.total > 0 ? p.done / p.total : undefined} thickness="large" />
          </Field>
          <Button className={progressStyles.cancel} disabled={reconciler.cancelling} onClick={reconciler.cancel}>
            {reconciler.cancelling ? "Stopping after this read…" : "Cancel"}
          </Button>
        </div>
      )}
      {reconciler.fixing && <Text aria-live="polite">Changing Tally, one voucher at a time…</Text>}
      {reconciler.problem && <ProblemBar problem={reconciler.problem} />}
      {/* The last report stays while a re-run reads Tally: unmounted, a closing dialog would leave the pane aria-hidden. */}
      {r && (
        <>
          <MessageBar intent={r.inStep ? "success" : "warning"} layout="multiline">
            <MessageBarBody>{summaryLine(r)}</MessageBarBody>
          </MessageBar>
          {reconciler.written && <Text>The Reconciliation sheet holds this report, every voucher and ledger.</Text>}
          {reconciler.run!.unread.map((w) => (
            <Text key={`${w.from.y}-${w.from.m}-${w.from.d}`}>{reconcileWords("report.not-checked", w)}</Text>
          ))}
          <FigureTable caption="Vouchers by state" columns={["State", "Vouchers"]} rows={countRows(r)} />
          <ReconcileVouchers reconciliation={r} />
          {r.ledgers.length > 0 && (
            <div className={styles.scroll} role="region" aria-label="Ledgers, workbook beside Tally" tabIndex={0}>
              <FigureTable caption="Ledgers, differences first" columns={["Ledger", "Workbook", "Tally"]} rows={ledgerRows(r)} />
            </div>
          )}
          {r.gst.length > 0 && (
            <div className={styles.scroll} role="region" aria-label="GST, workbook beside Tally" tabIndex={0}>
              <FigureTable caption="GST by head and rate" columns={["Head", "Workbook", "Tally"]} rows={gstRows(r)} />
            </div>
          )}
          <ReconcileFixes reconciler={reconciler} invalidRows={invalidRows} busy={busy} onFix={fix} />
        </>
      )}
    </section>
  );
}
