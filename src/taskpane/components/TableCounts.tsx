import { makeStyles, tokens } from "@fluentui/react-components";
import type { TableCount } from "../../core/table-counts";
import { tableTitle } from "../finding-groups";

const useStyles = makeStyles({
  // Scrolls sideways when zoom leaves too little room, rather than widening the pane.
  scroll: { overflowX: "auto" },
  table: { width: "100%", borderCollapse: "collapse", fontSize: tokens.fontSizeBase200 },
  caption: { textAlign: "left", fontWeight: tokens.fontWeightSemibold, paddingBottom: tokens.spacingVerticalXS },
  head: { textAlign: "right", fontWeight: tokens.fontWeightSemibold, padding: tokens.spacingHorizontalXS },
  name: { textAlign: "left", fontWeight: tokens.fontWeightRegular, padding: tokens.spacingHorizontalXS },
  cell: { textAlign: "right", padding: tokens.spacingHorizontalXS, fontVariantNumeric: "tabular-nums" },
  row: { borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
  error: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
});

export interface TableCountsProps {
  counts: readonly TableCount[];
}

/** Rows, vouchers, errors and warnings per table, as a compact table that fits a 320 px pane. */
export function TableCounts({ counts }: TableCountsProps) {
  const styles = useStyles();
  return (
    <div className={styles.scroll} role="region" aria-label="Rows per table" tabIndex={0}>
      <table className={styles.table}>
        <caption className={styles.caption}>What was read</caption>
        <thead>
          <tr>
            <th scope="col" className={styles.name}>
              Table
            </th>
            <th scope="col" className={styles.head}>
              Rows
            </th>
            <th scope="col" className={styles.head}>
              Vouchers
            </th>
            <th scope="col" className={styles.head}>
              Errors
            </th>
            <th scope="col" className={styles.head}>
              Warnings
            </th>
          </tr>
        </thead>
        <tbody>
          {counts.map((c) => (
            <tr key={c.table} className={styles.row}>
              <th scope="row" className={styles.name}>
                {tableTitle(c.table)}
              </th>
              <td className={styles.cell}>{c.rows}</td>
              <td className={styles.cell}>{c.vouchers}</td>
              <td className={c.errors > 0 ? `${styles.cell} ${styles.error}` : styles.cell}>{c.errors}</td>
              <td className={styles.cell}>{c.warnings}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
