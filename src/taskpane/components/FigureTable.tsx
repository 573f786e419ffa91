import { makeStyles, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  table: { width: "100%", borderCollapse: "collapse", fontSize: tokens.fontSizeBase200 },
  caption: { textAlign: "left", fontWeight: tokens.fontWeightSemibold, paddingBottom: tokens.spacingVerticalXS },
  name: { textAlign: "left", fontWeight: tokens.fontWeightRegular, padding: tokens.spacingHorizontalXS },
  head: { textAlign: "right", fontWeight: tokens.fontWeightSemibold, padding: tokens.spacingHorizontalXS },
  cell: { textAlign: "right", padding: tokens.spacingHorizontalXS, fontVariantNumeric: "tabular-nums", whiteSpace: "nowrap" },
  row: { borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
  alert: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
});

export interface FigureRow {
  key: string;
  name: string;
  figures: readonly (string | number)[];
  /** Figures to show as a problem (by position in `figures`). */
  alert?: readonly boolean[];
}

export interface FigureTableProps {
  caption: string;
  /** The row-name column's heading, then one per figure. */
  columns: readonly string[];
  rows: readonly FigureRow[];
}

/** A compact table of names and right-aligned figures that fits a 320 px pane (counts per table, vouchers per kind, GST per head). */
export function FigureTable({ caption, columns, rows }: FigureTableProps) {
  const styles = useStyles();
  const [first, ...rest] = columns;
  return (
    <table className={styles.table}>
      <caption className={styles.caption}>{caption}</caption>
      <thead>
        <tr>
          <th scope="col" className={styles.name}>
            {first}
          </th>
          {rest.map((c) => (
            <th key={c} scope="col" className={styles.head}>
              {c}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.key} className={styles.row}>
            <th scope="row" className={styles.name}>
              {r.name}
            </th>
            {r.figures.map((f, i) => (
              <td key={i} className={r.alert?.[i] ? `${styles.cell} ${styles.alert}` : styles.cell}>
                {f}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
