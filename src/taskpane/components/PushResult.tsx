import { MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from "@fluentui/react-components";
import type { PushReport } from "../../engine/ports";
import { counted } from "../wording";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  counts: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  failures: { margin: 0, paddingLeft: tokens.spacingHorizontalL, overflowWrap: "anywhere" },
});

const FAILURES_SHOWN = 20;

export interface PushResultProps {
  report: PushReport;
}

function headline(report: PushReport): { intent: "success" | "warning" | "error"; title: string } {
  if (report.stoppedBy) return { intent: "error", title: "The push stopped early" };
  if (report.cancelled) return { intent: "warning", title: "Cancelled: the rest were not sent" };
  if (report.failed > 0 || report.unknown > 0) return { intent: "warning", title: "Some vouchers did not go in" };
  return { intent: "success", title: "Done" };
}

/** What the push did: posted, failed, unknown, already up to date; why it stopped and what to do. */
export function PushResult({ report }: PushResultProps) {
  const styles = useStyles();
  const { intent, title } = headline(report);
  const failures = report.results.filter((r) => r.outcome !== "Posted");
  return (
    <div className={styles.root}>
      <MessageBar intent={intent} layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{title}</MessageBarTitle>
          <ul className={styles.counts}>
            <li>Posted: {report.posted}</li>
            <li>Failed: {report.failed}</li>
            <li>Unknown: {report.unknown}</li>
            <li>Already up to date: {report.upToDate}</li>
            {report.mastersCreated > 0 && <li>Masters created: {report.mastersCreated}</li>}
            {report.prepared.length > 0 && <li>Prepared in Tally (Manual numbering, Prevent Duplicates): {report.prepared.join(", ")}</li>}
            {report.numbering.map((n) => (
              <li
                key={n.voucherType}
              >{`Not sent: ${counted(n.vouchers, `${n.voucherType} voucher`)}, because Tally numbers ${n.voucherType} itself; use Prepare Tally.`}</li>
            ))}
          </ul>
          {report.stoppedBy && (
            <div>
              {report.stoppedBy.message} {report.stoppedBy.suggestion}
            </div>
          )}
          {report.cancelled && <div>Press Send to Tally again to send the rest: nothing is sent twice.</div>}
        </MessageBarBody>
      </MessageBar>
      {failures.length > 0 && (
        <section aria-label="Vouchers that did not go in">
          <ul className={styles.failures}>
            {failures.slice(0, FAILURES_SHOWN).map((r) => (
              <li key={r.voucher.remoteId}>
                {r.voucher.source.table} {r.voucher.number}: {r.message}
              </li>
            ))}
          </ul>
          {failures.length > FAILURES_SHOWN && (
            <div>and {counted(failures.length - FAILURES_SHOWN, "more voucher")}; see Tally Note on their rows.</div>
          )}
        </section>
      )}
    </div>
  );
}
