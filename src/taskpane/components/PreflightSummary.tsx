import { makeStyles, tokens } from "@fluentui/react-components";
import { KIND_LABELS, type SendSummary } from "../send-summary";
import { rupees } from "../wording";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, overflowX: "auto" },
  table: { width: "100%", borderCollapse: "collapse", fontSize: tokens.fontSizeBase200 },
  caption: { textAlign: "left", fontWeight: tokens.fontWeightSemibold, paddingBottom: tokens.spacingVerticalXS },
  name: { textAlign: "left", fontWeight: tokens.fontWeightRegular, padding: tokens.spacingHorizontalXS },
  head: { textAlign: "right", fontWeight: tokens.fontWeightSemibold, padding: tokens.spacingHorizontalXS },
  cell: { textAlign: "right", padding: tokens.spacingHorizontalXS, fontVariantNumeric: "tabular-nums", whiteSpace: "nowrap" },
  row: { borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
});

export interface PreflightSummaryProps {
  summary: SendSummary;
}

/** What will go to Tally: vouchers per kind with their value, and GST by head and rate. */
export function PreflightSummary({ summary }: PreflightSummaryProps) {
  const styles = useStyles();
  return (
    // Scrolls sideways at high zoom: focusable, so a keyboard can scroll it too (axe scrollable-region-focusable).
    <div className={styles.root} role="region" aria-label="What will go to Tally" tabIndex={0}>
      <table className={styles.table}>
        <caption className={styles.caption}>Vouchers to send</caption>
        <thead>
          <tr>
            <th scope="col" className={styles.name}>
              Kind
            </th>
            <th scope="col" className={styles.head}>
              Count
            </th>
            <th scope="col" className={styles.head}>
              Value
            </th>
          </tr>
        </thead>
        <tbody>
          {summary.byKind.map((k) => (
            <tr key={k.kind} className={styles.row}>
              <th scope="row" className={styles.name}>
                {KIND_LABELS[k.kind]}
              </th>
              <td className={styles.cell}>{k.count}</td>
              <td className={styles.cell}>{rupees(k.total)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {summary.gst.length > 0 && (
        <table className={styles.table}>
          <caption className={styles.caption}>GST in these vouchers</caption>
          <thead>
            <tr>
              <th scope="col" className={styles.name}>
                Head
              </th>
              <th scope="col" className={styles.head}>
                Collected (Cr)
              </th>
              <th scope="col" className={styles.head}>
                Paid (Dr)
              </th>
            </tr>
          </thead>
          <tbody>
            {summary.gst.map((g) => (
              <tr key={`${g.head}|${g.rate}`} className={styles.row}>
                <th scope="row" className={styles.name}>
                  {g.head} @ {g.rate}%
                </th>
                <td className={styles.cell}>{rupees(g.credit)}</td>
                <td className={styles.cell}>{rupees(g.debit)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
