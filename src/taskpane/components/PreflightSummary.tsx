import { makeStyles, tokens } from "@fluentui/react-components";
import { KIND_LABELS, type SendSummary } from "../send-summary";
import { rupees } from "../wording";
import { FigureTable } from "./FigureTable";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, overflowX: "auto" },
});

export interface PreflightSummaryProps {
  summary: SendSummary;
}

/** What will go to Tally: vouchers per kind with their value, and GST by head and rate. */
export function PreflightSummary({ summary }: PreflightSummaryProps) {
  const styles = useStyles();
  const kinds = summary.byKind.map((k) => ({ key: k.kind, name: KIND_LABELS[k.kind], figures: [k.count, rupees(k.total)] }));
  const gst = summary.gst.map((g) => ({
    key: `${g.head}|${g.rate}`,
    name: `${g.head} @ ${g.rate}%`,
    figures: [rupees(g.credit), rupees(g.debit)],
  }));
  return (
    // Scrolls sideways at high zoom: focusable, so a keyboard can scroll it too (axe scrollable-region-focusable).
    <div className={styles.root} role="region" aria-label="What will go to Tally" tabIndex={0}>
      <FigureTable caption="Vouchers to send" columns={["Kind", "Count", "Value"]} rows={kinds} />
      {gst.length > 0 && <FigureTable caption="GST in these vouchers" columns={["Head", "Collected (Cr)", "Paid (Dr)"]} rows={gst} />}
    </div>
  );
}
