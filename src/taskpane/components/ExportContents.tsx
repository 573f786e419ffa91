import { Subtitle2, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { ExportSummary } from "../export-summary";
import { tableTitle } from "../finding-groups";
import { KIND_LABELS } from "../send-summary";
import { counted } from "../wording";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, overflowWrap: "anywhere" },
  heading: { margin: 0 },
});

/** Shown at most per table: the rest are counted, and the Check view lists them all. */
const REASONS_SHOWN = 3;

export interface ExportContentsProps {
  summary: ExportSummary;
}

/** What every file of the Export view will hold: vouchers per kind, their period, and the rows left out and why. */
export function ExportContents({ summary }: ExportContentsProps) {
  const styles = useStyles();
  return (
    <section className={styles.root} aria-labelledby="export-contents">
      <Subtitle2 as="h2" id="export-contents" className={styles.heading}>
        Each file will hold
      </Subtitle2>
      {summary.vouchers === 0 ? (
        <Text>No valid vouchers yet.</Text>
      ) : (
        <>
          <ul className={styles.list} aria-label="Vouchers per kind">
            {summary.byKind.map((k) => (
              <li key={k.kind}>
                {KIND_LABELS[k.kind]}: {k.count}
              </li>
            ))}
          </ul>
          <Text>
            {counted(summary.vouchers, "voucher")} dated {summary.period}.
          </Text>
        </>
      )}
      {summary.leftOut.length === 0 ? (
        <Text>No row is left out.</Text>
      ) : (
        <>
          <Subtitle2 as="h3" className={styles.heading}>
            Left out
          </Subtitle2>
          <ul className={styles.list} aria-label="Rows left out">
            {summary.leftOut.map((t) => (
              <li key={t.table}>
                {tableTitle(t.table)}: {counted(t.rows, "row")}
                <ul className={styles.list}>
                  {t.reasons.slice(0, REASONS_SHOWN).map((r) => (
                    <li key={r.note}>
                      {r.rows > 1 ? `${r.rows} rows: ` : ""}
                      {r.note}
                    </li>
                  ))}
                  {t.reasons.length > REASONS_SHOWN && <li>{counted(t.reasons.length - REASONS_SHOWN, "other reason")}: see Check.</li>}
                </ul>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
