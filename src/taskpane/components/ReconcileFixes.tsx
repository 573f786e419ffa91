import { Button, MessageBar, MessageBarBody, Subtitle2, Text, makeStyles, tokens } from "@fluentui/react-components";
import { pushesInLog } from "../../core/reconcile/pushes";
import { orphanTargets, takeBackTargets, type FixKind, type FixTarget } from "../../engine/reconcile-fixes";
import { useClosingDialog } from "../hooks/useClosingDialog";
import type { Reconciler } from "../hooks/useReconcile";
import { fixButton, fixQuestion, pushLine, targetLine } from "../reconcile-words";
import { counted } from "../wording";
import { FixDialog } from "./FixDialog";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", alignItems: "flex-start", gap: tokens.spacingVerticalS },
  list: { margin: 0, padding: 0, listStyleType: "none", display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  push: { display: "flex", flexDirection: "column", alignItems: "flex-start", gap: tokens.spacingVerticalXXS },
  heading: { margin: 0 },
  results: { margin: 0, paddingLeft: tokens.spacingHorizontalL, overflowWrap: "anywhere" },
});

interface Asking {
  kind: FixKind;
  push?: number;
  targets: FixTarget[];
}

export interface ReconcileFixesProps {
  reconciler: Reconciler;
  /** Rows with errors: their vouchers would look like orphans, so orphans are not offered. */
  invalidRows: number;
  busy: boolean;
  /** Runs the confirmed fix (then the view reconciles again). */
  onFix(kind: FixKind, targets: readonly FixTarget[]): void;
}

/** Putting it right: cancel or delete orphans, or take a push back, each only after a dialog naming every voucher. */
export function ReconcileFixes({ reconciler, invalidRows, busy, onFix }: ReconcileFixesProps) {
  const styles = useStyles();
  const dialog = useClosingDialog<Asking>();
  const { asking, ask, close } = dialog;
  const r = reconciler.run?.reconciliation;
  if (!r) return null;
  const pushes = pushesInLog(reconciler.log);
  const cancel = orphanTargets(r, "cancel-orphans");
  const remove = orphanTargets(r, "delete-orphans");
  const push = asking?.push === undefined ? undefined : pushes.find((p) => p.number === asking.push);
  return (
    <section aria-labelledby="reconcile-fixes" className={styles.root}>
      <Subtitle2 as="h3" id="reconcile-fixes" className={styles.heading}>
        Put it right
      </Subtitle2>
      <Text>Nothing is changed in Tally until you confirm, and never a voucher this workbook did not send.</Text>
      {remove.length > 0 && invalidRows > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            {`${counted(invalidRows, "row")} ${invalidRows === 1 ? "has" : "have"} errors, and a voucher whose row has an error would look like an orphan: fix them (Check) before putting orphans right.`}
          </MessageBarBody>
        </MessageBar>
      )}
      {remove.length > 0 && invalidRows === 0 && (
        <>
          {cancel.length > 0 && (
            <Button disabled={busy} onClick={() => ask({ kind: "cancel-orphans", targets: cancel })}>
              {fixButton("cancel-orphans", cancel.length)}
            </Button>
          )}
          <Button disabled={busy} onClick={() => ask({ kind: "delete-orphans", targets: remove })}>
            {fixButton("delete-orphans", remove.length)}
          </Button>
        </>
      )}
      {pushes.length > 0 && (
        <ul className={styles.list} aria-label="Pushes in the PostingLog">
          {pushes.map((p) => {
            const targets = takeBackTargets(r, reconciler.log, p.number) ?? [];
            return (
              <li key={p.number} className={styles.push}>
                <Text>{pushLine(p)}</Text>
                {targets.length > 0 && (
                  <Button disabled={busy} onClick={() => ask({ kind: "take-back", push: p.number, targets })}>
                    {fixButton("take-back", targets.length, p.number)}
                  </Button>
                )}
              </li>
            );
          })}
        </ul>
      )}
      {reconciler.fixed && (
        <ul className={styles.results} aria-label="What was done in Tally">
          {reconciler.fixed.outcomes.map((o, i) => (
            <li key={`${i}-${o.target.remoteId}`}>{o.message}</li>
          ))}
        </ul>
      )}
      {asking && (
        <FixDialog
          open={dialog.open}
          title={fixButton(asking.kind, asking.targets.length, asking.push) + "?"}
          question={fixQuestion(asking.kind, asking.targets.length, push)}
          vouchers={asking.targets.map((t, i) => ({ key: `${i}-${t.remoteId}`, text: `${targetLine(t)} (${t.table})` }))}
          confirm={fixButton(asking.kind, asking.targets.length, asking.push)}
          onClose={close}
          onConfirm={() => {
            const { kind, targets } = asking;
            close();
            onFix(kind, targets);
          }}
        />
      )}
    </section>
  );
}
